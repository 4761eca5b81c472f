package org.handbook.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StylesheetCommentsTest {

    private static String strip(String css) {
        return new String(StylesheetComments.strip(css.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void commentsAndTheLinesTheyLeaveEmptyGo() {
        assertThat(strip("""
                /* The theme.
                   Two lines. */
                a { color: red; } /* why red */
                  /* indented */
                b { margin: 0 /* inside */ 1px; }
                """)).isEqualTo("a { color: red; } \nb { margin: 0  1px; }\n");
    }

    @Test
    void stringsAndLicenceCommentsStay() {
        String css = """
                /*! Licence: OFL-1.1 */
                .a::before { content: "/* not a comment */"; }
                .b::before { content: '\\'/*'; }
                .c { background: url("x/*y.png"); }
                """;
        assertThat(strip(css)).isEqualTo(css);
    }

    @Test
    void anUnclosedCommentOrStringEndsTheText() {
        assertThat(strip("a { color: red; } /* never closed")).isEqualTo("a { color: red; } ");
        assertThat(strip(".a::before { content: \"open\n}")).isEqualTo(".a::before { content: \"open\n}");
    }

    @Test
    void theDefaultStylesheetLosesItsCommentsAndNothingElse() throws Exception {
        String css = Files.readString(Path.of("theme/assets/style.css"));
        String stripped = strip(css);
        assertThat(stripped).doesNotContain("/*").doesNotContain("*/");
        assertThat(stripped.length()).isLessThan(css.length() * 9 / 10);
        assertThat(stripped.replaceAll("\\s+", "")).isEqualTo(css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s+", ""));
    }
}
