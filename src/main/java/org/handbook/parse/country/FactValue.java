package org.handbook.parse.country;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The value of a recorded fact, by the kind of field it belongs to. */
public sealed interface FactValue {

    /** One of the schema's words ("ratified", "civil-law"); the theme's strings name it for readers. */
    record Keyword(String keyword) implements FactValue {
    }

    record Keywords(List<String> keywords) implements FactValue {
        public Keywords {
            keywords = List.copyOf(keywords);
        }
    }

    /** Text per language, already rendered from Markdown to safe inline HTML. */
    record RichText(Map<String, String> htmlByLanguage) implements FactValue {
        public RichText {
            htmlByLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(htmlByLanguage));
        }
    }

    record Contacts(List<Contact> contacts) implements FactValue {
        public Contacts {
            contacts = List.copyOf(contacts);
        }
    }

    /** BCP 47 tags of the languages requests may be written in. */
    record Languages(List<String> tags) implements FactValue {
        public Languages {
            tags = List.copyOf(tags);
        }
    }

    record Laws(List<Law> laws) implements FactValue {
        public Laws {
            laws = List.copyOf(laws);
        }
    }

    record Treaties(List<Treaty> treaties) implements FactValue {
        public Treaties {
            treaties = List.copyOf(treaties);
        }
    }

    record Contact(String kind, String value) {
    }

    /** A law: its title per language (plain text), and its year and number where recorded. */
    record Law(Map<String, String> title, Integer year, String number) {
        public Law {
            title = Collections.unmodifiableMap(new LinkedHashMap<>(title));
        }
    }

    record Treaty(String partner, String subject, Integer year, String title) {
    }
}
