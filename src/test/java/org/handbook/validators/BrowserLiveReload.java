package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** A tab of Debian's Chromium on a page of {@code handbook serve} while its chapter is saved, broken and mended. */
public final class BrowserLiveReload {

    /** What the tab showed: the page's main text at each step, and the error overlay's text and role. */
    public record Seen(String before, String afterGoodSave, String overlay, String overlayRole, String pageUnderOverlay,
                       String afterMending, boolean overlayAfterMending, List<String> errors) {
    }

    private BrowserLiveReload() {
    }

    public static Seen run(URI page, Path chapter, String from, String to, String brokenLine) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        String printed = Validators.run(List.of("node", Validators.script("live-reload.mjs").toString(), page.toString(),
                chapter.toString(), from, to, brokenLine), List.of(0));
        JsonNode seen = new ObjectMapper().readTree(printed);
        List<String> errors = new java.util.ArrayList<>();
        seen.get("errors").forEach(error -> errors.add(error.asText()));
        return new Seen(seen.get("before").asText(), seen.get("afterGoodSave").asText(), seen.get("overlay").asText(),
                seen.get("overlayRole").asText(), seen.get("pageUnderOverlay").asText(), seen.get("afterMending").asText(),
                seen.get("overlayAfterMending").asBoolean(), errors);
    }
}
