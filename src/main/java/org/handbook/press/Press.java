package org.handbook.press;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.handbook.config.AccentColour;
import org.handbook.config.HandbookConfig;
import org.handbook.config.PdfSettings;
import org.handbook.config.PressSettings;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;
import org.handbook.pdf.LooseSheets;
import org.handbook.render.Manifest;
import org.handbook.render.OutputSink;
import org.handbook.render.theme.Theme;

/**
 * Writes, when the handbook asks for them ({@code pdf.press}), a press PDF and a cover beside each
 * print PDF already written: {@code handbook-en-2026-press.pdf} and {@code handbook-en-2026-cover.pdf}.
 */
public final class Press {

    private static final String CODE = "HB-PRESS";

    private final LinkedHandbook handbook;
    private final LooseSheets sheets;
    private final PressSettings settings;
    private final Optional<OutputProfile> profile;
    private final Optional<LocalDate> sourceDate;

    private Press(LinkedHandbook handbook, Theme theme, PressSettings settings, Optional<OutputProfile> profile,
                  Optional<LocalDate> sourceDate) {
        this.handbook = handbook;
        this.sheets = new LooseSheets(theme);
        this.settings = settings;
        this.profile = profile;
        this.sourceDate = sourceDate;
    }

    /**
     * Writes the printer's files of each book in {@code books} into {@code sink}; returns
     * {@code books} followed by what the manifest lists of them.
     *
     * @param folder     where {@code books} were written, to read them back from
     * @param sourceDate the date of a book whose edition has none ({@code SOURCE_DATE_EPOCH}); the
     *                   day of the build when empty, as PDF/X requires a date
     */
    public static List<Manifest.PdfEntry> render(LinkedHandbook handbook, Theme theme, List<Manifest.PdfEntry> books,
                                                 Path folder, OutputSink sink, Diagnostics diagnostics,
                                                 Optional<LocalDate> sourceDate) {
        Optional<PressSettings> settings = handbook.config().pdf().press();
        if (settings.isEmpty()) {
            return books;
        }
        Optional<Optional<OutputProfile>> profile = profile(handbook.config(), settings.get(), diagnostics);
        if (profile.isEmpty() || books.isEmpty()) {
            return books;
        }
        Press press = new Press(handbook, theme, settings.get(), profile.get(), sourceDate);
        List<Manifest.PdfEntry> pressed = books.parallelStream()
                .flatMap(book -> press.write(book, folder, sink).stream())
                .toList();
        return Stream.concat(books.stream(), pressed.stream()).toList();
    }

    /** Checks what the printer's files would be made with, as a build that prints nothing does. */
    public static void check(HandbookConfig config, Diagnostics diagnostics) {
        config.pdf().press().ifPresent(settings -> profile(config, settings, diagnostics));
    }

    /**
     * The press's output profile: empty inside when the handbook names none (reported, as the press
     * PDF then claims no PDF/X), empty when the file it names cannot be one (reported).
     */
    private static Optional<Optional<OutputProfile>> profile(HandbookConfig config, PressSettings settings,
                                                             Diagnostics diagnostics) {
        if (settings.outputProfile().isEmpty()) {
            diagnostics.warning(settings.profilePosition(), CODE + "-NOT-PDFX",
                    "the press PDFs name no printing condition, so they cannot claim PDF/X-4",
                    "ask the printer for the ICC output profile of their press and paper and name it as pdf.press.outputProfile;"
                            + " until then the press PDFs have bleed and crop marks but no PDF/X output intent");
            return Optional.of(Optional.empty());
        }
        Path file = settings.outputProfile().get();
        String problem;
        try {
            return Optional.of(Optional.of(OutputProfile.read(Files.readAllBytes(config.root().resolve(file)))));
        } catch (NoSuchFileException e) {
            problem = "there is no file '" + file + "' in the handbook";
        } catch (IOException e) {
            problem = "'" + file + "' cannot be read: " + e.getMessage();
        } catch (OutputProfile.NotUsable e) {
            problem = "'" + file + "' " + e.getMessage();
        }
        diagnostics.error(settings.profilePosition(), CODE + "-PROFILE", problem,
                "name the ICC output profile your printer gave you for their press and paper (CMYK, such as"
                        + " PSOcoated_v3.icc, or the RGB or grey profile of a digital press)");
        return Optional.empty();
    }

    private List<Manifest.PdfEntry> write(Manifest.PdfEntry entry, Path folder, OutputSink sink) {
        LinkedBook book = handbook.books().stream()
                .filter(candidate -> candidate.language().tag().value().equals(entry.lang())
                        && candidate.edition().id().value().equals(entry.edition()))
                .findFirst().orElseThrow();
        SitePath printed = new SitePath(entry.url().substring(1));
        LocalDate date = book.edition().date().or(() -> sourceDate).orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        try {
            byte[] pages;
            PDRectangle trim;
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(folder.resolve(printed.value())))) {
                trim = document.getPage(0).getMediaBox();
                for (PDPage page : document.getPages()) {
                    TrimmedPage.prepare(document, page, page.getMediaBox(), settings.bleed(), List.of());
                }
                pages = PressIdentity.finish(document, profile, settings.outputCondition(), date, settings + " pages");
            }
            byte[] cover = cover(book, trim, entry.pages(), date);
            return List.of(put(sink, entry, beside(printed, "press"), pages, entry.pages()),
                    put(sink, entry, beside(printed, "cover"), cover, 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the press files of " + entry.lang() + "/" + entry.edition(), e);
        }
    }

    private static Manifest.PdfEntry put(OutputSink sink, Manifest.PdfEntry book, SitePath path, byte[] bytes, int pages) {
        sink.write(path, bytes);
        return Manifest.PdfEntry.of(path, book.lang(), book.edition(), pages, bytes);
    }

    private byte[] cover(LinkedBook book, PDRectangle trim, int pages, LocalDate date) throws IOException {
        HandbookConfig config = handbook.config();
        LanguageTag language = book.language().tag();
        PdfSettings pdf = config.pdf();
        String isbn = book.edition().isbn().get(language);
        Optional<Map.Entry<LanguageTag, String>> description = config.description(language);
        CoverSheet.Text text = new CoverSheet.Text(language.value(), config.title(language),
                pdf.runningTitle().getOrDefault(language, config.title(language)), book.edition().title(language),
                PdfSettings.in(pdf.author(), language), PdfSettings.in(pdf.publisher(), language),
                description.map(Map.Entry::getValue).orElse(""),
                description.map(entry -> entry.getKey().value()).orElse(language.value()), Optional.ofNullable(isbn));
        CoverSheet.Size size = new CoverSheet.Size(trim.getWidth(), trim.getHeight(), settings.bleed(), settings.spine(pages));
        String xhtml = CoverSheet.xhtml(text, size, config.theme().accent().map(AccentColour::hex),
                sheets.fontFamilies(), sheets::boldWidthPerPoint);
        byte[] laidOut = sheets.write(xhtml, text.title(), text.author(), language.value(), Optional.of(date));
        try (PDDocument document = Loader.loadPDF(laidOut)) {
            PDPage sheet = document.getPage(0);
            float bleed = (float) settings.bleed();
            PDRectangle media = sheet.getMediaBox();
            // From the sheet's top left corner, where the layout starts, and at the width worked
            // out rather than the laid-out page's, which the engine rounds.
            float width = (float) (2 * size.pageWidth() + size.spine());
            PDRectangle coverTrim = new PDRectangle(media.getLowerLeftX() + bleed,
                    media.getUpperRightY() - bleed - (float) size.pageHeight(), width, (float) size.pageHeight());
            double spineLeft = coverTrim.getLowerLeftX() + size.pageWidth();
            TrimmedPage.prepare(document, sheet, coverTrim, settings.bleed(), List.of(spineLeft, spineLeft + size.spine()));
            return PressIdentity.finish(document, profile, settings.outputCondition(), date, settings + " cover");
        }
    }

    /** {@code en/2026/handbook-en-2026-press.pdf} beside {@code en/2026/handbook-en-2026.pdf}. */
    private static SitePath beside(SitePath printed, String kind) {
        String value = printed.value();
        return new SitePath(value.substring(0, value.length() - ".pdf".length()) + "-" + kind + ".pdf");
    }
}
