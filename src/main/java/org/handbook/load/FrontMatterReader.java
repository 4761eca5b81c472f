package org.handbook.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;
import org.handbook.text.CodePoints;
import org.handbook.yaml.YamlComposer;
import org.handbook.yaml.YamlMapping;

/** Splits a chapter into front matter and body, and checks the front matter. */
final class FrontMatterReader {

    private static final String FENCE = "---";
    private static final Set<String> KEYS = Set.of("id", "title", "kind", "description", "paragraphs", "translation");
    private static final Set<String> TRANSLATION_KEYS = Set.of("reviewed", "source", "sections");
    private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("[0-9a-f]{12}");

    private FrontMatterReader() {
    }

    static Optional<SourcePage> read(Path file, String text, Diagnostics diagnostics) {
        return read(file, text, BookPlace.top(file.getFileName()), diagnostics);
    }

    /** @param place where the page stands in its book, which its kind must suit */
    static Optional<SourcePage> read(Path file, String text, BookPlace place, Diagnostics diagnostics) {
        SourcePosition start = SourcePosition.of(file, 1, 1);
        if (!firstLine(text).equals(FENCE)) {
            diagnostics.error(start, "HB-FRONTMATTER-MISSING", "the chapter does not start with front matter",
                    "begin the file with a '---' line, then 'id:', 'title:' and 'kind:' lines, then another '---' line");
            return Optional.empty();
        }
        int firstNewline = text.indexOf('\n');
        int closing = firstNewline < 0 ? -1 : closingFence(text, firstNewline + 1);
        int yamlStart = firstNewline + 1;
        if (closing < 0) {
            diagnostics.error(start, "HB-FRONTMATTER-UNCLOSED", "the front matter is never closed",
                    "add a line with just '---' after the last front matter line");
            return Optional.empty();
        }
        String yaml = text.substring(yamlStart, closing);
        int bodyStart = text.indexOf('\n', closing);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyFirstLine = 2 + lineCount(yaml) + 1;
        Diagnostics local = new Diagnostics();
        Optional<FrontMatter> frontMatter = YamlComposer.compose(file, yaml, 2, local)
                .flatMap(node -> YamlMapping.of(node, "the front matter", local))
                .flatMap(mapping -> check(mapping, place, local));
        local.sorted().forEach(diagnostics::add);
        if (frontMatter.isEmpty() && !local.hasErrors()) {
            diagnostics.error(start, "HB-FRONTMATTER-EMPTY", "the front matter is empty",
                    "give the chapter at least 'id:' and 'title:'");
        }
        return frontMatter.filter(ok -> !local.hasErrors())
                .map(checked -> new SourcePage(file, checked, body, bodyFirstLine, place));
    }

    private static Optional<FrontMatter> check(YamlMapping mapping, BookPlace place, Diagnostics local) {
        mapping.rejectUnknownKeys(KEYS);
        Optional<PageId> id = mapping.requiredText("id").flatMap(text -> {
            if (PageId.isWellFormed(text)) {
                return Optional.of(new PageId(text));
            }
            local.error(mapping.positionOf("id"), "HB-FRONTMATTER-ID", "'" + text + "' is not a valid page id"
                            + foreignCharacter(text),
                    "use lower-case letters and digits joined by single hyphens, such as 'mutual-legal-assistance'");
            return Optional.empty();
        });
        Optional<String> title = mapping.requiredText("title");
        PageKind kind = place.isPart() ? partKind(mapping, local) : mapping.text("kind").map(text -> {
            Optional<PageKind> known = PageKind.ofLabel(text)
                    .filter(found -> found == PageKind.CHAPTER || found.standsOutsideParts());
            if (known.isEmpty()) {
                local.error(mapping.positionOf("kind"), "HB-FRONTMATTER-KIND", "unknown kind '" + text + "'",
                        text.equals(PageKind.PART.label())
                                ? "a part is a folder of chapters whose title and introduction are its " + BookPlace.PART_FILE
                                : "use 'chapter', 'annex', 'glossary' or 'authorities'");
            } else if (known.get().standsOutsideParts() && (place.parent().isPresent() || place.isChapterOfFolder())) {
                local.error(mapping.positionOf("kind"), "HB-PART-ANNEX", place.isChapterOfFolder()
                                ? withArticle(text) + " has no sub-chapters, but this is the own page of the folder "
                                        + place.path().getParent().toString().replace('\\', '/') + "/"
                                : withArticle(text) + " stands outside the parts, but this is in the folder "
                                        + place.path().getParent().toString().replace('\\', '/') + "/",
                        "move it to the top of the language's folder, after the parts, as an NN-slug.md file");
            }
            return known.orElse(PageKind.CHAPTER);
        }).orElse(PageKind.CHAPTER);
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        String description = mapping.text("description").orElse("");
        boolean numbered = mapping.text("paragraphs").map(text -> {
            if (!text.equals("numbered") && !text.equals("plain")) {
                local.error(mapping.positionOf("paragraphs"), "HB-FRONTMATTER-PARAGRAPHS", "unknown paragraphs style '" + text + "'",
                        "use 'numbered' for citable paragraph numbers, or 'plain'");
            } else if (text.equals("numbered") && place.isPart()) {
                local.error(mapping.positionOf("paragraphs"), "HB-FRONTMATTER-PARAGRAPHS",
                        "a part's introduction is not numbered: its chapters are", "remove 'paragraphs', or write 'plain'");
                return false;
            }
            return text.equals("numbered");
        }).orElse(false);
        Optional<TranslationRecord> translation = mapping.mapping("translation").map(record -> translation(record, local));
        return Optional.of(new FrontMatter(id.get(), title.get(), kind, description, numbered, translation,
                mapping.positionOf("id"), mapping.positionOf("title")));
    }

    /** A part's own page is a part, whatever else its front matter could say. */
    private static PageKind partKind(YamlMapping mapping, Diagnostics local) {
        mapping.text("kind").filter(text -> !text.equals(PageKind.PART.label())).ifPresent(text ->
                local.error(mapping.positionOf("kind"), "HB-FRONTMATTER-KIND", "a part's " + BookPlace.PART_FILE
                                + " is of kind 'part', not '" + text + "'",
                        "remove 'kind:' from it" + (text.equals("chapter")
                                ? "; a chapter with sub-chapters has its text in " + BookPlace.CHAPTER_FILE
                                : PageKind.ofLabel(text).filter(PageKind::isLettered).isPresent()
                                ? "; " + withArticle(text) + " stands outside parts" : "")));
        return PageKind.PART;
    }

    /** "an annex", "a glossary". */
    private static String withArticle(String kind) {
        return ("aeiou".indexOf(kind.isEmpty() ? 'x' : kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static TranslationRecord translation(YamlMapping record, Diagnostics local) {
        record.rejectUnknownKeys(TRANSLATION_KEYS);
        Optional<String> source = record.text("source").filter(text -> fingerprint(record, "source", text, local));
        Map<String, String> sections = new LinkedHashMap<>();
        record.mapping("sections").ifPresent(map -> {
            for (String anchor : map.keys()) {
                map.text(anchor).filter(text -> fingerprint(map, anchor, text, local)).ifPresent(text -> sections.put(anchor, text));
            }
        });
        return new TranslationRecord(record.bool("reviewed").orElse(false), source, sections, record.position());
    }

    /** Fingerprints are written by the tool; a hand-edited one is caught here. */
    private static boolean fingerprint(YamlMapping mapping, String key, String text, Diagnostics local) {
        if (FINGERPRINT.matcher(text).matches()) {
            return true;
        }
        local.error(mapping.positionOf(key), "HB-TRANSLATION-RECORD",
                "'" + text + "' is not a fingerprint of the source chapter",
                "let the tool write it: handbook translations mark <this file>");
        return false;
    }

    /**
     * Names the first character an id may not hold when it is not plain ASCII: an invisible one, an
     * accent written apart, or a look-alike from another script would otherwise go unseen.
     */
    private static String foreignCharacter(String id) {
        return CodePoints.firstRefused(id, c -> c >= 0x21 && c <= 0x7e).map(name -> " (it holds " + name + ")").orElse("");
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).stripTrailing();
    }

    /** The offset of the closing fence line ('---' or '...'), or -1. */
    private static int closingFence(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
            if (line.equals(FENCE) || line.equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
