package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The front matter of the print PDFs: the cover (page 1), its blank verso, the half-title (page
 * 3, a recto), the imprint (page 4, its verso) and the contents from page 5, read back page by
 * page. The {@code print-front} fixture sets every key the imprint reads; {@code print-front-defaults}
 * sets none, nor a baseUrl or an edition date, so the imprint says what the theme says in their
 * place. The pages are kept as images in {@code target/front-matter/} for a person to look at.
 */
class PdfFrontMatterTest {

    private static final int COVER = 1;
    private static final int BLANK = 2;
    private static final int HALF_TITLE = 3;
    private static final int IMPRINT = 4;
    private static final int CONTENTS = 5;

    @TempDir
    static Path temp;

    private static BuildResult stated;
    private static BuildResult unstated;

    @BeforeAll
    static void buildBoth() throws Exception {
        stated = Handbook.build(BuildRequest.build(TestHandbooks.copy("print-front", temp.resolve("stated")),
                Optional.of(temp.resolve("stated-site"))), Progress.NONE);
        unstated = Handbook.build(BuildRequest.build(TestHandbooks.copy("print-front-defaults", temp.resolve("unstated")),
                Optional.of(temp.resolve("unstated-site"))), Progress.NONE);
    }

    @Test
    void bothBuildWithoutErrors() {
        assertThat(stated.diagnostics()).filteredOn(diagnostic -> diagnostic.severity() == Severity.ERROR).isEmpty();
        assertThat(unstated.diagnostics()).filteredOn(diagnostic -> diagnostic.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void theCoverNamesTitleEditionDateAndPublisherAndItsVersoIsBlank() throws IOException {
        List<String> pages = pages("stated-site/en/2026/handbook-en-2026.pdf");
        assertThat(lines(pages, COVER)).containsSubsequence("Second edition", "1 March 2026", "Example Press, Bangkok");
        assertThat(oneLine(pages, COVER)).startsWith("Cooperation Handbook");
        assertThat(pages.get(BLANK - 1).replace('\u00A0', ' ')).as("the cover's verso: no text, no page number").isBlank();
    }

    @Test
    void theHalfTitleIsTheTitleAloneOnARightHandPage() throws IOException {
        List<String> pages = pages("stated-site/en/2026/handbook-en-2026.pdf");
        assertThat(HALF_TITLE % 2).isEqualTo(1);
        assertThat(oneLine(pages, HALF_TITLE)).isEqualTo("Cooperation Handbook");
    }

    @Test
    void theImprintStatesEveryKeyTheHandbookSets() throws IOException {
        String imprint = oneLine(pages("stated-site/en/2026/handbook-en-2026.pdf"), IMPRINT);
        assertThat(imprint).containsSubsequence("Cooperation Handbook", "Second edition · 1 March 2026",
                "Author The Working Group of the Fixture", "Publisher Example Press, Bangkok", "ISBN 978-0-306-40615-7",
                "Licence Creative Commons Attribution 4.0 International (CC BY 4.0)", "How to cite this edition",
                "Disclaimer The views set out here are those of the working group and are offered as practical guidance only.",
                "Printing history First edition, first printing, 2 May 2024", "Second edition, first printing, 1 March 2026",
                "15 September 2026");
        // The address may break at the end of a line, where the text read back has a space.
        assertThat(withoutSpaces(imprint)).contains(withoutSpaces(
                "How to cite this edition Cooperation Handbook, Second edition (2026), https://handbook.cooperation.dev/en/2026/"));
        assertThat(imprint).doesNotContain("No licence has been stated", "not legal advice");
    }

    @Test
    void anEarlierEditionsImprintListsNoLaterPrinting() throws IOException {
        String imprint = oneLine(pages("stated-site/en/2024/handbook-en-2024.pdf"), IMPRINT);
        assertThat(imprint).contains("First edition · 2 May 2024", "Printing history First edition, first printing, 2 May 2024");
        assertThat(withoutSpaces(imprint)).contains(withoutSpaces("Cooperation Handbook, First edition (2024), https://handbook.cooperation.dev/en/2024/"));
        assertThat(imprint).as("no ISBN was given to the first edition").doesNotContain("ISBN", "Second edition", "2026");
    }

    @Test
    void anotherLanguageGetsItsOwnTextsAndTheThemesWordsForThem() throws IOException {
        String imprint = oneLine(pages("stated-site/th/2026/handbook-th-2026.pdf"), IMPRINT);
        assertThat(imprint).contains("สัญญาอนุญาต", "สัญญาอนุญาตครีเอทีฟคอมมอนส์แบบแสดงที่มา 4.0 (CC BY 4.0)",
                "วิธีอ้างอิงฉบับนี้", "(2026) สืบค้นจาก https://", "สำนักพิมพ์ตัวอย่าง กรุงเทพฯ", "ฉบับพิมพ์ครั้งที่สอง พิมพ์ครั้งแรก 1 มีนาคม พ.ศ. 2569",
                // No Thai disclaimer is given: the default language's stands in for it.
                "The views set out here are those of the working group");
        assertThat(withoutSpaces(imprint))
                .contains(withoutSpaces("คู่มือความร่วมมือ ฉบับพิมพ์ครั้งที่สอง (2026) สืบค้นจาก https://handbook.cooperation.dev/th/2026/"));
    }

    @Test
    void whatTheHandbookDoesNotStateTheImprintSaysInTheThemesWordsAndInventsNothing() throws IOException {
        List<String> pages = pages("unstated-site/en/1/handbook-en-1.pdf");
        assertThat(lines(pages, COVER)).containsExactly("Cooperation Handbook", "Working draft");
        assertThat(oneLine(pages, HALF_TITLE)).isEqualTo("Cooperation Handbook");
        String imprint = oneLine(pages, IMPRINT);
        assertThat(imprint).containsSubsequence("Cooperation Handbook", "Working draft",
                "Licence No licence has been stated for this edition. Ask the publisher for permission before reproducing or adapting it.",
                "How to cite this edition Cooperation Handbook, Working draft",
                "Disclaimer This handbook is guidance for practitioners, not legal advice.",
                "where it differs from them, the treaties and laws prevail.",
                "Printing history Working draft");
        assertThat(imprint).doesNotContain("Author", "Publisher", "ISBN", "All rights reserved", "http");
    }

    @Test
    void theContentsListChaptersAndSectionsAtBodySizeWithThePageEachBeginsOn() throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(temp.resolve("stated-site/en/2026/handbook-en-2026.pdf")))) {
            List<String> pages = PdfChecks.pageTexts(document);
            assertThat(pages.get(CONTENTS - 1)).startsWith("Contents");
            Map<String, Float> sizes = lineSizes(document, CONTENTS);
            int requests = startPage(pages, "1 Requests");
            float body = lineSizes(document, requests).entrySet().stream()
                    .filter(line -> line.getKey().startsWith("A request for help")).findFirst().orElseThrow().getValue();
            Matcher entry = Pattern.compile("(?m)^((?:\\d+\\.)?\\d+ [^.\\n]+?)[ .]*(\\d+)$").matcher(pages.get(CONTENTS - 1));
            List<String> checked = new ArrayList<>();
            while (entry.find()) {
                String label = entry.group(1);
                assertThat(Integer.parseInt(entry.group(2))).as(label).isEqualTo(startPage(pages, label));
                float size = sizes.entrySet().stream().filter(line -> line.getKey().startsWith(label)).findFirst()
                        .orElseThrow().getValue();
                assertThat(size).as("the size of %s", label).isCloseTo(body, within(0.5f));
                checked.add(label);
            }
            assertThat(checked).containsExactly("1 Requests", "1.1 Before a request", "1.2 What a request contains",
                    "1.3 Urgent requests", "1.4 Languages and translation", "1.5 Following a request", "2 Extradition",
                    "2.1 The legal basis", "2.2 Dual criminality", "2.3 Nationals", "2.4 Assurances");
            assertThat(startPage(pages, "1.5 Following a request")).as("the sections begin on several pages")
                    .isGreaterThan(requests);
        }
    }

    /**
     * Titles of every length, one word longer at a time: whichever fills its line, its dots and page
     * number stay together after it (a title that ran into the number's room once crashed the print),
     * and no number is left on a line of its own.
     */
    @Test
    void aContentsEntryOfAnyLengthKeepsItsPageNumberBesideItsDots(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-front-defaults", workspace.resolve("handbook"));
        StringBuilder chapter = new StringBuilder("---\nid: titles\ntitle: Titles of every length\n---\n");
        String[] words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma".split(" ");
        for (int length = 3; length <= 60; length++) {
            StringBuilder title = new StringBuilder("Heading");
            for (int word = 0; title.length() < length; word++) {
                title.append(' ').append(words[word % words.length]);
            }
            chapter.append("\n## ").append(title.substring(0, length).strip()).append(" {#t").append(length).append("}\n\nText.\n");
        }
        TestHandbooks.write(handbook.resolve("chapters/en/02-titles.md"), chapter.toString());

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.hasErrors()).isFalse();
        Path pdf = workspace.resolve("site/en/1/handbook-en-1.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            List<String> pages = PdfChecks.pageTexts(document);
            int first = pages.indexOf(pages.stream().filter(page -> page.startsWith("Contents")).findFirst().orElseThrow()) + 1;
            int body = startPage(pages, "1 Requests");
            List<String> alone = new ArrayList<>();
            for (String page : pages.subList(first - 1, body - 1)) {
                List<String> lines = page.lines().filter(line -> !line.isBlank()).toList();
                // The last line is the folio.
                lines.subList(0, lines.size() - 1).stream().filter(line -> line.strip().matches("\\d+")).forEach(alone::add);
            }
            assertThat(alone).as("page numbers on a line of their own").isEmpty();
            long numbered = pages.subList(first - 1, body - 1).stream().flatMap(String::lines)
                    .filter(line -> line.matches(".*[\\p{L}.][ .]*\\d+")).count();
            // Two chapters, the first one's two sections and the 58 titles.
            assertThat(numbered).as("entries ending in dots and their page").isEqualTo(2 + 2 + 58);
        }
    }

    @Test
    void veraPdfFindsTheFrontMatterArchivalAndAccessible() throws Exception {
        for (String pdf : List.of("stated-site/en/2026/handbook-en-2026.pdf", "stated-site/th/2026/handbook-th-2026.pdf",
                "unstated-site/en/1/handbook-en-1.pdf")) {
            byte[] bytes = Files.readAllBytes(temp.resolve(pdf));
            assertThat(PdfChecks.veraPdfFailures(bytes, PDFAFlavour.PDFA_2_U)).as(pdf).isEmpty();
            assertThat(PdfChecks.veraPdfFailures(bytes, PDFAFlavour.PDFUA_1)).as(pdf).isEmpty();
        }
    }

    @Test
    void aCharacterNoPrintFontHasIsAnErrorNotABlankOnTheImprint(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-front-defaults", workspace.resolve("handbook"));
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "  languages: [en]\n",
                "  languages: [en]\n  licence: \"Licence \uD80C\uDC00\"\n");
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).extracting(Diagnostic::code).contains("HB-PDF-GLYPH");
        assertThat(built.diagnostics()).filteredOn(diagnostic -> diagnostic.code().equals("HB-PDF-GLYPH"))
                .extracting(Diagnostic::message).allSatisfy(message -> assertThat(message).contains("U+13000", "imprint"));
    }

    @Test
    void theFrontMatterIsKeptAsImagesToLookAt() throws IOException {
        Path images = Path.of("target", "front-matter");
        Files.createDirectories(images);
        Map<String, List<Integer>> kept = new LinkedHashMap<>();
        kept.put("stated-site/en/2026/handbook-en-2026.pdf", List.of(COVER, HALF_TITLE, IMPRINT, CONTENTS));
        kept.put("stated-site/th/2026/handbook-th-2026.pdf", List.of(COVER, IMPRINT));
        kept.put("unstated-site/en/1/handbook-en-1.pdf", List.of(COVER, IMPRINT));
        for (Map.Entry<String, List<Integer>> pdf : kept.entrySet()) {
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(temp.resolve(pdf.getKey())))) {
                String name = pdf.getKey().replaceAll(".*/(handbook-[^/]+)\\.pdf", "$1");
                for (int page : pdf.getValue()) {
                    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 80);
                    ImageIO.write(image, "png", images.resolve(name + "-page-" + page + ".png").toFile());
                }
            }
        }
        assertThat(images.resolve("handbook-en-2026-page-1.png")).exists();
    }

    private static List<String> pages(String pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(temp.resolve(pdf)))) {
            return PdfChecks.pageTexts(document);
        }
    }

    /** A page's lines, each with its spaces (dates hold no-break spaces) as single spaces. */
    private static List<String> lines(List<String> pages, int page) {
        return pages.get(page - 1).lines().map(PdfFrontMatterTest::spaced).filter(line -> !line.isEmpty()).toList();
    }

    /** A page's text as running text: where its lines break depends on the page's width. */
    private static String oneLine(List<String> pages, int page) {
        return spaced(pages.get(page - 1));
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\u00A0]+", " ").strip();
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\u00A0]+", "");
    }

    /** The page a chapter or section begins on: the first after the contents with a line reading {@code label}. */
    private static int startPage(List<String> pages, String label) {
        for (int page = CONTENTS + 1; page <= pages.size(); page++) {
            if (pages.get(page - 1).lines().map(PdfFrontMatterTest::spaced).anyMatch(label::equals)) {
                return page;
            }
        }
        throw new AssertionError("no page after the contents names " + label);
    }

    /** Each line of a page, with the size of the type it is set in (the largest on the line). */
    private static Map<String, Float> lineSizes(PDDocument document, int page) throws IOException {
        Map<String, Float> sizes = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder line = new StringBuilder();
            private float size;

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                line.append(text);
                size = Math.max(size, positions.stream().map(TextPosition::getFontSizeInPt).reduce(0f, Math::max));
            }

            @Override
            protected void writeWordSeparator() {
                line.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                if (!line.toString().isBlank()) {
                    sizes.merge(line.toString().strip(), size, Math::max);
                }
                line.setLength(0);
                size = 0;
            }

            @Override
            protected void writePageEnd() {
                writeLineSeparator();
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return sizes;
    }
}
