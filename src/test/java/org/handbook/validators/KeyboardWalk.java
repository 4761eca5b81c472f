package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of a built site, served on loopback, walked with the keyboard alone in Debian's Chromium, on
 * a phone (390 × 844) and a desktop (1280 × 900): Tab pressed from the top of the page until the
 * book's menu, the search box and a paragraph's "cite" control have each had the focus; on the phone,
 * the menu then opened with Enter.
 */
public final class KeyboardWalk {

    /** The controls the walk looks for, each under the name the script gives it, and what it is to a reader. */
    public enum Control {
        MENU("menu", "the book's menu (on a phone its \"Menu\" button, .book-menu > summary; on a desktop the sidebar's first link)"),
        SEARCH("search", "the search box (#site-search-query)"),
        CITE("cite", "a paragraph's cite control (p[id] > .cite)");

        private final String key;
        private final String description;

        Control(String key, String description) {
            this.key = key;
            this.description = description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * The control the {@code presses}-th Tab focused ({@code focused} false when none was, the focus
     * being outside the page), whether it showed a focus {@code indicator} (an outline or a shadow,
     * {@code style} its computed values), and whether it could be {@code shown} (not hidden, not
     * transparent, larger than a speck).
     */
    public record Step(int presses, String element, boolean focused, boolean indicator, boolean shown, String style) {
    }

    /**
     * On the phone, from the top of the page again: the control Tab reached as the menu's button
     * ({@code on}), whether Enter there {@code opened} the menu, and the control the next Tab focused
     * ({@code next}), whether it is a link in one of the opened menu's navigations, and whether it
     * showed the focus and could be seen.
     */
    public record MenuOpened(String on, boolean opened, String next, boolean linkInMenu, boolean indicator, boolean shown) {
    }

    /**
     * One width's walk: how many times Tab was {@code pressed}, whether the focus came back to the
     * first control ({@code wrapped}, the whole page walked), at which press each {@link Control}
     * was first reached (-1: never), every step, the menu opened with Enter (phone only), and the
     * page's script errors.
     */
    public record Walk(int width, int height, int pressed, boolean wrapped, Map<Control, Integer> reached, List<Step> steps,
                       Optional<MenuOpened> menuOpened, List<String> errors) {

        /** The steps whose focused control a reader could not see, or could not see was focused. */
        public List<Step> unseenFocus() {
            return steps.stream().filter(step -> step.focused() && !(step.indicator() && step.shown())).toList();
        }
    }

    private KeyboardWalk() {
    }

    /**
     * @param page       relative to {@code site}, such as {@code en/2026/mutual-legal-assistance/index.html}
     * @param maxPresses the most times Tab is pressed at each width
     */
    public static List<Walk> walk(Path site, String page, int maxPresses) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        JsonNode printed = new ObjectMapper().readTree(Validators.run(List.of("node",
                Validators.script("keyboard.mjs").toString(), site.toString(), page, Integer.toString(maxPresses)), List.of(0)));
        List<Walk> walks = new ArrayList<>();
        for (JsonNode walk : printed) {
            Map<Control, Integer> reached = new EnumMap<>(Control.class);
            for (Control control : Control.values()) {
                reached.put(control, walk.get("reached").get(control.key).asInt());
            }
            List<Step> steps = new ArrayList<>();
            for (JsonNode step : walk.get("steps")) {
                steps.add(new Step(step.get("presses").asInt(), step.get("element").asText(), step.get("focused").asBoolean(),
                        step.get("indicator").asBoolean(), step.get("shown").asBoolean(), step.get("style").asText()));
            }
            JsonNode menu = walk.get("menuOpened");
            Optional<MenuOpened> opened = menu == null || menu.isNull() ? Optional.empty() : Optional.of(new MenuOpened(
                    menu.get("on").asText(), menu.get("opened").asBoolean(), menu.get("next").asText(),
                    menu.get("linkInMenu").asBoolean(), menu.get("indicator").asBoolean(), menu.get("shown").asBoolean()));
            List<String> errors = new ArrayList<>();
            walk.get("errors").forEach(error -> errors.add(error.asText()));
            walks.add(new Walk(walk.get("width").asInt(), walk.get("height").asInt(), walk.get("pressed").asInt(),
                    walk.get("wrapped").asBoolean(), reached, steps, opened, errors));
        }
        return walks;
    }
}
