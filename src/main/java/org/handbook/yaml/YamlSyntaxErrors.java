package org.handbook.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The YAML parser's complaints in an editor's words, at the place the mistake is: the parser
 * names what it expected in its own terms ("expected &lt;block end&gt;, but found
 * '&lt;block mapping start&gt;'") and often where it gave up, a line after the mistake (a key
 * without its ':' is found missing on the next line; an unclosed '[' or quote at the end of the
 * file). Each known complaint is said plainly, at the line where it can be mended; any other
 * keeps the parser's words, said to be the parser's.
 */
final class YamlSyntaxErrors {

    private static final String INDENT = "indent the keys of one mapping, and the items of one list, by the same number "
            + "of spaces, and more than the key they belong to";

    /** What went wrong, where, and how to mend it. */
    record Explained(Optional<Mark> at, String message, String hint) {
    }

    private YamlSyntaxErrors() {
    }

    static Explained explain(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> where = e.getProblemMark();
        Optional<Mark> opened = e.getContextMark().or(() -> where);
        if (problem.startsWith("could not find expected ':'")) {
            return new Explained(opened, "this line has no ':' after its key",
                    "write the key, a ':' and a space, then the value: title: Mutual legal assistance");
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return new Explained(where, "a ':' and a space here start a new key inside a value: either this line is "
                    + "indented further than the keys above it, or the value holds ': '",
                    "line the key up with the keys above it, or put the whole value in quotes: title: \"Part 1: Scope\"");
        }
        if (problem.contains("cannot start any token") && problem.contains("\\t")) {
            return new Explained(where, "a tab here, where YAML takes only spaces", "indent with spaces, never tabs");
        }
        if (problem.contains("cannot start any token")) {
            return new Explained(where, "a value cannot start with the character '" + firstQuoted(problem) + "'",
                    "put the whole value in quotes: \"" + firstQuoted(problem) + "…\"");
        }
        if (context.contains("flow sequence")) {
            return new Explained(opened, "the '[' here is never closed",
                    "end the list with ']' on the same line, with a comma between items: [en, th]");
        }
        if (context.contains("flow mapping")) {
            return new Explained(opened, "the '{' here is never closed",
                    "end the mapping with '}' on the same line, with a comma between pairs: {en: …, th: …}");
        }
        if (context.contains("quoted scalar")) {
            return new Explained(opened, "the quote that opens here is never closed",
                    "end the value with the same quote mark it starts with; to write ' inside '…', double it: 'it''s'");
        }
        if (problem.contains("'<stream end>'") || problem.contains("end of stream")) {
            Optional<Mark> start = e.getContextMark().filter(mark -> !mark.equals(where.orElse(null)))
                    .or(() -> where.map(YamlSyntaxErrors::lastWritten));
            return new Explained(start, "the file ends before the value that starts here is finished",
                    "close every '[', '{' and quote that the value opens");
        }
        if (problem.contains("but found '<block mapping start>'") || problem.contains("but found '<block sequence start>'")
                || problem.contains("did not find expected key") || problem.contains("did not find expected '-'")) {
            return new Explained(where, "this line is not indented like the lines it belongs with", INDENT);
        }
        if (problem.contains("but found '<scalar>'")) {
            return new Explained(where, "text follows a value that was already closed by its quote",
                    "put the whole value in double quotes, or, inside single quotes, write ' twice: 'it''s'");
        }
        if (problem.contains("but found ']'") || problem.contains("but found '}'")) {
            return new Explained(where, "a closing bracket here that no opening one matches", "remove it, or open the list first");
        }
        if (problem.contains("but found '?'") || problem.contains("but found '-'")) {
            return new Explained(where, "a list and a mapping are mixed at the same indentation",
                    "give every line of one level the same form: all 'key: value', or all '- item'");
        }
        String words = (context.isEmpty() ? problem : problem + " (" + context + ")").strip().replaceAll("\\s+", " ");
        return new Explained(where, "this YAML cannot be read here; the parser says: " + (words.isEmpty() ? "unknown problem" : words),
                "indent with spaces (never tabs), close every quote and bracket, and put a space after each ':'");
    }

    /**
     * The last character written before {@code end}, the end of the text: where a value left
     * open is seen, rather than the empty line after it.
     */
    private static Mark lastWritten(Mark end) {
        int[] text = end.getBuffer();
        int last = Math.min(end.getPointer(), text.length) - 1;
        while (last > 0 && Character.isWhitespace(text[last])) {
            last--;
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < last; i++) {
            if (text[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Mark(end.getName(), last, line, Math.max(0, last - lineStart), text, last);
    }

    /** The first character the parser quotes in its message, as in "found character '@'". */
    private static String firstQuoted(String problem) {
        int start = problem.indexOf('\'');
        int end = start < 0 ? -1 : problem.indexOf('\'', start + 1);
        return end < 0 ? "?" : problem.substring(start + 1, end);
    }
}
