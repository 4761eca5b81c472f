package org.handbook.load;

import java.nio.file.Path;

/**
 * One chapter or annex as read from disk.
 *
 * @param file          the source file, relative to the handbook root
 * @param frontMatter   its checked front matter
 * @param body          the Markdown after the front matter, normalised
 * @param bodyFirstLine the 1-based line of the file on which {@code body} starts
 */
public record SourcePage(Path file, FrontMatter frontMatter, String body, int bodyFirstLine) {
}
