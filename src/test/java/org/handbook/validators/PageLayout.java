package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How pages of a built site lay out in Debian's Chromium on a small phone (320 px), a common one
 * (390 × 844) and a desktop (1280 px): how wide each page is at each width, where its
 * {@code <h1>} starts on the phone, and in which boxes each table of its {@code <main>} scrolls
 * sideways there, and which of the header's controls cover one another at each width. Pages asked to be photographed are written as PNGs at 390 and 1280 px for a
 * person to look at.
 */
public final class PageLayout {

    public static final List<Integer> WIDTHS = List.of(320, 390, 1280);

    /**
     * @param widths content width in CSS pixels by viewport width; {@code headingTop} -1 when the page has no h1
     * @param tables each table of the page's {@code <main>}, in order
     * @param overlaps the header's controls that cover one another, such as "the menu button and the search box at 390 px"
     */
    public record Measured(String page, Map<Integer, Integer> widths, double headingTop, List<Table> tables,
                           List<String> overlaps) {
    }

    /** A table, by its caption or first header cell, and the boxes that scroll it sideways, innermost first. */
    public record Table(String table, List<ScrollBox> boxes) {
    }

    /** A box that scrolls sideways: its {@code tabindex} attribute (empty when it has none) and its accessible name. */
    public record ScrollBox(String tabindex, String name) {
    }

    private PageLayout() {
    }

    /**
     * @param pages       relative to {@code site}, such as {@code en/2026/index.html}
     * @param photographed those of {@code pages} to photograph into {@code screenshots}
     */
    public static List<Measured> measure(Path site, List<String> pages, List<String> photographed, Path screenshots)
            throws IOException {
        return measure(site, pages, photographed, screenshots.toString());
    }

    /** Measures {@code pages} without photographing any. */
    public static List<Measured> measure(Path site, List<String> pages) throws IOException {
        return measure(site, pages, List.of(), "-");
    }

    private static List<Measured> measure(Path site, List<String> pages, List<String> photographed, String screenshots)
            throws IOException {
        Validators.installed("puppeteer-core/package.json");
        List<String> command = new ArrayList<>(List.of("node", Validators.script("layout.mjs").toString(), site.toString(),
                screenshots));
        pages.forEach(page -> command.add(photographed.contains(page) ? "*" + page : page));
        List<Measured> measured = new ArrayList<>();
        for (JsonNode page : new ObjectMapper().readTree(Validators.run(command, List.of(0)))) {
            Map<Integer, Integer> widths = new TreeMap<>();
            for (int width : WIDTHS) {
                widths.put(width, page.get("widths").get(Integer.toString(width)).asInt());
            }
            JsonNode top = page.get("headingTop");
            List<Table> tables = new ArrayList<>();
            for (JsonNode table : page.get("tables")) {
                List<ScrollBox> boxes = new ArrayList<>();
                table.get("boxes").forEach(box -> boxes.add(new ScrollBox(box.get("tabindex").isNull() ? ""
                        : box.get("tabindex").asText(), box.get("name").asText())));
                tables.add(new Table(table.get("table").asText(), boxes));
            }
            List<String> overlaps = new ArrayList<>();
            page.get("overlaps").forEach(pair -> overlaps.add(pair.asText()));
            measured.add(new Measured(page.get("page").asText(), widths, top == null || top.isNull() ? -1 : top.asDouble(),
                    tables, overlaps));
        }
        return measured;
    }
}
