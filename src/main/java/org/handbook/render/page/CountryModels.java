package org.handbook.render.page;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.country.CountryProfile;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.ProfileField;
import org.handbook.parse.country.ProfileLayout;
import org.handbook.parse.country.ProfileSection;
import org.handbook.parse.country.Source;

/**
 * The template models of the country pages: {@code page} and {@code country} for a profile,
 * {@code countries} for the list, beside what {@link PageModels#common} gives every page.
 */
public final class CountryModels {

    /** The facts the list of countries shows beside each name: what a reader compares first. */
    static final List<String> KEY_FIELDS = List.of("legalSystem", "instruments.untoc", "instruments.tipProtocol",
            "extradition.nationals", "centralAuthority.body");

    private final PageModels pages;
    public CountryModels(PageModels pages) {
        this.pages = pages;
    }

    /** The book's profiles in the order of its language ("Viet Nam" after "Thailand" in English). */
    public static List<LinkedCountry> sorted(LinkedBook book) {
        String language = book.language().tag().value();
        return book.countries().stream()
                .sorted(Comparator.comparing((LinkedCountry country) -> country.profile().name(language), readerOrder(language))
                        .thenComparing(country -> country.profile().code()))
                .toList();
    }

    /** The order of words a reader of {@code language} expects (CLDR collation). */
    static Comparator<String> readerOrder(String language) {
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(language));
        return collator::compare;
    }

    public Map<String, Object> country(LinkedBook book, LinkedCountry linked) {
        String language = book.language().tag().value();
        CountryProfile profile = linked.profile();
        SitePath self = linked.path();
        FactDisplay display = display(book);
        Map<String, Object> model = pages.common(book, self, other -> other.country(profile.code()).map(LinkedCountry::path));
        Map<String, Object> page = PageModels.pageModel(PageKind.COUNTRY, Title.plain(profile.name(language)), self, book);
        page.put("id", profile.code().toLowerCase(Locale.ROOT));
        model.put("citation", pages.citation(book, self, PageKind.COUNTRY, profile.name(language)));
        page.put("referencedFrom", Referrals.of(linked.referencedFrom(), pages.names(book), self));
        List<Map<String, Object>> toc = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ProfileSection section : profile.sections()) {
            String title = display.label("country.section." + section.id());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("level", 2);
            entry.put("id", section.id());
            entry.put("title", title);
            toc.add(entry);
            sections.add(section(section, title, profile, linked, display));
        }
        Map<String, Object> sourcesEntry = new LinkedHashMap<>();
        sourcesEntry.put("level", 2);
        sourcesEntry.put("id", ProfileLayout.SOURCES);
        sourcesEntry.put("title", display.label("country.sources"));
        toc.add(sourcesEntry);
        page.put("toc", toc);
        page.put("source", PageModels.slashes(profile.file().toString()));
        page.put("editUrl", pages.editUrl(profile.file()).orElse(""));
        model.put("page", page);
        Map<String, Object> country = new LinkedHashMap<>();
        country.put("code", profile.code());
        country.put("name", profile.name(language));
        country.put("sections", sections);
        country.put("sources", profile.sources().values().stream().map(source -> source(source, display)).toList());
        model.put("country", country);
        SitePath list = book.countriesPage().orElseThrow();
        model.put("breadcrumbs", List.of(PageModels.link(pages.homeTitle(book), book.home(), self),
                PageModels.link(display.label("countries"), list, self),
                PageModels.link(profile.name(language), self, self)));
        List<LinkedCountry> order = sorted(book);
        int index = order.indexOf(linked);
        model.put("previous", index > 0 ? PageModels.link(order.get(index - 1).ref(language), self) : "");
        model.put("next", index < order.size() - 1 ? PageModels.link(order.get(index + 1).ref(language), self) : "");
        return model;
    }

    public Map<String, Object> countries(LinkedBook book) {
        String language = book.language().tag().value();
        SitePath self = book.countriesPage().orElseThrow();
        FactDisplay display = display(book);
        String title = display.label("countries");
        Map<String, Object> model = pages.listPage(book, self, PageKind.COUNTRIES, "countries", title, "countries",
                LinkedBook::countriesPage);
        List<Map<String, Object>> countries = new ArrayList<>();
        for (LinkedCountry country : sorted(book)) {
            Map<String, Object> entry = PageModels.link(country.profile().name(language), country.path(), self);
            entry.put("code", country.profile().code());
            List<Map<String, Object>> facts = new ArrayList<>();
            for (String path : KEY_FIELDS) {
                Optional<Fact> fact = country.profile().fact(path).filter(Fact::isRecorded);
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("path", path);
                cell.put("label", display.label("country.field." + path));
                cell.put("recorded", fact.isPresent());
                cell.put("value", fact.map(display::brief).orElse(""));
                cell.put("stale", fact.isPresent() && country.staleFields().contains(path));
                facts.add(cell);
            }
            entry.put("facts", facts);
            countries.add(entry);
        }
        model.put("countries", countries);
        model.put("countryFields", KEY_FIELDS.stream().map(path -> Map.of("path", path,
                "label", display.label("country.field." + path))).toList());
        return model;
    }

    private Map<String, Object> section(ProfileSection section, String title, CountryProfile profile,
                                        LinkedCountry linked, FactDisplay display) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ProfileField field : section.fields()) {
            Fact fact = field.fact();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", field.path());
            entry.put("label", display.label("country.field." + field.path()));
            entry.put("recorded", fact.isRecorded());
            entry.put("value", display.value(fact));
            entry.put("note", display.localized(fact.noteHtml()));
            entry.put("asOf", fact.asOf());
            entry.put("asOfText", display.dates().text(fact.asOf()));
            entry.put("stale", linked.staleFields().contains(field.path()));
            entry.put("sources", fact.sources().stream()
                    .map(id -> Optional.ofNullable(profile.sources().get(id)).map(source -> source(source, display)).orElse(Map.of()))
                    .toList());
            fields.add(entry);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", section.id());
        model.put("title", title);
        model.put("fields", fields);
        return model;
    }

    private Map<String, Object> source(Source source, FactDisplay display) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", source.id());
        model.put("title", source.title());
        model.put("url", source.url());
        model.put("publisher", source.publisher().orElse(""));
        model.put("published", source.published().orElse(""));
        model.put("publishedText", source.published().map(display.dates()::text).orElse(""));
        return model;
    }

    private FactDisplay display(LinkedBook book) {
        return pages.display(book);
    }
}
