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
    void commentsAndTheLayoutGoAndTheSpacesBetweenTokensStay() {
        assertThat(strip("""
                /* The theme.
                   Two lines. */
                a { color: red; } /* why red */
                  /* indented */
                b { margin: 0 /* inside */ 1px; }
                """)).isEqualTo("a{color: red;}b{margin: 0 1px;}");
    }

    @Test
    void stringsAndLicenceCommentsStay() {
        String css = """
                /*! Licence: OFL-1.1 */
                .a::before { content: "/* not a comment */"; }
                .b::before { content: '\\'/*'; }
                .c { background: url("x/*y.png"); }
                """;
        assertThat(strip(css)).isEqualTo("/*! Licence: OFL-1.1 */ .a::before{content: \"/* not a comment */\";}"
                + ".b::before{content: '\\'/*';}.c{background: url(\"x/*y.png\");}");
        assertThat(strip(".a::before { content: \"a ,  b ; { }\"; }")).as("spaces inside a string")
                .isEqualTo(".a::before{content: \"a ,  b ; { }\";}");
        assertThat(strip("nav a,\n  h2 > span { margin: 0 calc(1rem + 2px); }")).as("the spaces CSS needs")
                .isEqualTo("nav a,h2 > span{margin: 0 calc(1rem + 2px);}");
    }

    @Test
    void anUnclosedCommentOrStringEndsTheText() {
        assertThat(strip("a { color: red; } /* never closed")).isEqualTo("a{color: red;}");
        assertThat(strip(".a::before { content: \"open\n}")).isEqualTo(".a::before{content: \"open}");
    }

    @Test
    void theDefaultStylesheetLosesItsCommentsAndLayoutAndNothingElse() throws Exception {
        String css = Files.readString(Path.of("theme/assets/style.css"));
        String stripped = strip(css);
        assertThat(stripped).doesNotContain("/*").doesNotContain("*/").doesNotContain("\n").doesNotContain("; ");
        assertThat(stripped.length()).isLessThan(css.length() * 9 / 10);
        assertThat(stripped.replaceAll("\\s+", "")).isEqualTo(css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s+", ""));
    }
}
