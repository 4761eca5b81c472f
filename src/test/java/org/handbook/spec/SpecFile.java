package org.handbook.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads spec files in the CommonMark spec's format: prose, and examples fenced by a line of 32
 * backticks followed by {@code example}, with the input and the expected output split by a line
 * holding one dot. A {@code →} stands for a tab, as in the CommonMark spec. A file's examples are
 * chapters of the {@code references} fixture handbook unless a line {@code <!-- fixture: name -->}
 * names another.
 */
final class SpecFile {

    private static final String FENCE = "`".repeat(32);
    private static final java.util.regex.Pattern FIXTURE = java.util.regex.Pattern.compile("<!-- fixture: ([a-z-]+) -->");

    private SpecFile() {
    }

    static List<SpecExample> read(String file, String text) {
        List<SpecExample> examples = new ArrayList<>();
        String section = "";
        java.util.regex.Matcher fixtureLine = FIXTURE.matcher(text);
        String fixture = fixtureLine.find() ? fixtureLine.group(1) : "references";
        StringBuilder input = null;
        StringBuilder output = null;
        boolean numbered = false;
        for (String line : text.split("\n", -1)) {
            if (input == null) {
                if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "");
                } else if (line.startsWith(FENCE + " example")) {
                    input = new StringBuilder();
                    numbered = line.contains("numbered");
                }
            } else if (line.equals(FENCE)) {
                examples.add(new SpecExample(file, fixture, examples.size() + 1, section, tabs(input.toString()),
                        tabs(output == null ? "" : output.toString()), numbered));
                input = null;
                output = null;
            } else if (output == null && line.equals(".")) {
                output = new StringBuilder();
            } else {
                (output == null ? input : output).append(line).append('\n');
            }
        }
        return examples;
    }

    private static String tabs(String text) {
        return text.replace('→', '\t');
    }
}
