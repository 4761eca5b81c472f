package org.handbook.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The page references a printed book gives, each beside the page its link really leads to: the
 * text under a link that ends in a reference ("Section 2.1 (p. 16)", "Table 1.1, p. 7") or is an
 * index entry's page or range ("31–33,"), and the number of the page its destination is on (a
 * range's first).
 */
final class PrintedPageReferencesReader {

    /** A page reference at the end of a link's text, in any of the default theme's wordings. */
    private static final Pattern REFERENCE = Pattern.compile("(?:p\\.|หน้า|hlm\\.|tr\\.)[\\s\\u00a0](\\d+)\\)?[.,;:)]*\\s*$");
    /** An index entry's page or range, with the punctuation after it. */
    private static final Pattern INDEX_PAGE = Pattern.compile("^(\\d+)(?:–\\d+)?[.,;:]?$");

    /** @param printed the page the text names; @param leadsTo the 1-based page the link's destination is on */
    record Reference(int page, String text, int printed, int leadsTo) {
    }

    private PrintedPageReferencesReader() {
    }

    static List<Reference> of(PDDocument document) throws IOException {
        // The index closes the book: its opening is the last bookmark's page.
        PDOutlineItem last = document.getDocumentCatalog().getDocumentOutline().getLastChild();
        int indexOpening = document.getPages().indexOf(last.findDestinationPage(document)) + 1;
        List<Reference> references = new ArrayList<>();
        for (int index = 0; index < document.getNumberOfPages(); index++) {
            PDPage page = document.getPage(index);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && destination(link) != null) {
                    PDRectangle box = link.getRectangle();
                    float height = page.getMediaBox().getHeight();
                    // A little wider than the link: the stripper leaves out a glyph whose middle is not inside.
                    stripper.addRegion(Integer.toString(links.size()), new Rectangle2D.Float(box.getLowerLeftX() - 1.5f,
                            height - box.getUpperRightY(), box.getWidth() + 3f, box.getHeight()));
                    links.add(link);
                }
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String text = stripper.getTextForRegion(Integer.toString(i)).strip();
                Matcher reference = REFERENCE.matcher(text);
                if (!reference.find() && index + 1 >= indexOpening) {
                    reference = INDEX_PAGE.matcher(text);
                }
                if (reference.find(0)) {
                    int leadsTo = document.getPages().indexOf(destination(links.get(i)).getPage()) + 1;
                    references.add(new Reference(index + 1, text, Integer.parseInt(reference.group(1)), leadsTo));
                }
            }
        }
        return references;
    }

    private static PDPageDestination destination(PDAnnotationLink link) throws IOException {
        if (link.getDestination() instanceof PDPageDestination destination) {
            return destination;
        }
        if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination destination) {
            return destination;
        }
        return null;
    }
}
