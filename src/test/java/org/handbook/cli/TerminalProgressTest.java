package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void theStatusLineSaysHowManyBooksAreLaidOutAndTheLastOnesPages() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err, true));

        progress.started("pdf", 8, "books");
        progress.detail("en/2026: 165 pages in 7.26 s");
        progress.advanced(8);
        progress.finished();

        assertThat(err.toString()).isEqualTo("\r\u001B[Kpdf 0/8 books\r\u001B[Kpdf 8/8 books · en/2026: 165 pages in 7.26 s\r\u001B[K");
    }
}
