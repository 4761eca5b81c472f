package org.handbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.config.ConfigLoader;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.Linker;
import org.handbook.load.Loader;
import org.handbook.model.Diagnostics;
import org.handbook.parse.Parser;
import org.handbook.publish.OutputFolderException;
import org.handbook.publish.Publisher;
import org.handbook.publish.Staging;
import org.handbook.render.BookSummary;
import org.handbook.render.OutputSink;
import org.handbook.model.Progress;
import org.handbook.render.SiteRenderer;
import org.handbook.render.theme.Theme;
import org.handbook.render.theme.ThemeLoader;

/** The whole build: calls each stage in turn and does no work of its own. */
public final class Handbook {

    private static final OutputSink NOWHERE = (path, content) -> { };

    private Handbook() {
    }

    public static BuildResult build(BuildRequest request, Progress progress) throws OutputFolderException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(request.root(), diagnostics);
        if (config.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), List.of(), Optional.empty());
        }
        LinkedHandbook linked = Linker.link(Parser.parse(Loader.load(config.get(), diagnostics), diagnostics, progress), diagnostics);
        Theme theme = ThemeLoader.load(config.get(), diagnostics);
        if (!request.publish()) {
            List<BookSummary> books = SiteRenderer.render(linked, theme, NOWHERE, diagnostics, progress);
            return new BuildResult(diagnostics.sorted(), books, Optional.empty());
        }
        Path output = request.output().orElse(config.get().root().resolve(config.get().outputDir()));
        try (Staging staging = Publisher.stage(output)) {
            List<BookSummary> books = SiteRenderer.render(linked, theme, staging, diagnostics, progress);
            if (diagnostics.hasErrors()) {
                return new BuildResult(diagnostics.sorted(), books, Optional.empty());
            }
            staging.commit();
            return new BuildResult(diagnostics.sorted(), books, Optional.of(output));
        }
    }
}
