package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.pdf.PrintedPageLines.Line;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Callouts and task lists of the {@code callouts} fixture as its English and Thai PDFs print them:
 * each callout's label in the book's language, in bold capitals smaller than the text, right above
 * its text; each task's box where the bullet would be, ticked when it is done.
 */
class PrintedCalloutsTest {

    /** Each callout's label as printed (English in capitals) and its text, in the order of the chapter. */
    private static final Map<String, Map<String, String>> CALLOUTS = Map.of(
            "en", ordered("NOTE", "A request may be sent before the suspect is found.",
                    "TIP", "Call the central authority before sending a long request: it will say what it needs.",
                    "IMPORTANT", "Every request names the offence and the law that makes it one.",
                    "WARNING", "A request sent through the wrong channel is returned unread, and the time it took is lost.",
                    "CAUTION", "Do not tell the suspect that a request has been made."),
            "th", ordered("หมายเหตุ", "อาจส่งคำร้องขอได้ก่อนที่จะพบตัวผู้ต้องสงสัย",
                    "ข้อแนะนำ", "ควรโทรศัพท์หาผู้ประสานงานกลางก่อนส่งคำร้องขอที่ยาว เพื่อสอบถามว่าต้องการสิ่งใดบ้าง",
                    "สำคัญ", "คำร้องขอทุกฉบับต้องระบุความผิดและกฎหมายที่บัญญัติให้เป็นความผิด",
                    "คำเตือน", "คำร้องขอที่ส่งผิดช่องทางจะถูกส่งคืนโดยไม่มีการพิจารณา และเสียเวลาไปโดยเปล่าประโยชน์",
                    "ข้อควรระวัง", "อย่าแจ้งให้ผู้ต้องสงสัยทราบว่ามีการส่งคำร้องขอ"));

    /** Each task's text, and whether it is done. */
    private static final Map<String, Map<String, String>> TASKS = Map.of(
            "en", ordered("Identify the central authority", "done",
                    "Translate the request into the language it accepts", "done",
                    "Sign it and add the seal of the office", "open",
                    "Send it, and keep the receipt", "open"),
            "th", ordered("ระบุผู้ประสานงานกลาง", "done",
                    "แปลคำร้องขอเป็นภาษาที่รัฐผู้รับยอมรับ", "done",
                    "ลงนามและประทับตราของหน่วยงาน", "open",
                    "ส่งคำร้องขอและเก็บหลักฐานการรับไว้", "open"));

    /** Pixels to the point, at which pages are looked at. */
    private static final float SCALE = 4;

    @TempDir
    static Path temp;

    private static BuildResult result;
    private static final Map<String, byte[]> pdfs = new LinkedHashMap<>();
    private static final Map<String, PDDocument> documents = new LinkedHashMap<>();
    private static final Map<String, List<List<Line>>> pages = new LinkedHashMap<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        result = Handbook.build(BuildRequest.build(TestHandbooks.fixture("callouts"), Optional.of(temp.resolve("site"))),
                Progress.NONE);
        for (String language : List.of("en", "th")) {
            byte[] pdf = Files.readAllBytes(temp.resolve("site/" + language + "/2026/handbook-" + language + "-2026.pdf"));
            pdfs.put(language, pdf);
            PDDocument document = Loader.loadPDF(pdf);
            documents.put(language, document);
            pages.put(language, PrintedPageLines.of(document));
        }
    }

    @AfterAll
    static void close() throws IOException {
        for (PDDocument document : documents.values()) {
            document.close();
        }
    }

    @Test
    void theFixturePrintsWithoutADiagnostic() {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void eachCalloutIsLabelledInTheBooksLanguageInSmallBoldTypeRightAboveItsText(String language) {
        CALLOUTS.get(language).forEach((label, text) -> {
            Placed title = find(language, label);
            Line first = pages.get(language).get(title.page() - 1).get(title.index() + 1);
            assertThat(holds(text, first.text())).as("the line under %s, %s, is the callout's text", label, first).isTrue();
            assertThat(title.line().glyphs()).as(label).allSatisfy(glyph -> assertThat(glyph.font()).contains("Bold"));
            assertThat(title.line().size()).as(label).isLessThan(first.size());
            assertThat(title.line().left()).as("%s stands over its text", label).isCloseTo(first.left(), within(0.5f));
        });
    }

    /** A chapter the Thai book shows in English, as it is not translated yet, has English labels. */
    @Test
    void anUntranslatedChapterIsLabelledInItsOwnLanguage() {
        Placed title = find("th", "WARNING");
        assertThat(pages.get("th").get(title.page() - 1).get(title.index() + 1).text())
                .isEqualTo("Sixty days is the longest any State allows.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void eachTaskHasABoxWhereTheBulletWouldBeTickedWhenItIsDone(String language) throws IOException {
        PDFRenderer renderer = new PDFRenderer(documents.get(language));
        for (Map.Entry<String, String> task : TASKS.get(language).entrySet()) {
            Placed item = find(language, task.getKey());
            BufferedImage page = renderer.renderImage(item.page() - 1, SCALE);
            Rectangle box = ink(page, item.line(), 18, 2);
            assertThat(box).as("the box before '%s'", task.getKey()).isNotNull();
            assertThat(box.width / SCALE).as("width of the box before '%s', in points", task.getKey()).isBetween(7f, 9.5f);
            assertThat(box.height / SCALE).as("height of the box before '%s', in points", task.getKey()).isBetween(7f, 9.5f);
            Rectangle inside = new Rectangle(box.x + (int) (1.6f * SCALE), box.y + (int) (1.6f * SCALE),
                    box.width - (int) (3.2f * SCALE), box.height - (int) (3.2f * SCALE));
            assertThat(dark(page, inside)).as("ink inside the box before '%s', in pixels", task.getKey())
                    .matches(pixels -> task.getValue().equals("done") ? pixels > 20 : pixels == 0);
        }
    }

    @Test
    void anItemThatIsNoTaskKeepsItsBullet() throws IOException {
        Placed item = find("en", "Ask for the file.");
        BufferedImage page = new PDFRenderer(documents.get("en")).renderImage(item.page() - 1, SCALE);
        Rectangle bullet = ink(page, item.line(), 18, 2);
        assertThat(bullet).isNotNull();
        // A disc fills about π/4 of its bounds; a box, a ring of ink around nothing or a tick, far less.
        assertThat(dark(page, bullet) / (float) (bullet.width * bullet.height)).as("share of the bullet's bounds inked")
                .isGreaterThan(0.6f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void theBooksStayPdfA2uAndPdfUa1(String language) throws Exception {
        assertThat(PdfChecks.veraPdfFailures(pdfs.get(language), PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdfs.get(language), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private record Placed(int page, int index, Line line) {
    }

    /** The first line of the book that reads {@code text} (compared by its {@link #letters}, as shaped Thai comes back reordered). */
    private static Placed find(String language, String text) {
        List<List<Line>> book = pages.get(language);
        for (int page = 0; page < book.size(); page++) {
            for (int index = 0; index < book.get(page).size(); index++) {
                if (letters(book.get(page).get(index).text()).equals(letters(text))) {
                    return new Placed(page + 1, index, book.get(page).get(index));
                }
            }
        }
        throw new AssertionError("no line of the " + language + " PDF reads " + text);
    }

    /** Whether every letter of {@code part} is among those of {@code whole}, as often. */
    private static boolean holds(String whole, String part) {
        Map<Integer, Integer> left = new LinkedHashMap<>();
        letters(whole).codePoints().forEach(c -> left.merge(c, 1, Integer::sum));
        return letters(part).codePoints().allMatch(c -> left.merge(c, -1, Integer::sum) >= 0);
    }

    /** As {@link PrintedBook#letters}, with Thai's sara am as the two glyphs it is drawn with, which is how the PDF gives it back. */
    private static String letters(String text) {
        return PrintedBook.letters(text.replace("\u0E33", "\u0E4D\u0E32"));
    }

    /** The bounds of the ink up to {@code before} points left of a line's first glyph and {@code gap} points short of it. */
    private static Rectangle ink(BufferedImage page, Line line, float before, float gap) {
        int left = (int) ((line.left() - before) * SCALE);
        int right = (int) ((line.left() - gap) * SCALE);
        int top = (int) ((line.baseline() - 12) * SCALE);
        int bottom = (int) ((line.baseline() + 3) * SCALE);
        Rectangle bounds = null;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if (isDark(page, x, y)) {
                    bounds = bounds == null ? new Rectangle(x, y, 1, 1) : bounds.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return bounds;
    }

    private static int dark(BufferedImage page, Rectangle area) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                count += isDark(page, x, y) ? 1 : 0;
            }
        }
        return count;
    }

    private static boolean isDark(BufferedImage page, int x, int y) {
        int rgb = page.getRGB(x, y);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
