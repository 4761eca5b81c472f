package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Golden;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole build with print PDFs, of a handbook whose theme names addresses on another host in its
 * print template and its stylesheet: nothing connects to that host, and the build says what the
 * PDF was made without.
 */
class PdfFetchesNothingTest {

    @Test
    void aThemeNamingAnotherHostMakesNoBuildConnectToIt(@TempDir Path temp) throws Exception {
        try (ConnectionTrap trap = new ConnectionTrap()) {
            String host = trap.hostAndPort();
            Path handbook = TestHandbooks.copy("countries", temp);
            Files.writeString(handbook.resolve("handbook.yml"),
                    Files.readString(handbook.resolve("handbook.yml")) + "pdf:\n  languages: [en]\n");
            Path templates = Files.createDirectories(handbook.resolve("theme/templates"));
            String print = Files.readString(Golden.repositoryRoot().resolve("theme/templates/print.peb"))
                    .replaceFirst("<style>", """
                            <link rel="stylesheet" href="http://HOST/print.css" />
                            <style>
                            @import url("https://HOST/imported.css");
                            @font-face { font-family: "Remote"; src: url(//HOST/remote.ttf); }
                            .cover { background-image: url('http://HOST/cover.png'); }
                            """.replace("HOST", host))
                    .replaceFirst("<body>", "<body><img src=\"http://" + host + "/logo.png\" alt=\"Logo\" />");
            Files.writeString(templates.resolve("print.peb"), print);
            Path assets = Files.createDirectories(handbook.resolve("theme/assets"));
            Files.writeString(assets.resolve("style.css"), "@import url(\"http://" + host + "/site.css\");\n"
                    + Files.readString(Golden.repositoryRoot().resolve("theme/assets/style.css"))
                    + "\nbody { background: url(//" + host + "/site.png); }\n");

            BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);

            assertThat(trap.connections()).as("connections to the host the theme names").isEmpty();
            assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
            assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("HB-PDF-REMOTE"))
                    .allSatisfy(d -> assertThat(d.position().toString()).startsWith("theme/templates/print.peb"))
                    .extracting(Diagnostic::message)
                    .anySatisfy(message -> assertThat(message).contains("'http://" + host + "/print.css'"))
                    .anySatisfy(message -> assertThat(message).contains("'https://" + host + "/imported.css'"))
                    .anySatisfy(message -> assertThat(message).contains("'http://" + host + "/logo.png'"));
            assertThat(temp.resolve("site/en/1/handbook-en-1.pdf")).isNotEmptyFile();
        }
    }
}
