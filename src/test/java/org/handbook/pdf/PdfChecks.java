package org.handbook.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** What tests read out of a PDF: each page's text, where a chapter starts, what veraPDF finds wrong. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The text of each page, top to bottom (the running head first, the page number last). */
    public static List<String> pageTexts(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document).strip());
        }
        return pages;
    }

    /**
     * The 1-based number of the page a chapter starts on: the first page after the contents that
     * has a line reading {@code label} (its heading; the right-hand pages' running head names it from then on).
     */
    public static int startPage(List<String> pages, String label) {
        int contents = 0;
        while (contents < pages.size() && !pages.get(contents).contains("Contents")) {
            contents++;
        }
        for (int i = contents + 1; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(line -> line.equals(label))) {
                return i + 1;
            }
        }
        throw new AssertionError("no page names " + label);
    }

    /** The rules veraPDF finds broken for {@code flavour} ("7.18.5-2: …"); empty when the PDF conforms. */
    public static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
