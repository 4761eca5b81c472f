package org.handbook.review;

import java.nio.file.Path;
import org.handbook.changes.ChangesReport;
import org.handbook.changes.EditionChanges;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The review as one HTML page a reviewer opens from the bundle: the same as the Markdown, with
 * deleted words struck through in red and inserted ones underlined in green. Every text from the
 * handbook is set as text, never as markup.
 */
public final class ReviewHtml {

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
            + "color:#1b1f24}del{color:#a40e26;background:#ffebe9}ins{color:#116329;background:#dafbe1;text-decoration:none}"
            + "code{font-size:.9em}li{margin:.3rem 0}h2{border-top:1px solid #d0d7de;padding-top:1rem}";

    private ReviewHtml() {
    }

    public static String of(ReviewReport report) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "en");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.title("What this change does to the handbook");
        page.head().appendElement("style").appendText(STYLE);
        Element main = page.body().appendElement("main");
        main.appendElement("h1").text("What this change does to the handbook");
        main.appendElement("p").text("Compared with " + report.base() + ": " + report.changed().size()
                + (report.changed().size() == 1 ? " file" : " files") + " changed.");
        Element files = main.appendElement("ul");
        report.changed().stream().map(Path::toString).sorted()
                .forEach(file -> files.appendElement("li").appendElement("code").text(file.replace('\\', '/')));
        if (!report.pages().isEmpty()) {
            main.appendElement("h2").text("Print PDFs");
            Element list = main.appendElement("ul");
            report.pages().forEach((book, count) -> list.appendElement("li").text(book + ": " + count.before() + " → "
                    + count.now() + " pages"));
        }
        for (ReviewReport.Book book : report.books()) {
            Element section = main.appendElement("section").attr("lang", book.language());
            section.appendElement("h2").text(book.languageName() + ", edition " + book.edition());
            chapters(book, section);
            if (!book.references().isEmpty()) {
                section.appendElement("h3").text("References elsewhere that now read differently");
                Element list = section.appendElement("ul");
                book.references().forEach(change -> {
                    Element item = list.appendElement("li");
                    item.appendElement("code").text(change.file() + ":" + change.line());
                    item.appendText(": ").appendElement("del").text(change.before());
                    item.appendText(" → ").appendElement("ins").text(change.now());
                });
            }
            if (!book.outdated().isEmpty()) {
                section.appendElement("h3").text("Translations this change makes outdated");
                Element list = section.appendElement("ul");
                book.outdated().forEach(translation -> {
                    Element item = list.appendElement("li");
                    item.appendElement("code").text(translation.file());
                    if (!translation.sections().isEmpty()) {
                        item.appendText(": " + String.join("; ", translation.sections()));
                    }
                });
            }
            if (!book.changes().countries().isEmpty()) {
                section.appendElement("h3").text("Country facts");
                Element list = section.appendElement("ul");
                for (ChangesReport.Country country : ChangesReport.of(book.changes()).countries()) {
                    for (ChangesReport.Field field : country.fields()) {
                        Element item = list.appendElement("li").appendText(country.name() + ", ");
                        item.appendElement("code").text(field.path());
                        item.appendText(": ").appendElement("del").text(field.before());
                        item.appendText(" → ").appendElement("ins").text(field.now());
                    }
                }
            }
        }
        return "<!DOCTYPE html>\n" + page.html() + "\n";
    }

    /** Words in a mark, the spaces around them outside it, so that a struck space does not look like a gap. */
    private static void marked(Element item, String tag, String words) {
        String core = words.strip();
        if (core.isEmpty()) {
            item.appendText(words);
            return;
        }
        int start = words.indexOf(core);
        item.appendText(words.substring(0, start));
        item.appendElement(tag).text(core);
        item.appendText(words.substring(start + core.length()));
    }

    private static void chapters(ReviewReport.Book book, Element section) {
        if (book.changes().pages().isEmpty()) {
            return;
        }
        section.appendElement("h3").text("Chapters");
        for (EditionChanges.PageChange change : book.changes().pages()) {
            section.appendElement("h4").text((change.number().isEmpty() ? "" : change.number() + " ") + change.title().text()
                    + " (" + change.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
            Element list = section.appendElement("ul");
            for (EditionChanges.BlockChange block : change.blocks()) {
                Element item = list.appendElement("li");
                if (!block.section().isEmpty()) {
                    item.appendElement("em").text(block.section());
                    item.appendText(": ");
                }
                for (EditionChanges.Span span : block.spans()) {
                    switch (span.type()) {
                        case SAME -> item.appendText(span.text());
                        case DELETED -> marked(item, "del", span.text());
                        case INSERTED -> marked(item, "ins", span.text());
                    }
                }
            }
            if (!change.moves().isEmpty()) {
                list.appendElement("li").text("Paragraphs renumbered: " + String.join(", ", change.moves().stream()
                        .map(move -> "¶ " + move.before() + " → " + (move.now().isEmpty() ? "removed" : "¶ " + move.now()))
                        .toList()));
            }
        }
    }
}
