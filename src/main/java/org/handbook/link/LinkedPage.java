package org.handbook.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.SitePath;
import org.handbook.parse.ParsedPage;

/**
 * A page placed in its book: its URL, its neighbours in reading order, its number ("4" for a
 * chapter, "B" for an annex; empty when the handbook numbers nothing) and its sections' numbers
 * by anchor id ("4.2"), where each of its cross-references leads (empty where unresolved), the
 * places in other pages that refer to it, on a glossary the places using each term by the term's
 * anchor, where its text comes from (an original, a translation, or the default language's
 * page standing in for a missing one), and the part and chapter it stands in. A part's number is
 * a Roman numeral ("II"), a sub-chapter's its chapter's and its own ("4.1").
 */
public record LinkedPage(ParsedPage page, SitePath path, Optional<PageRef> previous, Optional<PageRef> next,
                         Optional<String> number, Map<String, String> sectionNumbers,
                         List<Optional<ReferenceTarget>> references, List<Referral> referencedFrom,
                         Map<String, List<ReferenceTarget>> termUses, TranslationState translation, Nesting nesting) {

    public LinkedPage {
        sectionNumbers = Map.copyOf(sectionNumbers);
        references = List.copyOf(references);
        referencedFrom = List.copyOf(referencedFrom);
        termUses = termUses.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }

    /** A page placed and numbered, its references not yet resolved. */
    LinkedPage(ParsedPage page, SitePath path, Optional<PageRef> previous, Optional<PageRef> next,
               Optional<String> number, Map<String, String> sectionNumbers, TranslationState translation, Nesting nesting) {
        this(page, path, previous, next, number, sectionNumbers, List.of(), List.of(), Map.of(), translation, nesting);
    }

    LinkedPage withReferences(List<Optional<ReferenceTarget>> resolved) {
        return new LinkedPage(page, path, previous, next, number, sectionNumbers, resolved, referencedFrom, termUses,
                translation, nesting);
    }

    LinkedPage withUses(Uses uses) {
        return new LinkedPage(page, path, previous, next, number, sectionNumbers, references,
                uses.referencedFrom(path), uses.termUses(path), translation, nesting);
    }

    LinkedPage withTranslation(TranslationState state) {
        return new LinkedPage(page, path, previous, next, number, sectionNumbers, references, referencedFrom, termUses,
                state, nesting);
    }

    /** Whether this is a part of the book: its title page, introducing the chapters it holds. */
    public boolean isPart() {
        return page.frontMatter().kind() == org.handbook.model.PageKind.PART;
    }

    public PageRef ref() {
        return new PageRef(page.title(), path);
    }
}
