package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.handbook.model.Diagnostic;
import org.handbook.model.SourcePosition;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void valuesAreEscapedAsTheRunnerReadsThem() {
        Diagnostic diagnostic = Diagnostic.error(SourcePosition.of(Path.of("chapters/en/a,b:c.md"), 3, 7), "HB-X",
                "100% wrong\nacross lines", "do this, then that");

        assertThat(GithubAnnotations.of(diagnostic)).isEqualTo(
                "::error file=chapters/en/a%2Cb%3Ac.md,line=3,col=7,title=HB-X::100%25 wrong across lines [HB-X]%0Ahint: do this, then that");
    }

    @Test
    void aWholeFileProblemHasNoLine() {
        Diagnostic diagnostic = Diagnostic.warning(SourcePosition.of(Path.of("theme/i18n/km.yml")), "HB-Y", "missing", "");

        assertThat(GithubAnnotations.of(diagnostic)).isEqualTo("::warning file=theme/i18n/km.yml,title=HB-Y::missing [HB-Y]");
    }
}
