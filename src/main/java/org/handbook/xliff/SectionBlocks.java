package org.handbook.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedPage;
import org.handbook.parse.Heading;
import org.handbook.parse.SourceFingerprint;

/**
 * A chapter file's text and its blocks by the anchor of the section each is in, in reading order:
 * the sections are those its fingerprints are kept by, so a job names the sections a translation
 * records. Blocks with no words (a line of codes alone) are not translated.
 */
record SectionBlocks(String text, ChapterText chapter, Map<String, List<BlockUnit>> sections) {

    static SectionBlocks of(Path root, LinkedPage page) throws IOException {
        String text = Files.readString(root.resolve(page.page().file()), StandardCharsets.UTF_8).replace("\r\n", "\n");
        ChapterText chapter = ChapterText.of(text);
        List<Heading> headings = page.page().outline().headings();
        Map<String, List<BlockUnit>> sections = new LinkedHashMap<>();
        sections.put(SourceFingerprint.INTRO, new ArrayList<>());
        for (Heading heading : headings) {
            sections.putIfAbsent(heading.id().value(), new ArrayList<>());
        }
        for (BlockUnit block : ChapterBlocks.of(chapter.body(), chapter.bodyFirstLine())) {
            if (block.hasWords()) {
                sections.get(sectionOf(block.line(), headings)).add(block);
            }
        }
        sections.values().removeIf(List::isEmpty);
        return new SectionBlocks(text, chapter, sections);
    }

    /** The anchor of the section a line of the file is in: its last heading at or above it. */
    static String sectionOf(int line, List<Heading> headings) {
        String section = SourceFingerprint.INTRO;
        for (Heading heading : headings) {
            if (heading.position().line() <= line) {
                section = heading.id().value();
            }
        }
        return section;
    }
}
