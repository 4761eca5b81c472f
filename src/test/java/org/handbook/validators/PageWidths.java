package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How wide pages of a built site lay out in Debian's Chromium at a phone's width: wider than the screen scrolls sideways. */
public final class PageWidths {

    private PageWidths() {
    }

    /**
     * @param pages relative to {@code site}, such as {@code en/2026/index.html}
     * @return each page's content width in CSS pixels, by page
     */
    public static Map<String, Integer> at(int viewportWidth, Path site, List<String> pages) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        List<String> command = new ArrayList<>(List.of("node", Validators.script("widths.mjs").toString(), site.toString(),
                Integer.toString(viewportWidth)));
        command.addAll(pages);
        Map<String, Integer> widths = new LinkedHashMap<>();
        for (JsonNode page : new ObjectMapper().readTree(Validators.run(command, List.of(0)))) {
            widths.put(page.get("page").asText(), page.get("scrollWidth").asInt());
        }
        return widths;
    }
}
