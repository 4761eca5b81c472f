package org.handbook.link;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.parse.IndexMark;
import org.handbook.yaml.Spelling;

/**
 * Collects the index marks of a book's pages into its subject index. Terms are sorted and grouped
 * with the collation of the book's language (ICU), and terms that differ only in case are one entry.
 */
final class SubjectIndexBuilder {

    private final Collator collator;
    private final ULocale locale;
    private final Map<CollationKey, Draft> entries = new TreeMap<>();
    /** Terms repeat across a book; a collation key is costly to make. */
    private final Map<String, CollationKey> keys = new HashMap<>();

    private SubjectIndexBuilder(LanguageTag language) {
        this.locale = ULocale.forLanguageTag(language.value());
        this.collator = Collator.getInstance(locale);
        // Secondary strength: "Extradition" and "extradition" are one term, "resume" and "résumé" two.
        this.collator.setStrength(Collator.SECONDARY);
    }

    static SubjectIndex build(List<LinkedPage> pages, LanguageTag language, Diagnostics diagnostics) {
        SubjectIndexBuilder builder = new SubjectIndexBuilder(language);
        for (LinkedPage page : pages) {
            for (IndexMark mark : page.page().indexMarks()) {
                builder.add(page, mark);
            }
        }
        builder.checkCrossReferences(pages, diagnostics);
        return builder.groups();
    }

    private void add(LinkedPage page, IndexMark mark) {
        LanguageTag language = page.translation().contentLanguage();
        Draft entry = entries.computeIfAbsent(key(mark.term()), key -> new Draft(mark.term(), language));
        Draft target = mark.subterm().isEmpty() ? entry
                : entry.subentries.computeIfAbsent(key(mark.subterm()), key -> new Draft(mark.subterm(), language));
        if (mark.isLocator()) {
            ReferenceTarget place = Places.of(page, mark.place()).orElseThrow();
            // Two marks in the same paragraph or section are one place to the reader.
            if (target.places.add(place)) {
                target.locators.add(Places.at(place, mark.anchor()));
            }
        }
        if (!mark.see().isEmpty()) {
            target.see.add(mark.see());
        }
        if (!mark.seeAlso().isEmpty()) {
            target.seeAlso.add(mark.seeAlso());
        }
    }

    /**
     * A "see" must lead to an entry of the index. A page standing in for a missing translation is
     * not reported again (its source was), and a "see" of its that leads nowhere in this language
     * is left out.
     */
    private void checkCrossReferences(List<LinkedPage> pages, Diagnostics diagnostics) {
        List<String> terms = entries.values().stream().map(draft -> draft.term).toList();
        for (Draft entry : entries.values()) {
            entry.dropCrossReferencesNotIn(this);
        }
        for (LinkedPage page : pages) {
            if (page.translation().status() == TranslationState.Status.MISSING) {
                continue;
            }
            for (IndexMark mark : page.page().indexMarks()) {
                mark.crossReference()
                        .filter(term -> !entries.containsKey(key(term)))
                        .ifPresent(term -> diagnostics.error(mark.position(), "HB-INDEX-SEE",
                                "the index has no entry '" + term + "' for this mark to send readers to",
                                Spelling.nearest(term, terms).map(near -> "did you mean '" + near + "'? ").orElse("")
                                        + "mark the term somewhere with [" + term + "](index:), or name an existing entry"));
            }
        }
    }

    private CollationKey key(String term) {
        return keys.computeIfAbsent(term, collator::getCollationKey);
    }

    private SubjectIndex groups() {
        AlphabeticIndex<Draft> alphabet = new AlphabeticIndex<>(locale);
        if (!locale.getLanguage().equals("en")) {
            // Handbooks in other scripts still index Latin abbreviations such as "MLA".
            alphabet.addLabels(ULocale.ENGLISH);
        }
        Map<Draft, Integer> order = new IdentityHashMap<>();
        for (Draft entry : entries.values()) {
            order.put(entry, order.size());
            alphabet.addRecord(entry.term, entry);
        }
        List<SubjectIndex.Group> groups = new ArrayList<>();
        for (AlphabeticIndex.Bucket<Draft> bucket : alphabet) {
            List<Draft> inBucket = new ArrayList<>();
            bucket.forEach(record -> inBucket.add(record.getData()));
            if (!inBucket.isEmpty()) {
                inBucket.sort(java.util.Comparator.comparing(order::get));
                groups.add(new SubjectIndex.Group(bucket.getLabel(), inBucket.stream().map(Draft::entry).toList()));
            }
        }
        return new SubjectIndex(groups);
    }

    /** An entry while marks are still being added. */
    private static final class Draft {
        private final String term;
        private final LanguageTag language;
        private final List<ReferenceTarget> locators = new ArrayList<>();
        private final Set<ReferenceTarget> places = new HashSet<>();
        private final Map<CollationKey, Draft> subentries = new TreeMap<>();
        private final Set<String> see = new LinkedHashSet<>();
        private final Set<String> seeAlso = new LinkedHashSet<>();

        private Draft(String term, LanguageTag language) {
            this.term = term;
            this.language = language;
        }

        private void dropCrossReferencesNotIn(SubjectIndexBuilder index) {
            see.removeIf(term -> !index.entries.containsKey(index.key(term)));
            seeAlso.removeIf(term -> !index.entries.containsKey(index.key(term)));
            subentries.values().forEach(sub -> sub.dropCrossReferencesNotIn(index));
        }

        private SubjectIndex.Entry entry() {
            return new SubjectIndex.Entry(term, language, locators, subentries.values().stream().map(Draft::entry).toList(),
                    List.copyOf(see), List.copyOf(seeAlso));
        }
    }
}
