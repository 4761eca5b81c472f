package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** axe-core's WCAG 2.1 A and AA rules, run in Debian's Chromium over pages of a built site. */
public final class Axe {

    /** What axe found on one page: how many rules applied, and the serious or critical violations. */
    public record PageResult(String page, int rules, List<String> violations) {
    }

    private Axe() {
    }

    /** @param pages relative to {@code site}, such as {@code en/2026/index.html} */
    public static List<PageResult> check(Path site, List<String> pages) throws IOException {
        Validators.installed("axe-core/axe.min.js");
        List<String> command = new ArrayList<>(List.of("node", Validators.script("axe.mjs").toString(), site.toString()));
        command.addAll(pages);
        List<PageResult> results = new ArrayList<>();
        for (JsonNode page : new ObjectMapper().readTree(Validators.run(command, List.of(0)))) {
            List<String> violations = new ArrayList<>();
            for (JsonNode violation : page.get("violations")) {
                violations.add(violation.get("impact").asText() + " " + violation.get("id").asText() + ": "
                        + violation.get("help").asText() + " at " + violation.get("targets"));
            }
            results.add(new PageResult(page.get("page").asText(), page.get("rules").asInt(), violations));
        }
        return results;
    }
}
