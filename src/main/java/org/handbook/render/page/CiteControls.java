package org.handbook.render.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;
import org.handbook.parse.Heading;

/**
 * The "cite" control beside a numbered paragraph or section: a link to the place's anchor, so that
 * without scripts it still leads there, carrying in {@code data-cite} the whole citation a reader
 * pastes into a brief ("Handbook, Revised edition (2026), ¶ 4.12, https://…/#p12"), which the
 * theme's {@code cite.js} copies. The address is absolute when the handbook has a {@code baseUrl};
 * without one it is the anchor alone, named again in {@code data-cite-url} for the script to make
 * absolute from wherever the page is read (a folder, a preview, any host).
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
                book.edition().date(), config.baseUrl().map(base -> base + page.path().url().substring(1)), strings);
    }

    /** For each numbered section of {@code page}, by its anchor and number, its control. */
    BiFunction<String, String, String> sections(LinkedPage page, PlaceNames names) {
        Map<String, String> titles = new HashMap<>();
        for (Heading heading : page.page().outline().headings()) {
            titles.put(heading.id().value(), heading.text());
        }
        return (anchor, number) -> control(anchor, names.section(number, titles.getOrDefault(anchor, "")));
    }

    /** The control for the place at {@code anchor}, cited as {@code locator} ("¶ 4.12", "Section 4.2, Scope"). */
    String control(String anchor, String locator) {
        String href = "#" + anchor;
        String url = pageUrl.map(page -> page + href).orElse(href);
        StringBuilder html = new StringBuilder(160 + title.length() + locator.length() * 2 + url.length())
                .append("<a class=\"cite\" href=\"").append(FactDisplay.escape(href))
                .append("\" data-cite=\"").append(FactDisplay.escape(text(locator, url))).append('"');
        if (pageUrl.isEmpty()) {
            html.append(" data-cite-url=\"").append(FactDisplay.escape(url)).append('"');
        }
        return html.append(" aria-label=\"")
                .append(FactDisplay.escape(string("cite.action", "Cite {locator}").replace("{locator}", locator)))
                .append("\" data-pagefind-ignore>").append(FactDisplay.escape(string("cite.label", "Cite"))).append("</a>")
                .toString();
    }

    /** The citation itself, worded by the theme, with the edition's year where it has a date. */
    String text(String locator, String url) {
        String wording = date.isPresent()
                ? string("cite.text", "{title}, {edition} ({year}), {locator}, {url}")
                : string("cite.textUndated", "{title}, {edition}, {locator}, {url}");
        return wording.replace("{title}", title)
                .replace("{edition}", edition)
                .replace("{year}", date.map(day -> Integer.toString(day.getYear())).orElse(""))
                .replace("{locator}", locator)
                .replace("{url}", url);
    }

    private String string(String key, String fallback) {
        return strings.getOrDefault(key, fallback);
    }
}
