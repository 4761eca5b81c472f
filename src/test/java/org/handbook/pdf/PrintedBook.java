package org.handbook.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handbook.pdf.PrintedPageLines.Line;

/**
 * A print PDF read back as a book: its lines, its text block, and where each of its sections (the
 * chapters, profiles and index its bookmarks lead to) opens, known by its first-level heading.
 */
final class PrintedBook {

    /**
     * A section that starts a new page.
     *
     * @param part the title of the part it belongs to, such as the country profiles; empty for a chapter
     */
    record Opening(int page, String title, Optional<String> part) {
    }

    final PDDocument document;
    final List<List<Line>> pages;
    final PrintedTextBlock block;
    final String title;
    /** The sections by the page they open on. */
    final TreeMap<Integer, Opening> openings = new TreeMap<>();

    PrintedBook(PDDocument document) throws IOException {
        this.document = document;
        this.pages = PrintedPageLines.of(document);
        this.block = PrintedTextBlock.of(pages, document.getPage(0).getMediaBox().getWidth());
        this.title = document.getDocumentInformation().getTitle();
        List<Opening> bookmarked = new ArrayList<>();
        bookmarks(document.getDocumentCatalog().getDocumentOutline(), Optional.empty(), bookmarked);
        if (bookmarked.isEmpty()) {
            throw new AssertionError("the PDF has no bookmarks");
        }
        // A first-level heading is the largest type on the page its first chapter opens on; a part's title is as large or larger.
        float headingSize = (float) pages.get(bookmarked.get(0).page() - 1).stream().mapToDouble(Line::size).max().orElse(0);
        Map<String, Opening> byTitle = new TreeMap<>();
        bookmarked.forEach(opening -> byTitle.putIfAbsent(letters(opening.title()), opening));
        for (int page = 2; page <= pages.size(); page++) {
            String heading = String.join(" ", pages.get(page - 1).stream()
                    .filter(line -> line.size() > headingSize - 0.1f).map(Line::text).toList());
            Opening opening = byTitle.get(letters(heading));
            if (opening != null) {
                openings.put(page, new Opening(page, opening.title(), opening.part()));
            }
        }
    }

    /**
     * A text's letters, marks and figures, in order of their code points and without spaces, to
     * compare a text with what the PDF reads back: the glyphs of shaped Thai come back in the order
     * they were drawn, a vowel mark before the consonant it stands over, and with a space where a
     * shaped run starts; a Thai or Lao sara am comes back as the two glyphs drawn for it, its
     * compatibility decomposition.
     */
    static String letters(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private void bookmarks(PDOutlineNode node, Optional<String> part, List<Opening> into) throws IOException {
        for (PDOutlineItem item : node.children()) {
            var page = item.findDestinationPage(document);
            if (page != null) {
                into.add(new Opening(document.getPages().indexOf(page) + 1, item.getTitle(), part));
            }
            bookmarks(item, Optional.of(item.getTitle()), into);
        }
    }

    List<Line> lines(int page) {
        return pages.get(page - 1);
    }

    /** The first page a section opens on: the pages before it are the front matter. */
    int firstOpening() {
        return openings.firstKey();
    }

    /** The section a page belongs to: the last one opened on it or before it. */
    Opening sectionOf(int page) {
        return openings.floorEntry(page).getValue();
    }

    /** Whether a part opens on this page: a title the sections after it belong to, such as the country profiles'. */
    boolean isPartTitle(int page) {
        Opening opening = openings.get(page);
        return opening != null && openings.values().stream().anyMatch(other -> other.part().equals(Optional.of(opening.title())));
    }

    boolean isBlank(int page) {
        return lines(page).isEmpty();
    }

    /** The pages of the sections' text: past the front matter, neither an opening nor blank. */
    List<Integer> runningPages() {
        List<Integer> running = new ArrayList<>();
        for (int page = firstOpening(); page <= pages.size(); page++) {
            if (!openings.containsKey(page) && !isBlank(page)) {
                running.add(page);
            }
        }
        return running;
    }

    /** Pictures of pages side by side, a left-hand page and the right-hand page facing it, for a reader to look at. */
    void writeSpread(Path png, int versoPage) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        BufferedImage verso = renderer.renderImageWithDPI(versoPage - 1, 60);
        BufferedImage recto = renderer.renderImageWithDPI(versoPage, 60);
        BufferedImage spread = new BufferedImage(verso.getWidth() + recto.getWidth() + 2, verso.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = spread.createGraphics();
        graphics.setColor(Color.GRAY);
        graphics.fillRect(0, 0, spread.getWidth(), spread.getHeight());
        graphics.drawImage(verso, 0, 0, null);
        graphics.drawImage(recto, verso.getWidth() + 2, 0, null);
        graphics.dispose();
        Files.createDirectories(png.getParent());
        ImageIO.write(spread, "png", png.toFile());
    }
}
