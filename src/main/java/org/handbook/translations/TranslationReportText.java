package org.handbook.translations;

import java.util.List;
import java.util.Locale;

/**
 * The translation report as a person reads it: a table with a row per language and edition, then
 * the chapters that need work, one per line with what to do.
 */
public final class TranslationReportText {

    private TranslationReportText() {
    }

    public static String format(TranslationReport report) {
        StringBuilder out = new StringBuilder();
        if (report.books().isEmpty()) {
            return "The handbook has one language (" + report.defaultLanguage() + "): nothing to translate.\n";
        }
        out.append(String.format(Locale.ROOT, "Translations of %s chapters%n", report.defaultLanguage()));
        out.append(String.format(Locale.ROOT, "%-10s %-10s %8s %8s %8s %8s %12s%n",
                "language", "edition", "current", "outdated", "unmarked", "missing", "translated"));
        for (TranslationReport.Book book : report.books()) {
            out.append(String.format(Locale.ROOT, "%-10s %-10s %8d %8d %8d %8d %12s%n", book.language(), book.edition(),
                    book.current(), book.outdated(), book.unmarked(), book.missing(),
                    book.translated() + "/" + book.total() + " " + book.percent() + "%"));
        }
        for (TranslationReport.Book book : report.books()) {
            List<TranslationReport.Page> needWork = book.pages().stream()
                    .filter(page -> page.status().equals("outdated") || page.status().equals("unmarked")).toList();
            for (TranslationReport.Page page : needWork) {
                out.append(page.status().equals("outdated")
                        ? String.format(Locale.ROOT, "outdated  %s  changed: %s; update it, then: handbook translations mark %s%n",
                                page.file(), page.changed().isEmpty() ? "title or description" : String.join(", ", page.changed()),
                                page.file())
                        : String.format(Locale.ROOT, "unmarked  %s  when it matches its source: handbook translations mark %s%n",
                                page.file(), page.file()));
            }
        }
        return out.toString();
    }
}
