package org.handbook.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handbook.render.UnsearchedMarkup;

/**
 * One run of Pagefind: the pages of a folder indexed into a bundle, trimmed to what our script uses,
 * without the numbers and controls the pages write beside their text.
 */
final class PagefindRun {

    private static final long TIMEOUT_MINUTES = 30;
    /** What a Pagefind bundle holds that our own search script does not use: its ready-made interfaces. */
    private static final List<String> UNUSED = List.of("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
            "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js");

    private PagefindRun() {
    }

    /** Indexes the HTML pages under {@code pages} into {@code bundle}; fails with Pagefind's last words. */
    static void index(Path binary, Path pages, Path bundle) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--site", pages.toString(),
                "--output-path", bundle.toString(), "--keep-index-url", "--silent"));
        for (String selector : UnsearchedMarkup.SELECTORS) {
            command.addAll(List.of("--exclude-selectors", selector));
        }
        Path log = Files.createTempFile("handbook-pagefind-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("it ran for more than " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit code " + process.exitValue() + ": " + lastLines(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
        for (String unused : UNUSED) {
            Files.deleteIfExists(bundle.resolve(unused));
        }
    }

    private static String lastLines(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.filter(line -> !line.isBlank()).toList();
            return String.join(" / ", all.subList(Math.max(0, all.size() - 3), all.size()));
        }
    }
}
