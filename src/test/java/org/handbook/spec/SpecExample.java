package org.handbook.spec;

/**
 * One example of a spec file: the Markdown an editor writes in a chapter, and what the reader
 * gets (the chapter's HTML) or what the editor is told (diagnostics, one per line).
 *
 * @param fixture  the fixture handbook the example is a chapter of
 * @param numbered whether the example chapter asks for numbered paragraphs ({@code example numbered})
 */
record SpecExample(String file, String fixture, int number, String section, String markdown, String expected,
                   boolean numbered) {

    /** Whether the example expects diagnostics rather than HTML. */
    boolean expectsDiagnostics() {
        return expected.startsWith("error:") || expected.startsWith("warning:")
                || expected.matches("(?s)^\\d+:\\d+: (error|warning):.*");
    }

    @Override
    public String toString() {
        return file + " example " + number + " (" + section + ")";
    }
}
