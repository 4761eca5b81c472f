package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineStylesheetTest {

    private static final String HOSTILE = """
            .a::after { content: "</style><script>alert(1)</script>"; }
            /*! </STYLE ><script>alert(2)</script> */
            .b::before { content: '</Style/><img src=x onerror=alert(3)>'; }
            .c { color: red; }
            """;

    @Test
    void noEndTagIsLeftInTheStylesheet() {
        assertThat(InlineStylesheet.of(HOSTILE.getBytes(StandardCharsets.UTF_8)))
                .doesNotContainIgnoringCase("</style")
                .contains("content: \"<\\/style><script>alert(1)</script>\";", "/*! <\\/STYLE >", "'<\\/Style/>");
    }

    @Test
    void theNotFoundPageCarriesAThemesStylesheetThatTriesToCloseItsElementAsStylesOnly(@TempDir Path temp) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", temp);
        Files.createDirectories(handbook.resolve("theme/assets"));
        Files.writeString(handbook.resolve("theme/assets/style.css"), HOSTILE);

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);

        assertThat(result.diagnostics()).isEmpty();
        Document page = Jsoup.parse(temp.resolve("site/404.html").toFile(), "UTF-8");
        assertThat(page.select("script, img, [onerror]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        Element style = page.selectFirst("style");
        assertThat(style.data()).contains(".c{color: red;}", "alert(1)", "alert(2)", "alert(3)");
        assertThat(page.selectFirst("main h1")).isNotNull();
    }
}
