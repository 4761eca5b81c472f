package org.handbook.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.config.Edition;
import org.handbook.config.HandbookConfig;
import org.handbook.config.ImprintSettings;
import org.handbook.config.PdfSettings;
import org.handbook.link.LinkedBook;
import org.handbook.model.LanguageTag;
import org.handbook.render.page.EditionCitation;
import org.handbook.render.page.ReaderDates;

/**
 * What the imprint page of one book states beyond its title, edition, author, publisher and
 * ISBN: its licence, how to cite it, a disclaimer and its printing history, in the book's
 * language. What handbook.yml leaves out is said in the theme's words, and never invented: no
 * licence stated says so; the citation is made from the title, the edition, its year and the
 * edition's address; the printing history without printings is the list of editions so far.
 */
final class ImprintModel {

    private final HandbookConfig config;
    private final LinkedBook book;
    private final LanguageTag language;
    private final Map<String, String> strings;
    private final ReaderDates dates;

    ImprintModel(HandbookConfig config, LinkedBook book, Map<String, String> strings) {
        this.config = config;
        this.book = book;
        this.language = book.language().tag();
        this.strings = strings;
        this.dates = new ReaderDates(language.value());
    }

    /** The template's {@code print.imprint}: {@code licence}, {@code cite}, {@code disclaimer}, {@code printing}. */
    Map<String, Object> model() {
        ImprintSettings imprint = config.pdf().imprint();
        return Map.of(
                "licence", stated(imprint.licence()).orElse(string("imprint.licence.none",
                        "No licence has been stated for this edition. Ask the publisher for permission before "
                        + "reproducing or adapting it.")),
                "cite", citation(),
                "disclaimer", stated(imprint.disclaimer()).orElse(string("imprint.disclaimer.default",
                        "This handbook is guidance for practitioners, not legal advice. It describes treaties and laws without "
                        + "replacing them: where it differs from them, the treaties and laws prevail.")),
                "printing", printing(imprint));
    }

    /** How to cite the edition, as the home page gives it too ({@link EditionCitation}). */
    private String citation() {
        return EditionCitation.of(config, book, strings);
    }

    /**
     * The printing history, one line each: the printings handbook.yml lists (of this edition or
     * an earlier one, or of every edition), or its text; else the editions up to this one.
     */
    private List<String> printing(ImprintSettings imprint) {
        if (!imprint.printingText().isEmpty()) {
            return List.of(PdfSettings.in(imprint.printingText(), language));
        }
        List<Edition> sofar = new ArrayList<>();
        for (Edition edition : config.editions()) {
            sofar.add(edition);
            if (edition.id().equals(book.edition().id())) {
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        if (imprint.printings().isEmpty()) {
            sofar.forEach(edition -> lines.add(line(edition.title(language), edition.date())));
            return lines;
        }
        for (ImprintSettings.Printing printing : imprint.printings()) {
            if (printing.edition().map(id -> sofar.stream().anyMatch(edition -> edition.id().equals(id))).orElse(true)) {
                lines.add(line(PdfSettings.in(printing.note(), language), Optional.of(printing.date())));
            }
        }
        return lines;
    }

    /** "Second printing, with corrections, 1 March 2027"; the date alone without words, the words alone without a date. */
    private String line(String text, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return text;
        }
        String day = dates.text(date.get().toString());
        return text.isEmpty() ? day : string("imprint.printing.entry", "{text}, {date}")
                .replace("{text}", text).replace("{date}", day);
    }

    private Optional<String> stated(Map<LanguageTag, String> texts) {
        return Optional.of(PdfSettings.in(texts, language)).filter(text -> !text.isBlank());
    }

    private String string(String key, String fallback) {
        return strings.getOrDefault(key, fallback);
    }
}
