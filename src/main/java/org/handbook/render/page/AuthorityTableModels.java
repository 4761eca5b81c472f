package org.handbook.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.handbook.link.AuthorityTable;
import org.handbook.link.LinkedBook;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.SitePath;

/**
 * A book's table of authorities as templates take it, for the site and for print alike: each group
 * ({@code id}, {@code title}, {@code international}) with its entries ({@code name}, the {@code lang}
 * it is written in when the data names it, {@code places} that cite it and {@code profiles} that
 * record it, each in the form the output needs: a link on the site, an anchor whose page print writes).
 */
public final class AuthorityTableModels {

    /** How one output refers to a place: the place, and whether it is the profile of the entry's own State. */
    public interface Locator extends BiFunction<ReferenceTarget, Boolean, Object> {
    }

    private final Map<String, String> strings;
    private final FactDisplay display;

    AuthorityTableModels(Map<String, String> strings, FactDisplay display) {
        this.strings = strings;
        this.display = display;
    }

    /** The table for {@code book}, named in its language by the theme's strings. */
    public static AuthorityTableModels of(PageModels models, LinkedBook book) {
        return new AuthorityTableModels(models.strings(book.language().tag()), models.display(book));
    }

    public List<Map<String, Object>> groups(AuthorityTable table, Locator locator) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (AuthorityTable.Group group : table.groups()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("id", "authorities-" + (group.isInternational() ? "international" : group.state().toLowerCase(Locale.ROOT)));
            model.put("international", group.isInternational());
            model.put("title", group.isInternational()
                    ? strings.getOrDefault("authorities.international", "International instruments") : group.name());
            List<Map<String, Object>> entries = new ArrayList<>();
            for (AuthorityTable.Entry entry : group.entries()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", name(entry));
                item.put("lang", entry.instrument().isPresent() || entry.treaty().isPresent()
                        ? "" : entry.language().value());
                item.put("places", entry.citedAt().stream().map(place -> locator.apply(place, false)).toList());
                item.put("profiles", entry.profiles().stream()
                        .map(profile -> locator.apply(profile, !group.isInternational())).toList());
                entries.add(item);
            }
            model.put("entries", entries);
            groups.add(model);
        }
        return groups;
    }

    /**
     * The site's locators: a paragraph or section by its number ("¶ 4.3", "4.2"), a section numbering
     * does not reach by its page's number and its heading ("Annex J, A2. Legal basis"), a profile by
     * its State's name or, in its own State's group, as "country profile".
     */
    static Locator siteLinks(LinkedBook book, PlaceNames names, Map<String, String> strings, SitePath self) {
        return (place, ownProfile) -> {
            Map<String, Object> link = PageModels.link(linkText(place, ownProfile, book, names, strings), place.hrefFrom(self));
            link.put("place", names.name(place));
            return link;
        };
    }

    private static String linkText(ReferenceTarget place, boolean ownProfile, LinkedBook book, PlaceNames names,
                                   Map<String, String> strings) {
        if (place.kind() == ReferenceTarget.Kind.COUNTRY_SECTION) {
            return ownProfile ? strings.getOrDefault("authorities.profile", "country profile") : place.title().text();
        }
        if (place.kind() == ReferenceTarget.Kind.SECTION && place.number().isEmpty()) {
            return unnumberedSection(book, place, strings);
        }
        if (place.kind() == ReferenceTarget.Kind.PARAGRAPH) {
            // A paragraph's mark and number stay on one line in a long list of them.
            return strings.getOrDefault("paragraph.number", "¶ {number}").replace(" {number}", "\u00a0{number}")
                    .replace("{number}", place.number());
        }
        return names.citation(place).text();
    }

    private static String unnumberedSection(LinkedBook book, ReferenceTarget place, Map<String, String> strings) {
        return book.pages().stream().filter(page -> page.path().equals(place.path()) && page.number().isPresent()).findFirst()
                .map(page -> strings.getOrDefault(page.page().frontMatter().kind().isLettered() ? "xref.annex" : "xref.chapter",
                                "{number}, {title}")
                        .replace("{number}", page.number().get()).replace("{title}", place.title().text()))
                .orElse(place.title().text());
    }

    private String name(AuthorityTable.Entry entry) {
        if (entry.instrument().isPresent()) {
            return strings.getOrDefault("country.field." + entry.instrument().get(), entry.name());
        }
        return entry.treaty().map(treaty -> display.untitledTreaty(treaty.partner(), treaty.subject(), treaty.year()))
                .orElse(entry.name());
    }
}
