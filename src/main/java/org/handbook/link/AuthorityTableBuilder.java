package org.handbook.link;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;
import org.handbook.parse.AuthorityMark;
import org.handbook.yaml.Spelling;

/**
 * Collects a book's authority marks and what its country profiles record into its table of
 * authorities, and reports marks that name no State, or name an authority in a way that differs
 * from how it is written elsewhere. Pages standing in for a missing translation are not reported
 * again: their source was.
 */
final class AuthorityTableBuilder {

    /** Names this few edits apart are one authority mistyped, not two. */
    private static final int SLIPS = 2;
    private static final Set<String> ISO_STATES = Set.of(Locale.getISOCountries());

    private final LinkedBook book;
    private final KnownAuthorities known;
    private final Diagnostics diagnostics;
    /** The authorities cited or recorded, by State ("" for international), then by folded name. */
    private final Map<String, Map<String, Draft>> drafts = new LinkedHashMap<>();
    private final Map<KnownAuthorities.Known, Draft> knownDrafts = new IdentityHashMap<>();
    /** How many drafts there are: each draft's place in the order they came. */
    private int drafted;

    private AuthorityTableBuilder(LinkedBook book, Diagnostics diagnostics) {
        this.book = book;
        this.known = KnownAuthorities.of(book.countries(), book.language().tag());
        this.diagnostics = diagnostics;
    }

    static AuthorityTable build(LinkedBook book, Diagnostics diagnostics) {
        AuthorityTableBuilder builder = new AuthorityTableBuilder(book, diagnostics);
        for (KnownAuthorities.Known entry : builder.known.all()) {
            // Filed apart from the names marks give: two laws of one title and different years are two entries.
            builder.knownDrafts.put(entry, builder.draft(entry.state(), "#" + builder.knownDrafts.size(), entry.name(),
                    entry.language(), Optional.of(entry), null));
        }
        Optional<SourcePosition> firstMark = Optional.empty();
        for (LinkedPage page : book.pages()) {
            boolean reported = page.translation().status() != TranslationState.Status.MISSING;
            for (AuthorityMark mark : page.page().authorityMarks()) {
                builder.add(page, mark, reported);
                if (reported && firstMark.isEmpty()) {
                    firstMark = Optional.of(mark.position());
                }
            }
        }
        builder.reportNearNames();
        List<LinkedPage> tablePages = book.pages().stream()
                .filter(page -> page.page().frontMatter().kind() == PageKind.AUTHORITIES).toList();
        tablePages.stream().skip(1).filter(page -> page.translation().status() != TranslationState.Status.MISSING)
                .forEach(page -> diagnostics.error(page.page().frontMatter().idPosition(), "HB-AUTHORITIES-PAGE",
                        "a book has one table of authorities, and " + tablePages.get(0).page().file().toString().replace('\\', '/')
                                + " is it already", "give this page another kind, such as 'annex'"));
        if (tablePages.isEmpty()) {
            firstMark.ifPresent(position -> diagnostics.warning(position, "HB-AUTHORITIES-PAGE",
                    "this book marks authorities but has no table of authorities to list them",
                    "add a page with 'kind: authorities' after the annexes, such as chapters/"
                            + book.language().tag().value() + "/90-table-of-authorities.md"));
            return AuthorityTable.empty();
        }
        return builder.table();
    }

    private void add(LinkedPage page, AuthorityMark mark, boolean reported) {
        String state = mark.state();
        if (!state.isEmpty() && !known.hasProfile(state) && !ISO_STATES.contains(state)) {
            if (reported) {
                diagnostics.error(mark.position(), "HB-AUTHORITY-STATE", "'" + state + "' is not the code of a State",
                        Spelling.nearest(state, known.all().stream().map(KnownAuthorities.Known::state)
                                .filter(code -> !code.isEmpty()).distinct().toList())
                                .map(near -> "did you mean '" + near + "'? ").orElse("")
                                + "begin the name with the State's ISO 3166 code and a semicolon, \"TH; Extradition Act,"
                                + " B.E. 2551 (2008)\", or leave the code out for an international instrument");
            }
            return;
        }
        String folded = KnownAuthorities.fold(mark.name());
        Optional<KnownAuthorities.Known> match = known.find(state, folded);
        Draft draft = match.map(knownDrafts::get)
                .orElseGet(() -> draft(state, folded, mark.name(), page.translation().contentLanguage(), Optional.empty(),
                        reported ? mark.position() : null));
        if (match.isEmpty() && !draft.name.equals(mark.name()) && reported) {
            diagnostics.warning(mark.position(), "HB-AUTHORITY-NAME", "this authority is written '" + draft.name
                    + "' elsewhere in the book", "write its name the same way everywhere: \"" + draft.name + "\"");
        }
        if (draft.firstReported == null && reported && match.isEmpty()) {
            draft.firstReported = mark.position();
        }
        draft.marks++;
        ReferenceTarget place = Places.of(page, numbered(page, mark.place())).orElseThrow();
        // Two marks in the same paragraph or section are one place to the reader.
        draft.citedAt.add(place);
    }

    /**
     * The place a table cites a mark by: its paragraph or numbered section, or, for a heading numbering
     * does not reach (a form's "2. Legal basis" under section G.3), the numbered section it is in, so
     * that a table of many marks in one form lists the form's section once.
     */
    private static String numbered(LinkedPage page, String place) {
        if (place.isEmpty() || page.sectionNumbers().containsKey(place)) {
            return place;
        }
        String enclosing = place;
        for (org.handbook.parse.Heading heading : page.page().outline().headings()) {
            if (heading.id().value().equals(place)) {
                return enclosing;
            }
            if (page.sectionNumbers().containsKey(heading.id().value())) {
                enclosing = heading.id().value();
            }
        }
        // Not a heading: a numbered paragraph, as it is.
        return place;
    }

    /** @param folded the name the draft is filed under: folded as marks are, or "#n" for the n-th authority a profile records */
    private Draft draft(String state, String folded, String name, LanguageTag language, Optional<KnownAuthorities.Known> entry,
                        SourcePosition position) {
        return drafts.computeIfAbsent(state, key -> new LinkedHashMap<>())
                .computeIfAbsent(folded, key -> new Draft(name, language, entry, position));
    }

    /**
     * A name that marks give and no profile records, a slip or two from another name of its State:
     * reported once, on the name marked less often.
     */
    private void reportNearNames() {
        for (Map<String, Draft> group : drafts.values()) {
            for (Map.Entry<String, Draft> written : group.entrySet()) {
                Draft draft = written.getValue();
                if (draft.known.isPresent() || draft.firstReported == null) {
                    continue;
                }
                group.entrySet().stream()
                        .filter(other -> other != written)
                        .filter(other -> other.getValue().keys(other.getKey()).stream()
                                .anyMatch(key -> Spelling.distance(written.getKey(), key) <= SLIPS))
                        .filter(other -> other.getValue().known.isPresent() || other.getValue().marks > draft.marks
                                || other.getValue().marks == draft.marks && other.getValue().order < draft.order)
                        .findFirst()
                        .ifPresent(other -> diagnostics.warning(draft.firstReported, "HB-AUTHORITY-NAME",
                                "'" + draft.name + "' is so close to '" + other.getValue().name + "' that it may be the same authority",
                                "did you mean \"" + other.getValue().name + "\"? If they are two authorities, ignore this warning"));
            }
        }
    }

    private AuthorityTable table() {
        Collator collator = known.collator();
        List<AuthorityTable.Group> groups = new ArrayList<>();
        List<AuthorityTable.Group> states = new ArrayList<>();
        for (Map.Entry<String, Map<String, Draft>> group : drafts.entrySet()) {
            List<Draft> entries = group.getValue().values().stream()
                    .filter(draft -> !draft.citedAt.isEmpty() || draft.known.filter(entry -> !entry.profiles().isEmpty()).isPresent())
                    .sorted(Comparator.comparing(Draft::category).thenComparing((a, b) -> a.category() == KnownAuthorities.Category.LAW
                            ? collator.compare(a.name, b.name) : Integer.compare(a.order, b.order)))
                    .toList();
            if (entries.isEmpty()) {
                continue;
            }
            String state = group.getKey();
            AuthorityTable.Group made = new AuthorityTable.Group(state, state.isEmpty() ? "" : known.stateName(state,
                    book.language().tag()),
                    entries.stream().map(Draft::entry).toList());
            (state.isEmpty() ? groups : states).add(made);
        }
        states.sort((a, b) -> collator.compare(a.name(), b.name()));
        groups.addAll(states);
        return new AuthorityTable(groups);
    }

    /** An authority while marks are still being added. */
    private final class Draft {
        private final String name;
        private final LanguageTag language;
        private final Optional<KnownAuthorities.Known> known;
        private final int order;
        private final Set<ReferenceTarget> citedAt = new LinkedHashSet<>();
        private SourcePosition firstReported;
        private int marks;

        private Draft(String name, LanguageTag language, Optional<KnownAuthorities.Known> known, SourcePosition position) {
            this.name = name;
            this.language = language;
            this.known = known;
            this.order = drafted++;
            this.firstReported = position;
        }

        /** The folded names marks may give this authority by: those a profile records, else the one it is filed under. */
        private Set<String> keys(String filedUnder) {
            return known.map(KnownAuthorities.Known::keys).orElse(Set.of(filedUnder));
        }

        /** A name no profile records is a law or a treaty: it is listed with the laws, by name. */
        private KnownAuthorities.Category category() {
            return known.map(KnownAuthorities.Known::category)
                    .orElse(name.isEmpty() ? KnownAuthorities.Category.TREATY : KnownAuthorities.Category.LAW);
        }

        private AuthorityTable.Entry entry() {
            return new AuthorityTable.Entry(name, language, known.flatMap(KnownAuthorities.Known::instrument),
                    known.flatMap(KnownAuthorities.Known::treaty), List.copyOf(citedAt),
                    known.map(KnownAuthorities.Known::profiles).orElse(List.of()));
        }
    }
}
