package org.handbook.translations;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The translation report as a person reads it: a table with a row per language and edition, then
 * the chapters that need work, one per line with what to do.
 */
public final class TranslationReportText {

    private TranslationReportText() {
    }

    /**
     * @param shown how each text from the handbook (a language, a file name, a section's title) is
     *              shown, such as on one line with its control characters escaped for a terminal
     */
    public static String format(TranslationReport report, UnaryOperator<String> shown) {
        StringBuilder out = new StringBuilder();
        if (report.books().isEmpty()) {
            return "The handbook has one language (" + shown.apply(report.defaultLanguage()) + "): nothing to translate.\n";
        }
        out.append(String.format(Locale.ROOT, "Translations of %s chapters%n", shown.apply(report.defaultLanguage())));
        out.append(String.format(Locale.ROOT, "%-10s %-10s %8s %8s %8s %8s %12s%n",
                "language", "edition", "current", "outdated", "unmarked", "missing", "translated"));
        for (TranslationReport.Book book : report.books()) {
            out.append(String.format(Locale.ROOT, "%-10s %-10s %8d %8d %8d %8d %12s%n", shown.apply(book.language()),
                    shown.apply(book.edition()),
                    book.current(), book.outdated(), book.unmarked(), book.missing(),
                    book.translated() + "/" + book.total() + " " + book.percent() + "%"));
        }
        // What to do, for the editions still edited: a frozen one stays as it was published.
        for (TranslationReport.Book book : report.books().stream().filter(book -> !book.frozen()).toList()) {
            for (TranslationReport.Page page : book.pages()) {
                String file = shown.apply(page.file());
                switch (page.status()) {
                    case "outdated" -> out.append(String.format(Locale.ROOT,
                            "outdated  %s  changed: %s; the translator updates it, then: handbook translations mark %s%n",
                            file, page.changedSections().isEmpty() ? "title or description"
                                    : String.join(", ", page.changedSections().stream().map(shown).toList()), file));
                    case "unmarked" -> out.append(String.format(Locale.ROOT,
                            "unmarked  %s  when it matches its source: handbook translations mark %s%n", file, file));
                    case "missing" -> out.append(String.format(Locale.ROOT,
                            "missing   %s  not yet translated into %s: readers see this page instead%n",
                            file, shown.apply(book.language())));
                    default -> {
                    }
                }
            }
        }
        return out.toString();
    }
}
