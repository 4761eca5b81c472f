package org.handbook.xliff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;
import org.handbook.link.TranslationState;
import org.handbook.model.AnchorId;
import org.handbook.parse.Heading;

/**
 * The handbook's glossary as a job attaches it to units: each term of the default language's
 * glossary with the term the translated glossary gives under the same anchor, where it is translated.
 */
final class JobGlossary {

    private static final Pattern REFERENCE = Pattern.compile("\\(glossary:([^)\\s]+)");

    /** The terms by their text in lower case, each with its translation. */
    private final Map<String, JobUnit.GlossaryTerm> terms;
    /** The same terms by their anchor, which {@code glossary:} references name. */
    private final Map<String, JobUnit.GlossaryTerm> anchors;

    private JobGlossary(Map<String, JobUnit.GlossaryTerm> terms, Map<String, JobUnit.GlossaryTerm> anchors) {
        this.terms = terms;
        this.anchors = anchors;
    }

    static JobGlossary of(LinkedBook source, LinkedBook target) {
        Map<String, JobUnit.GlossaryTerm> terms = new TreeMap<>();
        Map<String, JobUnit.GlossaryTerm> anchors = new TreeMap<>();
        Optional<LinkedPage> translated = target.glossary()
                .filter(page -> page.translation().status() != TranslationState.Status.MISSING);
        source.glossary().ifPresent(glossary -> {
            for (AnchorId term : glossary.page().outline().terms()) {
                heading(glossary, term).ifPresent(words -> {
                    JobUnit.GlossaryTerm entry = new JobUnit.GlossaryTerm(words, translated.flatMap(page -> heading(page, term)));
                    terms.put(words.toLowerCase(Locale.ROOT), entry);
                    anchors.put(term.value(), entry);
                });
            }
        });
        return new JobGlossary(terms, anchors);
    }

    private static Optional<String> heading(LinkedPage page, AnchorId anchor) {
        return page.page().outline().headings().stream().filter(heading -> heading.id().equals(anchor)).findFirst()
                .map(Heading::text);
    }

    /** The terms the block's words use or its {@code glossary:} references name, in the glossary's order, each once. */
    List<JobUnit.GlossaryTerm> termsIn(BlockUnit block) {
        StringBuilder words = new StringBuilder();
        Set<JobUnit.GlossaryTerm> found = new LinkedHashSet<>();
        for (InlinePiece piece : block.pieces()) {
            if (piece instanceof InlinePiece.Text) {
                words.append(piece.original());
            } else {
                Matcher reference = REFERENCE.matcher(piece.original());
                while (reference.find()) {
                    Optional.ofNullable(anchors.get(reference.group(1))).ifPresent(found::add);
                }
            }
        }
        String text = words.toString().toLowerCase(Locale.ROOT);
        terms.forEach((lower, term) -> {
            if (text.contains(lower)) {
                found.add(term);
            }
        });
        return new ArrayList<>(found);
    }
}
