package org.handbook.translations;

import java.util.ArrayList;
import java.util.List;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.ReferenceTarget;
import org.handbook.link.TranslationState;
import org.handbook.parse.SourceFingerprint;

/** Builds the translation report of a linked handbook. */
public final class TranslationReports {

    private TranslationReports() {
    }

    public static TranslationReport of(LinkedHandbook handbook) {
        String defaultLanguage = handbook.config().defaultLanguage().tag().value();
        List<TranslationReport.Book> books = new ArrayList<>();
        for (LinkedBook book : handbook.books()) {
            if (book.language().equals(handbook.config().defaultLanguage())) {
                continue;
            }
            int[] counts = new int[TranslationState.Status.values().length];
            List<TranslationReport.Page> pages = new ArrayList<>();
            for (LinkedPage page : book.pages()) {
                TranslationState state = page.translation();
                counts[state.status().ordinal()]++;
                pages.add(new TranslationReport.Page(page.page().frontMatter().id().value(),
                        slashes(page.page().file().toString()),
                        state.source().map(source -> source.url()).orElse(""),
                        state.status().label(), state.reviewed(),
                        state.changed().stream().map(TranslationReports::anchor).toList(),
                        state.changed().stream().map(TranslationReports::section).toList()));
            }
            books.add(TranslationReport.Book.of(book.language().tag().value(), book.edition().id().value(),
                    !book.edition().isCurrent(),
                    counts[TranslationState.Status.CURRENT.ordinal()], counts[TranslationState.Status.OUTDATED.ordinal()],
                    counts[TranslationState.Status.UNMARKED.ordinal()], counts[TranslationState.Status.MISSING.ordinal()],
                    pages));
        }
        return new TranslationReport(defaultLanguage, books);
    }

    /** As the translation's front matter records it: "_intro" for the text before the first heading. */
    private static String anchor(ReferenceTarget section) {
        return section.anchor().isEmpty() ? SourceFingerprint.INTRO : section.anchor();
    }

    /** A section as readers see it: "4.1 What it is for", or "the text before the first heading". */
    private static String section(ReferenceTarget section) {
        if (section.anchor().isEmpty()) {
            return "the text before the first heading";
        }
        String title = section.title().text().isEmpty() ? section.anchor() : section.title().text();
        return section.number().isEmpty() ? title : section.number() + " " + title;
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
