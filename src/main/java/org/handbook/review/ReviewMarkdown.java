package org.handbook.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.handbook.changes.EditionChanges;
import org.handbook.changes.ChangesReport;

/**
 * The review as Markdown, for a pull request's job summary: what changed, language by language,
 * with the chapters' changed words struck through (deleted) and in bold (inserted). Text from the
 * handbook is escaped, so that it shows as written and cannot add links, images or markup.
 */
public final class ReviewMarkdown {

    private ReviewMarkdown() {
    }

    public static String of(ReviewReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# What this change does to the handbook\n\n");
        out.append("Compared with `").append(code(report.base())).append("`: ");
        if (report.changed().isEmpty()) {
            return out.append("no source of the handbook has changed.\n").toString();
        }
        out.append(report.changed().size()).append(report.changed().size() == 1 ? " file" : " files").append(" changed.\n\n");
        report.changed().stream().map(Path::toString).sorted()
                .forEach(file -> out.append("- `").append(code(file.replace('\\', '/'))).append("`\n"));
        if (report.books().isEmpty()) {
            out.append("\nNo page, reference, translation or country fact reads differently.\n");
        }
        if (!report.pages().isEmpty()) {
            out.append("\n## Print PDFs\n\n");
            report.pages().forEach((book, count) -> out.append("- `").append(code(book)).append("`: ")
                    .append(count.before()).append(" → ").append(count.now()).append(" pages (")
                    .append(count.now() >= count.before() ? "+" : "").append(count.now() - count.before()).append(")\n"));
        }
        for (ReviewReport.Book book : report.books()) {
            out.append("\n## ").append(escape(book.languageName())).append(", edition ").append(escape(book.edition())).append("\n");
            chapters(book.changes().pages(), out);
            if (!book.references().isEmpty()) {
                out.append("\n### References elsewhere that now read differently\n\n");
                for (ReviewReport.ReferenceChange change : book.references()) {
                    out.append("- `").append(code(change.file())).append(':').append(change.line()).append("`: ")
                            .append(escape(change.before())).append(" → ").append(escape(change.now())).append('\n');
                }
            }
            if (!book.outdated().isEmpty()) {
                out.append("\n### Translations this change makes outdated\n\n");
                for (ReviewReport.OutdatedTranslation translation : book.outdated()) {
                    out.append("- `").append(code(translation.file())).append("`")
                            .append(translation.sections().isEmpty() ? "" : ": " + escape(String.join("; ", translation.sections())))
                            .append('\n');
                }
            }
            countries(book, out);
        }
        return out.toString();
    }

    private static void chapters(List<EditionChanges.PageChange> pages, StringBuilder out) {
        if (pages.isEmpty()) {
            return;
        }
        out.append("\n### Chapters\n");
        for (EditionChanges.PageChange page : pages) {
            String number = page.number().isEmpty() ? "" : page.number() + " ";
            out.append("\n**").append(escape(number + page.title().text())).append("** (")
                    .append(page.status().name().toLowerCase(Locale.ROOT)).append(")\n\n");
            for (EditionChanges.BlockChange block : page.blocks()) {
                out.append("- ").append(block.section().isEmpty() ? "" : "*" + escape(block.section()) + "*: ");
                for (EditionChanges.Span span : block.spans()) {
                    String words = escape(span.text());
                    out.append(switch (span.type()) {
                        case SAME -> words;
                        case DELETED -> marked(words, "~~");
                        case INSERTED -> marked(words, "**");
                    });
                }
                out.append('\n');
            }
            if (!page.moves().isEmpty()) {
                out.append("- Paragraphs renumbered: ").append(String.join(", ", page.moves().stream()
                        .map(move -> "¶ " + escape(move.before()) + " → " + (move.now().isEmpty() ? "removed" : "¶ " + escape(move.now())))
                        .toList())).append('\n');
            }
        }
    }

    private static void countries(ReviewReport.Book book, StringBuilder out) {
        if (book.changes().countries().isEmpty()) {
            return;
        }
        out.append("\n### Country facts\n\n");
        for (ChangesReport.Country country : ChangesReport.of(book.changes()).countries()) {
            for (ChangesReport.Field field : country.fields()) {
                out.append("- ").append(escape(country.name())).append(", `").append(code(field.path())).append("`: ")
                        .append(escape(field.before())).append(" → ").append(escape(field.now())).append('\n');
            }
        }
    }

    /** Words between marks, the spaces around them kept outside: Markdown wants a mark against a word. */
    private static String marked(String words, String mark) {
        if (words.isBlank()) {
            return words;
        }
        String core = words.strip();
        int start = words.indexOf(core);
        return words.substring(0, start) + mark + core + mark + words.substring(start + core.length());
    }

    /** Handbook text shown as written: Markdown's marks escaped, on one line. */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.replaceAll("[\\r\\n\\t]+", " ").toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Text inside a code span: a backtick would close it. */
    private static String code(String value) {
        return value.replace('`', '\'').replaceAll("[\\r\\n\\t]+", " ");
    }
}
