package org.handbook.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.handbook.pdf.shape.DictionaryLineBreaker;
import org.handbook.pdf.shape.DrawnGlyphs;
import org.handbook.pdf.shape.ShapingTextRenderer;
import org.handbook.pdf.shape.UnicodeMaps;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;

/**
 * Turns a print document (XHTML) into PDF bytes, and makes them the same for the same sources:
 * the dates are the edition's (or none), and the document id is a hash of the content.
 */
final class PdfWriter {

    private static final String PRODUCER = "handbook";
    /** Layouts of a book at most: the first whose page references all hold prints, or the last. */
    private static final int LAYOUTS = 3;
    /** The page a reference gives in the first layout, before any page is known: a book's pages mostly have two figures. */
    private static final int PROVISIONAL_PAGE = 99;

    static {
        // The engine logs every font it loads; diagnostics are how the build speaks.
        XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {
    }

    /**
     * What the document says of itself.
     *
     * @param author empty when the handbook names none
     * @param date   the edition's date, when it has one
     */
    record Metadata(String title, String author, String language, Optional<LocalDate> date) {

        /** The document information must say what the XMP says, and the XMP holds only what XML can. */
        Metadata {
            title = XmlCharacters.only(title);
            author = XmlCharacters.only(author);
            language = XmlCharacters.only(language);
        }
    }

    /** @param words how the book words the page a cross-reference leads to */
    static Written write(String xhtml, PrintFonts fonts, Metadata about, PageReferenceWords words) throws IOException {
        org.jsoup.nodes.Document html = Jsoup.parse(xhtml);
        // After parsing, as character references are decoded then; the engine copies the title and
        // meta elements into the XMP metadata.
        XmlCharacters.keepOnlyXml(html);
        EmbeddedResourcesOnly resources = new EmbeddedResourcesOnly();
        settlePages(html, fonts, resources, words);
        Optional<Element> index = IndexColumns.unarranged(html);
        IndexColumns.arrange(html, fonts, resources);
        Printed printed = print(html, fonts, resources, words, index);
        try (PDDocument document = Loader.loadPDF(printed.bytes())) {
            UnicodeMaps.complete(document, printed.drawn());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(about.title());
            info.setAuthor(about.author().isEmpty() ? null : about.author());
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            PdfIdentity.setDates(info, about.date());
            document.getDocumentCatalog().setLanguage(about.language());
            PdfIdentity.writeXmp(document, metadata(document, about));
            LinkContents.describe(document);
            // PDFBox makes up an id when there is none: the content's hash instead.
            PdfIdentity.setId(document, PdfIdentity.contentId(document));
            return new Written(PdfIdentity.save(document), document.getNumberOfPages(), resources.refused());
        }
    }

    /** The engine's PDF, and the glyphs it drew shaped, for which the PDF needs Unicode maps. */
    private record Printed(byte[] bytes, DrawnGlyphs drawn) {
    }

    /**
     * Lays the book out and prints it, once the page references and the index's pages it gives
     * are the pages this layout puts their targets on: a number written after an earlier layout
     * is a little wider or narrower than the one it replaced and may move a line, and with it a
     * page. A layout that moves none prints; the last one allowed prints whatever it moved.
     */
    private static Printed print(org.jsoup.nodes.Document html, PrintFonts fonts, EmbeddedResourcesOnly resources,
            PageReferenceWords words, Optional<Element> unarrangedIndex) throws IOException {
        // How much less room the index's columns get than measured, once a layout showed them too tall.
        int shortenedBy = 0;
        for (int layout = 1; ; layout++) {
            ByteArrayOutputStream rendered = new ByteArrayOutputStream();
            PdfRendererBuilder builder = builder(html, fonts, resources);
            builder.toStream(rendered);
            DrawnGlyphs drawn = new DrawnGlyphs();
            try (PdfBoxRenderer renderer = renderer(builder, fonts, drawn)) {
                renderer.layout();
                TrialLayout printing = TrialLayout.of(renderer);
                // Both, so that every number that moved is written again.
                boolean references = layout < LAYOUTS && PrintedPageReferences.write(html, words, printing::printedPage);
                boolean index = layout < LAYOUTS && IndexLocators.number(html, printing::printedPage);
                int shortfall = layout < LAYOUTS ? IndexColumns.shortfall(html, printing) : 0;
                if (index || shortfall > 0) {
                    shortenedBy += shortfall;
                    int shortened = shortenedBy;
                    unarrangedIndex.ifPresent(unarranged ->
                            IndexColumns.rearrange(html, unarranged, printing::printedPage, fonts, resources, shortened));
                }
                boolean moved = references || index || shortfall > 0;
                if (!moved) {
                    renderer.createPDF();
                    return new Printed(rendered.toByteArray(), drawn);
                }
            }
        }
    }

    /** @param refused the addresses the document names that were not loaded, since a build fetches nothing */
    record Written(byte[] bytes, int pages, SortedSet<String> refused) {
    }

    static PdfRendererBuilder builder(org.jsoup.nodes.Document html, PrintFonts fonts, EmbeddedResourcesOnly resources) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        resources.guard(builder);
        builder.useFastMode();
        builder.withProducer(PRODUCER);
        // Archival (PDF/A-2u: fonts embedded, Unicode text, sRGB) and accessible (PDF/UA-1: tagged).
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(PdfIdentity.srgb());
        builder.usePdfUaAccessibility(true);
        fonts.register(builder);
        // SVG drawings, drawn as vectors; what they may hold was checked when they were read, and
        // the drawer runs no script and loads nothing all the same.
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useUnicodeLineBreaker(new DictionaryLineBreaker());
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
        return builder;
    }

    /** The engine's renderer, drawing text in scripts that need it shaped. */
    static PdfBoxRenderer renderer(PdfRendererBuilder builder, PrintFonts fonts, DrawnGlyphs drawn) {
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        renderer.getSharedContext().setTextRenderer(new ShapingTextRenderer(fonts::shaper, drawn));
        return renderer;
    }

    /**
     * Lays the book out once, before the layout that prints, to put in the blank pages that make
     * chapters open on the right ({@link RightHandStarts}) and to write the page numbers of the
     * subject index ({@link IndexLocators}) and of cross-references ({@link PrintedPageReferences}),
     * which the blank pages move.
     */
    private static void settlePages(org.jsoup.nodes.Document html, PrintFonts fonts, EmbeddedResourcesOnly resources,
            PageReferenceWords words) {
        if (!RightHandStarts.any(html) && !IndexLocators.any(html) && !PrintedPageReferences.any(html)) {
            return;
        }
        // Laid out with a page of the usual width in each reference, so that the numbers written
        // after it rarely move a line.
        PrintedPageReferences.write(html, words, id -> OptionalInt.of(PROVISIONAL_PAGE));
        try (TrialLayout trial = new TrialLayout(html, fonts, resources)) {
            RightHandStarts.PageShift shift = RightHandStarts.insertBlanks(html, trial);
            Function<String, OptionalInt> printedPage = id -> trial.box(id)
                    .map(box -> OptionalInt.of(shift.printed(trial.page(box), trial.number(box))))
                    .orElse(OptionalInt.empty());
            IndexLocators.number(html, printedPage);
            PrintedPageReferences.write(html, words, printedPage);
        }
    }

    /**
     * The engine's XMP metadata (with its PDF/A and PDF/UA claims), with the edition's date (or
     * none) where the engine wrote the time of the build, which would make every build differ;
     * the document information above must say the same.
     */
    private static XMPMetadata metadata(PDDocument document, Metadata about) throws IOException {
        XMPMetadata xmp = PdfIdentity.readXmp(document);
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
            basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreatorTool(PRODUCER);
        PdfIdentity.setDates(basic, about.date());
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        if (dc == null) {
            dc = xmp.createAndAddDublinCoreSchema();
        }
        dc.setTitle(about.title());
        if (dc.getLanguages() == null || dc.getLanguages().isEmpty()) {
            dc.addLanguage(about.language());
        }
        // The engine takes the creator from the print template's meta element; the document
        // information's author, which PDF/A requires to match, is the handbook's.
        for (String creator : dc.getCreators() == null ? List.<String>of() : List.copyOf(dc.getCreators())) {
            dc.removeCreator(creator);
        }
        if (!about.author().isEmpty()) {
            dc.addCreator(about.author());
        }
        AdobePDFSchema pdf = xmp.getAdobePDFSchema();
        if (pdf == null) {
            pdf = xmp.createAndAddAdobePDFSchema();
        }
        pdf.setProducer(PRODUCER);
        return xmp;
    }
}
