package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core's WCAG 2.1 A and AA rules, run in Debian's Chromium over pages of a built site, served on
 * loopback, as a phone (390 × 844) and a desktop (1280 × 900) show each of them.
 */
public final class Axe {

    /** The widths each page is checked at, in CSS pixels. */
    public static final List<Integer> WIDTHS = List.of(390, 1280);

    /**
     * What axe found on one page at one width: how many rules applied, and the serious or critical
     * violations, each as its impact, rule, help and the elements at fault.
     */
    public record PageResult(String page, int width, int rules, List<String> violations) {
    }

    private Axe() {
    }

    /** @param pages relative to {@code site}, such as {@code en/2026/index.html}; each is checked at each of {@link #WIDTHS} */
    public static List<PageResult> check(Path site, List<String> pages) throws IOException {
        Validators.installed("axe-core/axe.min.js");
        Validators.installed("puppeteer-core/package.json");
        List<String> command = new ArrayList<>(List.of("node", Validators.script("axe.mjs").toString(), site.toString()));
        command.addAll(pages);
        List<PageResult> results = new ArrayList<>();
        for (JsonNode page : new ObjectMapper().readTree(Validators.run(command, List.of(0)))) {
            List<String> violations = new ArrayList<>();
            for (JsonNode violation : page.get("violations")) {
                int more = violation.get("more").asInt();
                violations.add(violation.get("impact").asText() + " " + violation.get("id").asText() + ": "
                        + violation.get("help").asText() + " at " + violation.get("targets")
                        + (more > 0 ? " and " + more + " more" : ""));
            }
            results.add(new PageResult(page.get("page").asText(), page.get("width").asInt(), page.get("rules").asInt(),
                    violations));
        }
        return results;
    }
}
