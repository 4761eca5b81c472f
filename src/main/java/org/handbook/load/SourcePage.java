package org.handbook.load;

import java.nio.file.Path;

/**
 * One chapter, annex or part as read from disk.
 *
 * @param file          the source file, relative to the handbook root
 * @param frontMatter   its checked front matter
 * @param body          the Markdown after the front matter, normalised
 * @param bodyFirstLine the 1-based line of the file on which {@code body} starts
 * @param place         where it stands in its book: in a part, under a chapter, or at the top
 */
public record SourcePage(Path file, FrontMatter frontMatter, String body, int bodyFirstLine, BookPlace place) {

    /** A page at the top of a flat book, as every page was before books had parts. */
    public SourcePage(Path file, FrontMatter frontMatter, String body, int bodyFirstLine) {
        this(file, frontMatter, body, bodyFirstLine, BookPlace.top(file.getFileName()));
    }
}
