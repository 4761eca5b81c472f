package org.handbook.changes;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What changed between two editions in one language, in plain words for the terminal and for
 * tools ({@code handbook diff}): each chapter's status, the redline of each block that changed and
 * how its numbered paragraphs moved, and each changed country fact before and after.
 */
public record ChangesReport(String language, String from, String to, List<Chapter> chapters, List<Country> countries) {

    public ChangesReport {
        chapters = List.copyOf(chapters);
        countries = List.copyOf(countries);
    }

    /** @param blocks the redline of each changed block, as {@link Block} */
    public record Chapter(String id, String title, String status, int changedBlocks, List<Block> blocks, List<String> moves) {
        public Chapter {
            blocks = List.copyOf(blocks);
            moves = List.copyOf(moves);
        }
    }

    /**
     * A changed block: its kind ("paragraph", "list-item"…), the heading of its section, and its
     * text with the words deleted in {@code [-…-]} and those inserted in {@code {+…+}}.
     */
    public record Block(String kind, String section, String redline) {

        static Block of(EditionChanges.BlockChange change) {
            StringBuilder redline = new StringBuilder();
            for (EditionChanges.Span span : change.spans()) {
                redline.append(switch (span.type()) {
                    case SAME -> span.text();
                    case DELETED -> "[-" + span.text() + "-]";
                    case INSERTED -> "{+" + span.text() + "+}";
                });
            }
            return new Block(change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), change.section(),
                    redline.toString());
        }
    }

    public record Country(String code, String name, List<Field> fields) {
        public Country {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String path, String before, String now) {
    }

    public static ChangesReport of(EditionChanges changes) {
        String language = changes.book().language().tag().value();
        return new ChangesReport(language, changes.previous().id().value(), changes.edition().id().value(),
                changes.pages().stream().map(page -> new Chapter(page.id(), page.title().text(),
                        page.status().name().toLowerCase(Locale.ROOT), page.blocks().size(),
                        page.blocks().stream().map(Block::of).toList(),
                        page.moves().stream().map(move -> move.before() + " → " + (move.now().isEmpty() ? "removed" : move.now()))
                                .toList())).toList(),
                changes.countries().stream().map(country -> new Country(country.code(), country.name(),
                        country.fields().stream().map(field -> new Field(field.path(), FactText.of(field.before(), language),
                                FactText.of(field.now(), language))).toList())).toList());
    }

    /**
     * The report as a person reads it.
     *
     * @param shown how each text from the handbook (a title, a redline, a fact) is shown, such as
     *              on one line with its control characters escaped for a terminal
     */
    public String text(UnaryOperator<String> shown) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Changes from %s to %s (%s)\n", shown.apply(from), shown.apply(to),
                shown.apply(language)));
        long added = chapters.stream().filter(chapter -> chapter.status().equals("added")).count();
        long removed = chapters.stream().filter(chapter -> chapter.status().equals("removed")).count();
        long translated = chapters.stream().filter(chapter -> chapter.status().equals("translated")).count();
        out.append(String.format(Locale.ROOT, "chapters: %d added, %d removed, %d changed%s\n", added, removed,
                chapters.size() - added - removed - translated, translated == 0 ? "" : ", " + translated + " newly translated"));
        for (Chapter chapter : chapters) {
            out.append(String.format(Locale.ROOT, "  %-10s %-32s %s%s\n", chapter.status(), shown.apply(chapter.id()),
                    shown.apply(chapter.title()),
                    chapter.status().equals("changed") ? " (" + chapter.changedBlocks() + " blocks)" : ""));
            for (Block block : chapter.blocks()) {
                out.append("             ").append(block.section().isEmpty() ? "" : shown.apply(block.section()) + ": ")
                        .append(shown.apply(block.redline())).append('\n');
            }
            if (!chapter.moves().isEmpty()) {
                out.append("             paragraphs: ").append(String.join(", ", chapter.moves().stream().map(shown).toList())).append('\n');
            }
        }
        out.append(String.format(Locale.ROOT, "country profiles: %d changed\n", countries.size()));
        for (Country country : countries) {
            for (Field field : country.fields()) {
                out.append(String.format(Locale.ROOT, "  %s %s: %s → %s\n", shown.apply(country.code()), shown.apply(field.path()),
                        shown.apply(field.before()), shown.apply(field.now())));
            }
        }
        return out.toString();
    }
}
