package org.handbook.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Gives every link annotation a {@code /Contents} text, which PDF/UA asks for and the engine does
 * not write: the address of a link that leaves the document, else the page number it leads to.
 */
final class LinkContents {

    private LinkContents() {
    }

    static void describe(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(description(document, link));
                }
            }
        }
    }

    private static String description(PDDocument document, PDAnnotationLink link) throws IOException {
        if (link.getAction() instanceof PDActionURI uri) {
            return uri.getURI();
        }
        Object target = link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
        if (target instanceof PDPageDestination destination) {
            int page = destination.retrievePageNumber();
            return page >= 0 ? "→ " + (page + 1) : "→";
        }
        return "→";
    }
}
