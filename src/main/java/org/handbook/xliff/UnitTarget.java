package org.handbook.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's source and translation as Markdown again: the words as written, each code as the data
 * the job gave it. A translation must hold every code of its source once, paired codes around
 * words; it may move them, and it may leave out a line end or a space that only joins lines.
 */
final class UnitTarget {

    /** Thrown when a unit's codes were damaged: one missing, repeated, unknown or changed. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message);
        }
    }

    private UnitTarget() {
    }

    /** The source of a unit as the chapter writes it, to compare with the chapter as it is now. */
    static String source(JobReader.Unit unit) throws Damaged {
        return markdown(unit, unit.source(), Map.of());
    }

    /** The translation of a unit as Markdown, its codes checked against its source's. */
    static String target(JobReader.Unit unit, List<JobReader.Token> target) throws Damaged {
        Map<String, JobReader.Token> sourceCodes = codes(unit.source());
        Set<String> seen = new HashSet<>();
        for (JobReader.Token token : target) {
            if (token.kind() == JobReader.Token.Kind.PH || token.kind() == JobReader.Token.Kind.PC_START) {
                JobReader.Token original = sourceCodes.get(token.id());
                if (original == null || original.kind() != token.kind()) {
                    throw new Damaged("its translation has a code (id " + token.id() + ") its source does not have");
                }
                if (!seen.add(token.id())) {
                    throw new Damaged("its translation has the code " + token.id() + " twice");
                }
                if (!sameOrOwn(original.dataRef(), token.dataRef()) || !sameOrOwn(original.dataRefEnd(), token.dataRefEnd())) {
                    throw new Damaged("its translation's code " + token.id() + " points at other data than its source's");
                }
            }
        }
        for (Map.Entry<String, JobReader.Token> code : sourceCodes.entrySet()) {
            String data = unit.data().getOrDefault(code.getValue().dataRef(), "");
            if (!seen.contains(code.getKey()) && !data.isBlank()) {
                throw new Damaged("its translation lost the code " + code.getKey() + " (" + data.strip() + ")");
            }
        }
        return markdown(unit, target, sourceCodes);
    }

    /** The source's datum, or the translation's own for the same code: {@code t3} for {@code d3}. */
    private static boolean sameOrOwn(String source, String target) {
        return source.equals(target) || source.startsWith("d") && target.equals("t" + source.substring(1));
    }

    private static Map<String, JobReader.Token> codes(List<JobReader.Token> tokens) {
        Map<String, JobReader.Token> codes = new HashMap<>();
        for (JobReader.Token token : tokens) {
            if (token.kind() == JobReader.Token.Kind.PH || token.kind() == JobReader.Token.Kind.PC_START) {
                codes.put(token.id(), token);
            }
        }
        return codes;
    }

    /**
     * The tokens as Markdown. {@code sourceCodes} are given for a translation: a code whose source
     * names a sub-flow (an index mark's term) quotes the sub-flow's translation instead.
     */
    private static String markdown(JobReader.Unit unit, List<JobReader.Token> tokens, Map<String, JobReader.Token> sourceCodes)
            throws Damaged {
        StringBuilder text = new StringBuilder();
        Deque<Closing> open = new ArrayDeque<>();
        for (JobReader.Token token : tokens) {
            String subFlow = sourceCodes.containsKey(token.id()) ? sourceCodes.get(token.id()).subFlow() : "";
            switch (token.kind()) {
                case TEXT -> text.append(token.text());
                case PH -> text.append(withTerm(unit, data(unit, token.dataRef()), subFlow));
                case PC_START -> {
                    text.append(data(unit, token.dataRef()));
                    open.push(new Closing(token.dataRefEnd(), subFlow));
                }
                case PC_END -> {
                    if (open.isEmpty()) {
                        throw new Damaged("a paired code closes that was never opened");
                    }
                    Closing closing = open.pop();
                    text.append(withTerm(unit, data(unit, closing.dataRef()), closing.subFlow()));
                }
                default -> throw new IllegalStateException("every kind of token is written");
            }
        }
        return text.toString();
    }

    /** What a paired code's end writes: its datum, and the sub-flow its start names. */
    private record Closing(String dataRef, String subFlow) {
    }

    /** An index mark's code with the term its sub-flow's translation gives it; any other code as it is. */
    private static String withTerm(JobReader.Unit unit, String code, String subFlow) throws Damaged {
        if (subFlow.isEmpty() || MarkTitles.indexTerm(code).isEmpty()) {
            return code;
        }
        JobReader.Unit term = unit.subFlows().get(subFlow);
        if (term == null) {
            throw new Damaged("its index term (unit " + subFlow + ") is not in the job any more");
        }
        List<JobReader.Token> words = term.target().orElseThrow(() -> new Damaged("its index term (unit " + term.id()
                + ") has no translation"));
        StringBuilder translated = new StringBuilder();
        for (JobReader.Token token : words) {
            if (token.kind() != JobReader.Token.Kind.TEXT) {
                throw new Damaged("its index term (unit " + term.id() + ") holds a code: write the term as words alone");
            }
            translated.append(token.text());
        }
        String written = translated.toString().strip();
        char quote = MarkTitles.quoteOf(code);
        if (written.isEmpty() || written.indexOf(quote) >= 0 || written.contains("\n")) {
            throw new Damaged("its index term (unit " + term.id() + ") must be words on one line, without " + quote);
        }
        return MarkTitles.withIndexTerm(code, written);
    }

    private static String data(JobReader.Unit unit, String id) throws Damaged {
        String data = unit.data().get(id);
        if (data == null) {
            throw new Damaged("a code points at data '" + id + "' the unit does not have");
        }
        return data;
    }
}
