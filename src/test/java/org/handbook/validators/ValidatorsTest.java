package org.handbook.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validators the site must pass do find faults: run over a page written to have some, they
 * report them. (The repository's site itself is checked in {@code RepositoryHandbookTest}.)
 */
class ValidatorsTest {

    private static final Path BROKEN = Golden.repositoryRoot().resolve("src/test/resources/validators/broken.html");
    private static final Path SIDEBAR = Golden.repositoryRoot().resolve("src/test/resources/validators/sidebar.html");
    private static final Path KEYBOARD = Golden.repositoryRoot().resolve("src/test/resources/validators/keyboard.html");

    @Test
    void theNuHtmlCheckerReportsInvalidMarkup(@TempDir Path site) throws IOException {
        Files.copy(BROKEN, site.resolve("broken.html"));

        assertThat(NuHtmlChecker.errors(site)).anySatisfy(error -> assertThat(error).contains("broken.html:6:", "alt"))
                .anySatisfy(error -> assertThat(error).contains("blink"));
    }

    @Test
    void axeReportsSeriousAccessibilityFaults(@TempDir Path site) throws IOException {
        Files.copy(BROKEN, site.resolve("broken.html"));

        List<Axe.PageResult> results = Axe.check(site, List.of("broken.html"));
        assertThat(results).extracting(Axe.PageResult::width).containsExactlyElementsOf(Axe.WIDTHS);
        assertThat(results).allSatisfy(page -> assertThat(page.violations()).as("broken.html at %d px", page.width())
                .anySatisfy(violation -> assertThat(violation).startsWith("critical image-alt"))
                .anySatisfy(violation -> assertThat(violation).contains("color-contrast")));
    }

    /**
     * A closed disclosure a desktop's stylesheet shows all the same (::details-content) is checked as
     * the reader sees it there, though axe alone counts what a closed {@code <details>} holds as
     * hidden; on the phone, where it is closed indeed, it is not.
     */
    @Test
    void axeChecksWhatADesktopShowsOfAClosedDisclosure(@TempDir Path site) throws IOException {
        Files.copy(SIDEBAR, site.resolve("sidebar.html"));

        assertThat(Axe.check(site, List.of("sidebar.html"))).satisfiesExactly(
                phone -> assertThat(phone.violations()).noneSatisfy(violation -> assertThat(violation).contains("color-contrast")),
                desktop -> assertThat(desktop.violations()).anySatisfy(violation -> assertThat(violation)
                        .startsWith("serious color-contrast")));
    }

    @Test
    void theKeyboardWalkReportsAControlItCannotReachOrSeeFocused(@TempDir Path site) throws IOException {
        Files.copy(KEYBOARD, site.resolve("keyboard.html"));

        List<KeyboardWalk.Walk> walks = KeyboardWalk.walk(site, "keyboard.html", 40);

        assertThat(walks).extracting(KeyboardWalk.Walk::width).containsExactly(390, 1280);
        for (KeyboardWalk.Walk walk : walks) {
            assertThat(walk.wrapped()).as("the walk stops when the focus is back at the first control").isTrue();
            assertThat(walk.reached()).as("at %d px", walk.width())
                    .containsEntry(KeyboardWalk.Control.SEARCH, 1)
                    .containsEntry(KeyboardWalk.Control.CITE, -1);
            assertThat(walk.unseenFocus()).as("the search box hides its focus").singleElement()
                    .satisfies(step -> assertThat(step.element()).startsWith("input#site-search-query"));
        }
        assertThat(walks.get(0).reached()).containsEntry(KeyboardWalk.Control.MENU, 2);
        assertThat(walks.get(0).menuOpened()).hasValueSatisfying(menu -> {
            assertThat(menu.opened()).isTrue();
            assertThat(menu.linkInMenu()).as("the menu has no link to go on to").isFalse();
        });
        assertThat(walks.get(1).reached()).as("no sidebar link on the desktop").containsEntry(KeyboardWalk.Control.MENU, -1);
        assertThat(walks.get(1).menuOpened()).isEmpty();
    }

    @Test
    void pageLayoutTellsAPageThatScrollsSidewaysOnAPhone(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("wide.html"), "<!doctype html><html lang=en><meta name=viewport"
                + " content=\"width=device-width\"><title>Wide</title><p>" + "w".repeat(400) + "</p></html>");
        Files.writeString(site.resolve("narrow.html"), "<!doctype html><html lang=en><meta name=viewport"
                + " content=\"width=device-width\"><title>Narrow</title><p>Short words only.</p></html>");

        assertThat(PageLayout.measure(site, List.of("wide.html", "narrow.html"))).satisfiesExactly(
                wide -> assertThat(wide.widths().get(390)).isGreaterThan(390),
                narrow -> assertThat(narrow.widths()).containsEntry(390, 390));
    }
}
