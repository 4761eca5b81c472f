package org.handbook.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;

/**
 * What the print edition's imprint page states beyond its title, edition, author, publisher and
 * ISBN, from {@code pdf} in handbook.yml; each text per language, the default language's standing
 * in for the others. What is not given is left empty here, and the imprint says what the theme
 * says in its place: never a licence or a printing nobody stated.
 *
 * @param licence      the terms on which the edition may be reproduced ({@code pdf.licence})
 * @param disclaimer   what readers are warned of ({@code pdf.disclaimer})
 * @param printingText the printing history written as text ({@code pdf.printing: …})
 * @param printings    the printing history as a list of dated printings ({@code pdf.printing: [- date: …]})
 */
public record ImprintSettings(Map<LanguageTag, String> licence, Map<LanguageTag, String> disclaimer,
                              Map<LanguageTag, String> printingText, List<Printing> printings) {

    public ImprintSettings {
        licence = Collections.unmodifiableMap(new LinkedHashMap<>(licence));
        disclaimer = Collections.unmodifiableMap(new LinkedHashMap<>(disclaimer));
        printingText = Collections.unmodifiableMap(new LinkedHashMap<>(printingText));
        printings = List.copyOf(printings);
    }

    public static ImprintSettings none() {
        return new ImprintSettings(Map.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * One printing: its date, what it was ("Second printing, corrected"), per language or none,
     * and the edition it is a printing of, when it names one; one that names none belongs to
     * every edition.
     */
    public record Printing(LocalDate date, Map<LanguageTag, String> note, Optional<EditionId> edition) {

        public Printing {
            note = Collections.unmodifiableMap(new LinkedHashMap<>(note));
        }
    }
}
