package org.handbook.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.link.LinkedPage;

/**
 * A chapter's title and description in a job, as the group {@value #GROUP} before its sections,
 * and written back into a translation's front matter: the key's line (and any lines it runs on to)
 * replaced, or added before the front matter closes.
 */
final class FrontMatterUnits {

    static final String GROUP = "_front";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";

    private FrontMatterUnits() {
    }

    /** The title (inline Markdown, its syntax as codes) and the description, if the chapter has one. */
    static Map<String, BlockUnit> of(LinkedPage page) {
        Map<String, BlockUnit> units = new java.util.LinkedHashMap<>();
        units.put(TITLE, inline(page.page().frontMatter().titleMarkdown()));
        String description = page.page().frontMatter().description();
        if (!description.isBlank()) {
            units.put(DESCRIPTION, StringUnits.block(description));
        }
        return units;
    }

    static List<JobUnit> units(LinkedPage page, Optional<LinkedPage> translation, String place) {
        Map<String, BlockUnit> translated = translation.map(FrontMatterUnits::of).orElse(Map.of());
        List<JobUnit> units = new ArrayList<>();
        of(page).forEach((key, block) -> units.add(new JobUnit(key, block, place + " › " + key,
                Optional.ofNullable(translated.get(key)).filter(other -> other.codes().equals(block.codes())), true, List.of())));
        return units;
    }

    private static BlockUnit inline(String markdown) {
        return new BlockUnit(0, 0, markdown.length(), ChapterBlocks.inline(markdown));
    }

    /** The front matter ({@code ---} to {@code ---}, with its line ends) with {@code key} given {@code value}. */
    static String withValue(String head, String key, String value) {
        String line = key + ": " + StringsFile.written(value);
        Matcher existing = Pattern.compile("(?m)^" + key + ":.*(?:\\n[ \\t]+\\S.*)*$").matcher(head);
        if (existing.find()) {
            // A value written already as the job says stays as its author wrote it, quotes and all.
            return value.equals(StringsFile.read(existing.group())) ? head
                    : head.substring(0, existing.start()) + line + head.substring(existing.end());
        }
        int closing = head.lastIndexOf("\n---");
        return head.substring(0, closing + 1) + line + "\n" + head.substring(closing + 1);
    }
}
