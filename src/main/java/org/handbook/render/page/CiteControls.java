package org.handbook.render.page;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;

/**
 * The words of the "cite" controls beside numbered paragraphs and sections, which the theme's
 * {@code cite.js} makes: without the script a control would only repeat the link of the place's
 * number or of the page's contents, and written into the page they cost a long Thai chapter some
 * 7 KB. What every control of a page shares is the page model's {@code cite}: the citation as the
 * theme words it, title, edition and year filled in and {@code {locator}} and {@code {url}} left for
 * the script ("Handbook, Revised edition (2026), {locator}, {url}"); the wording of a control's name
 * ("Cite {locator}"), from which the script takes each locator back; a section's locator ("Section
 * {number}, {title}"); the control's word; and the page's absolute address when the handbook has a
 * {@code baseUrl} readers can visit (not an example host: {@link HandbookConfig#citableBaseUrl});
 * without one the script takes the address the page is read at (a folder, a preview, any host). The
 * script puts the place's anchor after that address, so the citation a reader pastes into a brief is
 * "Handbook, Revised edition (2026), ¶ 4.12, https://…/#p12", as {@link #text} writes it. Search
 * leaves the controls out of its index by their class ({@link org.handbook.render.UnsearchedMarkup}).
 */
final class CiteControls {

    private final String title;
    private final String edition;
    private final Optional<LocalDate> date;
    private final Optional<String> pageUrl;
    private final Map<String, String> strings;

    /**
     * @param pageUrl the page's absolute address, when the handbook has a {@code baseUrl}
     */
    CiteControls(String title, String edition, Optional<LocalDate> date, Optional<String> pageUrl, Map<String, String> strings) {
        this.title = title;
        this.edition = edition;
        this.date = date;
        this.pageUrl = pageUrl;
        this.strings = strings;
    }

    /** The controls of one page of {@code book}, worded in the reader's language. */
    static CiteControls of(HandbookConfig config, LinkedBook book, LinkedPage page, Map<String, String> strings) {
        return new CiteControls(config.title(book.language().tag()), book.edition().title(book.language().tag()),
                book.edition().date(), config.citableBaseUrl().map(base -> base + page.path().url().substring(1)), strings);
    }

    /**
     * What the page's controls share, for the page model's {@code cite}: {@code text}, the citation
     * worded by the theme with the edition and year in it and {@code {title}}, {@code {locator}} and
     * {@code {url}} left for the script (it takes the title from the page's
     * {@code citation_book_title}, so that the page carries it once); {@code action}, the wording of each control's name ("Cite
     * {locator}"), by which the script finds the locator in the name; {@code url}, the page's
     * absolute address, or empty where the script takes the address the page is read at;
     * {@code label}, the control's word ("Cite"); and {@code section}, how a section is cited, its
     * {@code {number}} and {@code {title}} left for the script to take from the heading.
     */
    Map<String, Object> model(PlaceNames names) {
        return Map.of("text", wording(), "action", action(), "url", pageUrl.orElse(""), "label", string("cite.label", "Cite"),
                "section", names.section("{number}", "{title}"));
    }

    /** The citation of the place at {@code locator} and {@code url}, as the script composes it from {@link #model}. */
    String text(String locator, String url) {
        return wording().replace("{title}", title).replace("{locator}", locator).replace("{url}", url);
    }

    /** The theme's wording with the edition and its year where it has a date: the title and the place left to fill. */
    private String wording() {
        String wording = date.isPresent()
                ? string("cite.text", "{title}, {edition} ({year}), {locator}, {url}")
                : string("cite.textUndated", "{title}, {edition}, {locator}, {url}");
        return wording.replace("{edition}", edition)
                .replace("{year}", date.map(day -> Integer.toString(day.getYear())).orElse(""));
    }

    /** A name that says which place is cited even where a theme's wording leaves the place out. */
    private String action() {
        String action = string("cite.action", "Cite {locator}");
        return action.contains("{locator}") ? action : string("cite.label", "Cite") + " {locator}";
    }

    private String string(String key, String fallback) {
        return strings.getOrDefault(key, fallback);
    }
}
