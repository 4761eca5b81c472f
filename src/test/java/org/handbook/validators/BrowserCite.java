package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A citation copied with the keyboard from a page of a built site, served on loopback, in Debian's Chromium. */
public final class BrowserCite {

    /**
     * What the reader met: the first "cite" control Tab reached ({@code label}, {@code role},
     * whether it was {@code visible} with the focus; empty label when none was reached), what the
     * status line said after the key, the clipboard's text, the page's address afterwards and its
     * script errors.
     */
    public record Copied(String label, String role, boolean visible, String status, String clipboard,
                         String address, List<String> errors) {
    }

    private BrowserCite() {
    }

    /**
     * @param key   "Enter" or "Space"
     * @param label how the label of the control to reach starts ("Cite ¶")
     */
    public static Copied copy(Path site, String page, String key, String label) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        JsonNode result = new ObjectMapper().readTree(Validators.run(
                List.of("node", Validators.script("cite.mjs").toString(), site.toString(), page, key, label), List.of(0)));
        JsonNode focused = result.get("focused");
        boolean reached = focused != null && !focused.isNull();
        List<String> errors = new ArrayList<>();
        result.get("errors").forEach(error -> errors.add(error.asText()));
        return new Copied(reached ? focused.get("label").asText() : "", reached ? focused.get("role").asText() : "",
                reached && focused.get("visible").asBoolean(),
                result.get("status").asText(), result.get("clipboard").asText(), result.get("address").asText(), errors);
    }
}
