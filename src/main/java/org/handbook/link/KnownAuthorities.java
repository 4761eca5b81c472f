package org.handbook.link;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.handbook.model.LanguageTag;
import org.handbook.model.Title;
import org.handbook.parse.country.CountryProfile;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.FactValue;
import org.handbook.parse.country.ProfileLayout;

/**
 * The authorities a book's country profiles record: the instruments every profile has a field for
 * (by the field's key, {@code untoc}), and each State's laws and bilateral treaties, with the
 * profile sections that record them. A mark names one of them by its key, or by its name with or
 * without its year, in any language the profile gives it, whatever its spacing and punctuation.
 */
final class KnownAuthorities {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** What a known authority is, and how the table shows it. */
    enum Category { INSTRUMENT, LAW, TREATY }

    /**
     * @param state    the State whose law or treaty it is; empty for an instrument
     * @param keys     the forms a mark may name it by, each {@link #fold folded}
     * @param profiles the profile sections that record it
     */
    record Known(String state, Category category, Set<String> keys, String name, LanguageTag language,
                 Optional<String> instrument, Optional<AuthorityTable.UntitledTreaty> treaty, List<ReferenceTarget> profiles) {
    }

    private final List<LinkedCountry> countries;
    private final Collator collator;
    private final List<Known> all = new ArrayList<>();
    private final Map<String, Map<String, Known>> byKey = new LinkedHashMap<>();
    private final Set<String> states = new LinkedHashSet<>();

    private KnownAuthorities(List<LinkedCountry> countries, LanguageTag language) {
        this.countries = countries;
        this.collator = Collator.getInstance(ULocale.forLanguageTag(language.value()));
    }

    /** @param language the book's language, which names are taken in first, before the handbook's default */
    static KnownAuthorities of(List<LinkedCountry> countries, LanguageTag language) {
        KnownAuthorities known = new KnownAuthorities(countries, language);
        countries.forEach(country -> known.states.add(country.profile().code()));
        for (ProfileLayout.Section section : ProfileLayout.SECTIONS) {
            for (ProfileLayout.Field field : section.fields()) {
                if (field.kind() == ProfileLayout.Kind.INSTRUMENT) {
                    known.instrument(field.path(), section.id(), language);
                }
            }
        }
        for (LinkedCountry country : countries) {
            for (ProfileLayout.Section section : ProfileLayout.SECTIONS) {
                for (ProfileLayout.Field field : section.fields()) {
                    country.profile().fact(field.path()).flatMap(Fact::value)
                            .ifPresent(value -> known.national(country, section.id(), value, language));
                }
            }
        }
        return known;
    }

    /** The form names are compared in: lower case, letters and digits only ("extraditionactbe25512008"). */
    static String fold(String name) {
        return NOT_A_LETTER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    List<Known> all() {
        return all;
    }

    boolean hasProfile(String state) {
        return states.contains(state);
    }

    Optional<Known> find(String state, String folded) {
        return Optional.ofNullable(byKey.getOrDefault(state, Map.of()).get(folded));
    }

    private void instrument(String path, String section, LanguageTag language) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        List<ReferenceTarget> recorded = countries.stream()
                .filter(country -> country.profile().fact(path).filter(Fact::isRecorded).isPresent())
                .map(country -> profileSection(country, section, language))
                .sorted((a, b) -> collator.compare(a.title().text(), b.title().text())).toList();
        add(new Known("", Category.INSTRUMENT, Set.of(fold(key)), key, language, Optional.of(path), Optional.empty(), recorded));
    }

    private void national(LinkedCountry country, String section, FactValue value, LanguageTag language) {
        String state = country.profile().code();
        List<ReferenceTarget> profile = List.of(profileSection(country, section, language));
        if (value instanceof FactValue.Laws laws) {
            for (FactValue.Law law : laws.laws()) {
                Set<String> keys = new LinkedHashSet<>();
                law.title().values().forEach(title -> {
                    keys.add(fold(title));
                    if (law.year() != null) {
                        keys.add(fold(title + law.year()));
                    }
                });
                String titleLanguage = law.title().containsKey(language.value()) ? language.value()
                        : law.title().containsKey(country.profile().defaultLanguage()) ? country.profile().defaultLanguage()
                        : law.title().keySet().iterator().next();
                String title = law.title().get(titleLanguage);
                add(new Known(state, Category.LAW, keys, withYear(title, Optional.ofNullable(law.year())),
                        new LanguageTag(titleLanguage), Optional.empty(), Optional.empty(), profile));
            }
        } else if (value instanceof FactValue.Treaties treaties) {
            for (FactValue.Treaty treaty : treaties.treaties()) {
                Optional<Integer> year = Optional.ofNullable(treaty.year());
                String partner = stateName(treaty.partner(), language);
                if (treaty.title() != null) {
                    Set<String> keys = new LinkedHashSet<>(List.of(fold(treaty.title())));
                    year.ifPresent(y -> keys.add(fold(treaty.title() + y)));
                    String name = partner + ": " + withYear(treaty.title(), year);
                    add(new Known(state, Category.TREATY, keys, name, new LanguageTag(country.profile().defaultLanguage()),
                            Optional.empty(), Optional.empty(), profile));
                } else {
                    add(new Known(state, Category.TREATY, Set.of(), "", language, Optional.empty(),
                            Optional.of(new AuthorityTable.UntitledTreaty(partner, treaty.subject(), year)), profile));
                }
            }
        }
    }

    /** "Extradition Act, B.E. 2551 (2008)", but "Extradition Act 1968": a title that holds its year is not given it twice. */
    private static String withYear(String title, Optional<Integer> year) {
        return title + year.filter(y -> !title.contains(String.valueOf(y))).map(y -> " (" + y + ")").orElse("");
    }

    /** A State's name in {@code language}: its profile's, else the one the Java runtime knows, else its code. */
    String stateName(String state, LanguageTag language) {
        return countries.stream().filter(country -> country.profile().code().equals(state)).findFirst()
                .map(country -> country.profile().name(language.value()))
                .orElseGet(() -> {
                    String name = new Locale("", state).getDisplayCountry(Locale.forLanguageTag(language.value()));
                    return name.isEmpty() ? state : name;
                });
    }

    /** The collation of the book's language, that States and names are sorted by. */
    Collator collator() {
        return collator;
    }

    private void add(Known known) {
        all.add(known);
        Map<String, Known> keys = byKey.computeIfAbsent(known.state(), state -> new LinkedHashMap<>());
        known.keys().forEach(key -> keys.putIfAbsent(key, known));
    }

    private static ReferenceTarget profileSection(LinkedCountry country, String section, LanguageTag language) {
        return new ReferenceTarget(country.path(), section, ReferenceTarget.Kind.COUNTRY_SECTION, "",
                Title.plain(country.profile().name(language.value())), section);
    }
}
