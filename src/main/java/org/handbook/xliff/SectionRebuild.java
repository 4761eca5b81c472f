package org.handbook.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.link.LinkedPage;
import org.handbook.parse.Captioned;
import org.handbook.parse.CountryTable;

/**
 * A section written anew from its source: the source's text around its blocks, each block in its
 * translation. A heading or caption in other words keeps its source's anchor ({@code {#id}}), and
 * the code blocks of the translation's section (comments in the translator's words) take the place
 * of the source's when there are as many of them. A country table is the source's, its caption
 * translated as a block of its own.
 */
final class SectionRebuild {

    private static final Pattern ID = Pattern.compile("\\{#[^}]*\\}\\s*$");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n(?:.*\\n)*? {0,3}\\1[`~]*[ \\t]*$");

    private SectionRebuild() {
    }

    /**
     * @param range        the section's start and end in the source's body
     * @param translations each block's translation, as Markdown
     * @param oldSection   the translation's text of the section, where it has one
     */
    static String of(SectionBlocks source, LinkedPage page, String anchor, int[] range, List<BlockUnit> blocks,
                     List<String> translations, Optional<String> oldSection) {
        String body = source.chapter().body();
        StringBuilder text = new StringBuilder();
        int at = range[0];
        for (int i = 0; i < blocks.size(); i++) {
            BlockUnit block = blocks.get(i);
            String translation = translations.get(i);
            text.append(body, at, block.start()).append(translation);
            if (!block.yamlValue() && !translation.equals(block.original()) && !ID.matcher(block.original()).find()) {
                anchorOf(body, block, page, anchor).ifPresent(id -> text.append(" {#").append(id).append('}'));
            }
            at = block.end();
        }
        text.append(body, at, range[1]);
        return oldSection.map(old -> withFencesOf(old, text.toString())).orElse(text.toString());
    }

    /** The anchor a heading or caption must keep: the section's for a heading, the table's or figure's for a caption. */
    private static Optional<String> anchorOf(String body, BlockUnit block, LinkedPage page, String anchor) {
        int lineStart = body.lastIndexOf('\n', block.start() - 1) + 1;
        if (body.substring(lineStart, block.start()).matches("\\s{0,3}#{1,6}\\s+")) {
            return Optional.of(anchor);
        }
        List<Captioned> captioned = new ArrayList<>();
        page.page().outline().tables().forEach(captioned::add);
        page.page().outline().figures().forEach(captioned::add);
        return captioned.stream().filter(found -> line(found) == block.line()).findFirst().map(found -> found.id().value());
    }

    private static int line(Captioned captioned) {
        if (captioned instanceof org.handbook.parse.CaptionedTable table) {
            return table.position().line();
        }
        return ((org.handbook.parse.CaptionedFigure) captioned).position().line();
    }

    private static boolean isCountryTable(String fence) {
        return fence.lines().findFirst().orElse("").replaceFirst("^\\s*[`~]+", "").strip().equals(CountryTable.INFO);
    }

    /** The rebuilt section with its code blocks replaced, in order, by the translation's, when both have as many. */
    private static String withFencesOf(String old, String rebuilt) {
        List<String> oldFences = new ArrayList<>();
        Matcher inOld = FENCE.matcher(old);
        while (inOld.find()) {
            if (!isCountryTable(inOld.group())) {
                oldFences.add(inOld.group());
            }
        }
        Matcher inNew = FENCE.matcher(rebuilt);
        List<int[]> newFences = new ArrayList<>();
        while (inNew.find()) {
            if (!isCountryTable(inNew.group())) {
                newFences.add(new int[] {inNew.start(), inNew.end()});
            }
        }
        if (oldFences.isEmpty() || oldFences.size() != newFences.size()) {
            return rebuilt;
        }
        StringBuilder text = new StringBuilder(rebuilt);
        for (int i = newFences.size() - 1; i >= 0; i--) {
            text.replace(newFences.get(i)[0], newFences.get(i)[1], oldFences.get(i));
        }
        return text.toString();
    }
}
