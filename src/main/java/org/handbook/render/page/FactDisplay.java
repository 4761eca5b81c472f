package org.handbook.render.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.FactValue;
import org.jsoup.nodes.Entities;

/**
 * Shows a fact's value as HTML in one language: the schema's words through the theme's strings,
 * texts in the reader's language where the data has them (marked with their own language where it
 * falls back), and every piece of data escaped.
 */
final class FactDisplay {

    private final String language;
    private final String fallbackLanguage;
    private final Map<String, String> strings;
    private final Locale locale;
    private final ReaderDates dates;

    FactDisplay(String language, String fallbackLanguage, Map<String, String> strings) {
        this.language = language;
        this.fallbackLanguage = fallbackLanguage;
        this.strings = strings;
        this.locale = Locale.forLanguageTag(language);
        this.dates = new ReaderDates(language);
    }

    String value(Fact fact) {
        String value = brief(fact);
        if (fact.isOnlySigned()) {
            return value;
        }
        String signed = fact.signed().map(when -> "; " + escape(label("country.signed")) + " " + dates.html(when)).orElse("");
        return value + signed;
    }

    /** The value and the date of its status, without the date of signature: for lists of many countries. */
    String brief(Fact fact) {
        String value = fact.value().map(this::html).orElse("");
        if (fact.isOnlySigned()) {
            // "Signed (13 December 2000)", not "Signed; signed 13 December 2000".
            return value + " (" + dates.html(fact.signed().get()) + ")";
        }
        return value + fact.date().map(when -> " (" + dates.html(when) + ")").orElse("");
    }

    /** Dates as the reader's language writes them. */
    ReaderDates dates() {
        return dates;
    }

    /** The words that say a fact may be out of date, beside the colour that says it too. */
    String staleFlag() {
        return "<strong class=\"stale-flag\">" + escape(label("country.stale")) + "</strong>";
    }

    /** The keyword's label, or the keyword itself when the theme does not name it. */
    String keyword(String keyword) {
        return strings.getOrDefault("country.value." + keyword, keyword);
    }

    String label(String key) {
        return strings.getOrDefault(key, key);
    }

    /** Text in the reader's language, else in the default language marked as such, else in any. */
    String localized(Map<String, String> html) {
        if (html.containsKey(language)) {
            return html.get(language);
        }
        Optional<Map.Entry<String, String>> fallback = Optional.ofNullable(html.get(fallbackLanguage))
                .map(text -> Map.entry(fallbackLanguage, text))
                .or(() -> html.entrySet().stream().sorted(Map.Entry.comparingByKey()).findFirst());
        return fallback.map(entry -> "<span lang=\"" + escape(entry.getKey()) + "\">" + entry.getValue() + "</span>")
                .orElse("");
    }

    String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    private String html(FactValue value) {
        if (value instanceof FactValue.Keyword keyword) {
            return escape(keyword(keyword.keyword()));
        }
        if (value instanceof FactValue.Keywords keywords) {
            return escape(keywords.keywords().stream().map(this::keyword).collect(Collectors.joining(", ")));
        }
        if (value instanceof FactValue.RichText text) {
            return localized(text.htmlByLanguage());
        }
        if (value instanceof FactValue.Languages languages) {
            return escape(languages.tags().stream().map(tag -> Locale.forLanguageTag(tag).getDisplayName(locale))
                    .collect(Collectors.joining(", ")));
        }
        if (value instanceof FactValue.Contacts contacts) {
            return list(contacts.contacts().stream().map(this::contact).toList());
        }
        if (value instanceof FactValue.Laws laws) {
            return list(laws.laws().stream().map(this::law).toList());
        }
        FactValue.Treaties treaties = (FactValue.Treaties) value;
        return list(treaties.treaties().stream().map(this::treaty).toList());
    }

    private String contact(FactValue.Contact contact) {
        String value = contact.value();
        String shown = escape(value);
        String link = switch (contact.kind()) {
            case "email" -> "<a href=\"mailto:" + escape(value) + "\">" + shown + "</a>";
            case "website" -> value.startsWith("https://") || value.startsWith("http://")
                    ? "<a href=\"" + escape(value) + "\">" + shown + "</a>" : shown;
            case "phone" -> "<a href=\"tel:" + escape(value.replaceAll("[^0-9+]", "")) + "\">" + shown + "</a>";
            default -> shown;
        };
        return escape(label("country.contact." + contact.kind())) + ": " + link;
    }

    private String law(FactValue.Law law) {
        String title = law.title().containsKey(language) ? escape(law.title().get(language))
                : localizedPlain(law.title());
        StringBuilder details = new StringBuilder();
        if (law.number() != null) {
            details.append(escape(label("country.lawNumber"))).append(' ').append(escape(law.number()));
        }
        if (law.year() != null) {
            details.append(details.length() > 0 ? ", " : "").append(law.year());
        }
        return details.length() == 0 ? title : title + " (" + details + ")";
    }

    /** A treaty recorded without a title, named as text by its partner's name, subject and year: "Australia: Mutual legal assistance (1995)". */
    String untitledTreaty(String partner, String subject, Optional<Integer> year) {
        return partner + ": " + keyword(subject) + year.map(y -> " (" + y + ")").orElse("");
    }

    private String treaty(FactValue.Treaty treaty) {
        String text = escape(countryName(treaty.partner())) + ": " + escape(keyword(treaty.subject()));
        if (treaty.title() != null) {
            text += ", " + escape(treaty.title());
        }
        return treaty.year() == null ? text : text + " (" + treaty.year() + ")";
    }

    private String localizedPlain(Map<String, String> texts) {
        Map<String, String> escaped = texts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> escape(entry.getValue())));
        return localized(escaped);
    }

    private static String list(List<String> items) {
        return items.stream().map(item -> "<li>" + item + "</li>").collect(Collectors.joining("", "<ul>", "</ul>"));
    }

    /**
     * The text as HTML. A no-break space stays the character it is: dates are written with them
     * ("17&nbsp;ตุลาคม&nbsp;พ.ศ.&nbsp;2556"), and as entities they were four bytes more each, a
     * hundred times on a page of country tables.
     */
    static String escape(String text) {
        return Entities.escape(text).replace("&nbsp;", "\u00a0");
    }
}
