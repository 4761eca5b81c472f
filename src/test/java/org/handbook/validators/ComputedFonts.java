package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The font-family Chromium computes for elements of a built site's pages: which fonts the theme asks for. */
public final class ComputedFonts {

    /** One element's computed {@code font-family}, with its name and the language it is in. */
    public record Font(String page, String element, String lang, String fontFamily) {
    }

    private ComputedFonts() {
    }

    /** @param pages relative to {@code site}, such as {@code en/2026/index.html} */
    public static List<Font> of(String selector, Path site, List<String> pages) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        List<String> command = new ArrayList<>(List.of("node", Validators.script("fonts.mjs").toString(), site.toString(), selector));
        command.addAll(pages);
        List<Font> fonts = new ArrayList<>();
        for (JsonNode page : new ObjectMapper().readTree(Validators.run(command, List.of(0)))) {
            for (JsonNode font : page.get("fonts")) {
                fonts.add(new Font(page.get("page").asText(), font.get("element").asText(), font.get("lang").asText(),
                        font.get("fontFamily").asText()));
            }
        }
        return fonts;
    }
}
