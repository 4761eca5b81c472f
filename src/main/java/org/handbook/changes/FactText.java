package org.handbook.changes;

import java.util.stream.Collectors;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.FactValue;

/** A fact as plain text, in the data's own words ("ratified (2013-10-17)"), for the terminal and for tools. */
final class FactText {

    private FactText() {
    }

    static String of(Fact fact, String language) {
        if (!fact.isRecorded()) {
            return "not recorded";
        }
        String value = value(fact.value().get(), language);
        if (fact.isOnlySigned()) {
            return value + " (" + fact.signed().get() + ")";
        }
        return value + fact.date().map(date -> " (" + date + ")").orElse("")
                + fact.signed().map(date -> "; signed " + date).orElse("");
    }

    private static String value(FactValue value, String language) {
        if (value instanceof FactValue.Keyword keyword) {
            return keyword.keyword();
        } else if (value instanceof FactValue.Keywords keywords) {
            return String.join(", ", keywords.keywords());
        } else if (value instanceof FactValue.RichText text) {
            return plain(text.htmlByLanguage().getOrDefault(language,
                    text.htmlByLanguage().values().stream().findFirst().orElse("")));
        } else if (value instanceof FactValue.Contacts contacts) {
            return contacts.contacts().stream().map(contact -> contact.kind() + ": " + contact.value())
                    .collect(Collectors.joining("; "));
        } else if (value instanceof FactValue.Languages languages) {
            return String.join(", ", languages.tags());
        } else if (value instanceof FactValue.Laws laws) {
            return laws.laws().stream()
                    .map(law -> law.title().getOrDefault(language, law.title().values().stream().findFirst().orElse(""))
                            + (law.year() == null ? "" : " (" + law.year() + ")"))
                    .collect(Collectors.joining("; "));
        }
        FactValue.Treaties treaties = (FactValue.Treaties) value;
        return treaties.treaties().stream()
                .map(treaty -> treaty.partner() + ", " + treaty.subject() + (treaty.year() == null ? "" : " (" + treaty.year() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }
}
