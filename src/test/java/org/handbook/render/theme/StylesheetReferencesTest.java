package org.handbook.render.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.handbook.model.SitePath;
import org.junit.jupiter.api.Test;

class StylesheetReferencesTest {

    private static final Map<String, Asset> ASSETS = Map.of("img/logo.png",
            new Asset("img/logo.png", new SitePath("assets/img/logo.0123abcd.png"), new byte[0]));

    private static String rewrite(String css) {
        return new String(StylesheetReferences.rewrite("css/style.css", css.getBytes(StandardCharsets.UTF_8), ASSETS),
                StandardCharsets.UTF_8);
    }

    @Test
    void referencesToTheThemesAssetsPointAtTheirHashedNamesAndOthersStay() {
        assertThat(rewrite("a { background: url(../img/logo.png); } b { background: url( '../img/logo.png?v=2' ) }"
                + " c { background: url(\"../img/missing.png\"), url(https://example.org/x.png), url() }"))
                .isEqualTo("a { background: url(../img/logo.0123abcd.png); } b { background: url('../img/logo.0123abcd.png?v=2') }"
                        + " c { background: url(\"../img/missing.png\"), url(https://example.org/x.png), url() }");
    }

    @Test
    void aSheetOfAMillionUnclosedUrlsIsReadInLinearTime() {
        String hostile = "url(".repeat(1_000_000) + ") .x { background: url(../img/logo.png) }";
        // Bounds the order of growth, not the speed: trying a pattern at each "url(" took hours here.
        String rewritten = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> rewrite(hostile));
        assertThat(rewritten).endsWith(".x { background: url(../img/logo.0123abcd.png) }");
    }
}
