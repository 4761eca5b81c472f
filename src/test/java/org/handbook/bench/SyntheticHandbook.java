package org.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.handbook.Handbook;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.Progress;
import org.handbook.translations.TranslationMarker;

/**
 * Writes a synthetic handbook for benchmarks: {@code pages} chapters split between English and
 * Thai (the same page ids in both, so the language switcher links them), each about 900 words of
 * Markdown with headings, a table, lists, a footnote, emphasis, code and about twelve links.
 *
 * <p>The output depends only on {@code pages}: every page draws from its own {@link Random}
 * seeded from a fixed seed and the page's number, and nothing reads the clock.
 *
 * <p>Usage: {@code SyntheticHandbook <outputDir> <pages>}
 */
public final class SyntheticHandbook {

    /** Chapter file names take at most four digits of order ({@code NNNN-slug.md}). */
    public static final int MAX_PAGES_PER_LANGUAGE = 99_999;
    public static final String EDITION = "bench";
    public static final List<String> LANGUAGES = List.of("en", "th");

    private static final long SEED = 0x5EED_2026L;
    private static final int LINKS_PER_PAGE = 12;
    private static final int INTERNAL_LINKS_PER_PAGE = 8;
    private static final int SECTIONS = 4;

    private SyntheticHandbook() {
    }

    public static void main(String[] args) throws IOException {
        boolean english = args.length == 3 && args[2].equals("--english-only");
        if (args.length != 2 && !english) {
            System.err.println("usage: SyntheticHandbook <outputDir> <pages> [--english-only]");
            System.exit(2);
        }
        int pages;
        try {
            pages = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            System.err.println("SyntheticHandbook: '" + args[1] + "' is not a number of pages");
            System.exit(2);
            return;
        }
        Path dir = Path.of(args[0]);
        try {
            generate(dir, pages, english ? LANGUAGES.subList(0, 1) : LANGUAGES);
        } catch (IllegalArgumentException e) {
            System.err.println("SyntheticHandbook: " + e.getMessage());
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "generated %d pages (en %d, th %d) in %s%n", pages,
                english ? pages : perLanguage(pages, 0), english ? 0 : perLanguage(pages, 1), dir);
    }

    /**
     * Writes the handbook into {@code dir}, which must be absent or empty. English gets the odd
     * page out when {@code pages} is odd.
     */
    public static void generate(Path dir, int pages) throws IOException {
        generate(dir, pages, LANGUAGES);
    }

    /** @param languages both, or English alone (all {@code pages} in it) */
    public static void generate(Path dir, int pages, List<String> languages) throws IOException {
        if (languages.size() == 1) {
            // One book of all the pages: perLanguage splits them in two.
            generateOne(dir, pages);
            return;
        }
        if (pages < 1) {
            throw new IllegalArgumentException("the number of pages must be at least 1, not " + pages);
        }
        if (perLanguage(pages, 0) > MAX_PAGES_PER_LANGUAGE) {
            throw new IllegalArgumentException(pages + " pages would put " + perLanguage(pages, 0)
                    + " pages in one language, but chapter file names allow at most " + MAX_PAGES_PER_LANGUAGE
                    + " per language (a 5-digit order prefix, NNNNN-slug.md); use at most "
                    + 2 * MAX_PAGES_PER_LANGUAGE + " pages");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; give an absent or empty folder");
                }
            }
        }
        Files.createDirectories(dir);
        write(dir.resolve("handbook.yml"), config(pages));
        for (int lang = 0; lang < LANGUAGES.size(); lang++) {
            Vocabulary words = lang == 0 ? Vocabulary.ENGLISH : Vocabulary.THAI;
            int count = perLanguage(pages, lang);
            // Link targets exist in both languages, so a link works whichever book it is in.
            int linkable = Math.max(1, perLanguage(pages, LANGUAGES.size() - 1));
            Path folder = dir.resolve("chapters").resolve(LANGUAGES.get(lang));
            Files.createDirectories(folder);
            for (int index = 0; index < count; index++) {
                boolean annex = index >= count - annexes(count);
                String page = new PageWriter(words, index, linkable, annex).page();
                write(folder.resolve(fileName(index)), page);
            }
        }
        markTranslations(dir, perLanguage(pages, 1));
    }

    private static void generateOne(Path dir, int pages) throws IOException {
        if (pages < 1 || pages > MAX_PAGES_PER_LANGUAGE) {
            throw new IllegalArgumentException("one language holds from 1 to " + MAX_PAGES_PER_LANGUAGE + " pages, not " + pages);
        }
        Files.createDirectories(dir.resolve("chapters/en"));
        write(dir.resolve("handbook.yml"), config(pages).replace("languages: [en, th]", "languages: [en]")
                .replace("  th: คู่มือทดสอบประสิทธิภาพ\n", ""));
        for (int index = 0; index < pages; index++) {
            boolean annex = index >= pages - annexes(pages);
            write(dir.resolve("chapters/en").resolve(fileName(index)),
                    new PageWriter(Vocabulary.ENGLISH, index, pages, annex).page());
        }
    }

    /** The Thai pages are translations of the English ones: record so, as an editor would with `translations mark`. */
    private static void markTranslations(Path dir, int translated) throws IOException {
        LinkedHandbook handbook = Handbook.link(dir, Progress.NONE).handbook().orElseThrow();
        TranslationMarker marker = TranslationMarker.of(handbook);
        try {
            for (int index = 0; index < translated; index++) {
                marker.mark(Path.of("chapters", LANGUAGES.get(1), fileName(index)));
            }
        } catch (TranslationMarker.NotATranslation e) {
            throw new IllegalStateException("the generator writes a Thai page for each English one", e);
        }
    }

    /** The number of pages in language {@code lang} (0 = en, 1 = th). */
    static int perLanguage(int pages, int lang) {
        return lang == 0 ? (pages + 1) / 2 : pages / 2;
    }

    /** The last few pages of each book are annexes: about one in fifty, and at least one of two or more. */
    private static int annexes(int count) {
        return count < 2 ? 0 : Math.max(1, count / 50);
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "page-%05d", index);
    }

    static String fileName(int index) {
        return String.format(Locale.ROOT, "%05d-%s.md", index + 1, id(index));
    }

    private static String config(int pages) {
        return "# A synthetic handbook of " + pages + " pages, written by org.handbook.bench.SyntheticHandbook.\n"
                + "# Regenerate it rather than editing it.\n"
                + "title:\n"
                + "  en: Synthetic Benchmark Handbook\n"
                + "  th: คู่มือทดสอบประสิทธิภาพ\n"
                + "languages: [en, th]\n"
                + "editions:\n"
                + "  - id: \"" + EDITION + "\"\n"
                + "    title: Benchmark edition\n"
                + "    status: current\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One page's Markdown. English and Thai pages of the same index share their structure and links. */
    private static final class PageWriter {

        private final Vocabulary words;
        private final int index;
        private final int linkable;
        private final boolean annex;
        private final Random random;
        private final List<String> links = new ArrayList<>();
        private final StringBuilder out = new StringBuilder(8 * 1024);
        private int nextLink;

        PageWriter(Vocabulary words, int index, int linkable, boolean annex) {
            this.words = words;
            this.index = index;
            this.linkable = linkable;
            this.annex = annex;
            this.random = new Random(SEED * 1_000_003L + index);
        }

        String page() {
            prepareLinks();
            out.append("---\n")
                    .append("id: ").append(id(index)).append('\n')
                    .append("title: ").append(words.title(random)).append(' ').append(index + 1).append('\n')
                    .append("kind: ").append(annex ? "annex" : "chapter").append('\n')
                    .append("---\n\n");
            paragraph(5, "note");
            for (int section = 0; section < SECTIONS; section++) {
                // Chosen anchors: the Thai page keeps the English page's, as a translation does.
                out.append("## ").append(words.heading(random)).append(" {#s").append(section + 1).append("}\n\n");
                paragraph(5, section == 2 ? "source" : null);
                switch (section) {
                    case 0 -> table();
                    case 1 -> bullets();
                    case 2 -> numbered();
                    default -> quote();
                }
                paragraph(5, null);
                out.append("### ").append(words.heading(random)).append(" {#s").append(section + 1).append("-1}\n\n");
                paragraph(5, null);
            }
            // Thirteen paragraphs take one link each, so every link has been placed by now.
            out.append("[^note]: ").append(sentence(12)).append('\n');
            out.append("[^source]: ").append(sentence(8)).append(' ').append(links.get(0)).append('\n');
            return out.toString();
        }

        private void prepareLinks() {
            for (int i = 0; i < LINKS_PER_PAGE; i++) {
                String text = words.phrase(random, 2 + random.nextInt(2));
                if (i < INTERNAL_LINKS_PER_PAGE) {
                    int target = random.nextInt(linkable);
                    links.add("[" + text + "](../" + id(target) + "/)");
                } else {
                    links.add("[" + text + "](https://" + Vocabulary.HOSTS[random.nextInt(Vocabulary.HOSTS.length)]
                            + "/" + id(random.nextInt(100_000)).replace("page-", "doc/") + ")");
                }
            }
            // Interleave internal and external links.
            Collections.shuffle(links, random);
        }

        /**
         * A paragraph of {@code sentences} sentences, with one link, some emphasis and code, and a
         * reference to {@code footnote} when it is not null.
         */
        private void paragraph(int sentences, String footnote) {
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    out.append(words.sentenceSeparator());
                }
                String sentence = sentence(8 + random.nextInt(6));
                if (s == 1 && nextLink < links.size()) {
                    sentence = insert(sentence, links.get(nextLink++));
                } else if (s == 4) {
                    // A subject-index mark in every paragraph, and a cross-reference in every third.
                    String mark = "[" + words.word(random) + "](index:)";
                    sentence = insert(sentence, out.length() % 3 == 0 ? mark + " ([](xref:" + id(random.nextInt(linkable)) + "))"
                            : mark);
                } else if (s == 2) {
                    sentence = insert(sentence, "*" + words.word(random) + "*");
                } else if (s == 3) {
                    sentence = insert(sentence, random.nextBoolean()
                            ? "**" + words.phrase(random, 2) + "**"
                            : "`" + Vocabulary.CODES[random.nextInt(Vocabulary.CODES.length)] + "-" + random.nextInt(1000) + "`");
                }
                out.append(sentence);
            }
            if (footnote != null) {
                out.append("[^").append(footnote).append(']');
            }
            out.append("\n\n");
        }

        private String sentence(int length) {
            return words.sentence(random, length);
        }

        /** Puts {@code inline} after a word boundary in the middle of {@code sentence}. */
        private String insert(String sentence, String inline) {
            int space = sentence.indexOf(' ', sentence.length() / 2);
            if (space < 0) {
                return sentence + " " + inline;
            }
            return sentence.substring(0, space + 1) + inline + " " + sentence.substring(space + 1);
        }

        private void table() {
            out.append("Table: ").append(words.phrase(random, 3)).append(" {#table-1}\n\n");
            List<String> header = words.tableHeader();
            out.append('|');
            header.forEach(cell -> out.append(' ').append(cell).append(" |"));
            out.append("\n|");
            header.forEach(cell -> out.append("---|"));
            out.append('\n');
            for (int row = 0; row < 5; row++) {
                out.append("| ").append(words.phrase(random, 2))
                        .append(" | ").append(words.phrase(random, 2))
                        .append(" | ").append(1 + random.nextInt(90)).append(' ').append(words.days())
                        .append(" | ").append(words.phrase(random, 3)).append(" |\n");
            }
            out.append('\n');
        }

        private void bullets() {
            for (int item = 0; item < 5; item++) {
                out.append("- ").append(sentence(5 + random.nextInt(6))).append('\n');
            }
            out.append('\n');
        }

        private void numbered() {
            for (int item = 1; item <= 4; item++) {
                out.append(item).append(". ").append(sentence(6 + random.nextInt(6))).append('\n');
            }
            out.append('\n');
        }

        private void quote() {
            out.append("> ").append(sentence(12)).append("\n\n");
        }
    }

    /** The words a language's pages are made of. */
    private static final class Vocabulary {

        static final String[] HOSTS = {"example.org", "example.com", "treaties.example.net", "law.example.int"};
        static final String[] CODES = {"MLA", "EXT", "REQ", "ART", "SEC"};

        static final Vocabulary ENGLISH = new Vocabulary(false,
                ("request authority central mutual legal assistance evidence witness prosecutor court police "
                        + "channel treaty extradition victim trafficking investigation cooperation member state "
                        + "document translation procedure deadline contact officer protection rights offender "
                        + "asset freezing confiscation seizure certificate letter rogatory hearing testimony "
                        + "interview record statement domestic foreign competent designated formal informal "
                        + "prompt urgent secure confidential admissible relevant proportionate reciprocal "
                        + "the a of to and in for with by under from before after within may must should "
                        + "shall will can is are be not each every any other such their its this that which").split(" "),
                ("Scope|Purpose|Requests for assistance|Central authorities|Informal channels|Formal channels"
                        + "|Evidence abroad|Witness protection|Victim support|Extradition|Asset recovery"
                        + "|Time limits|Translation|Contact points|Confidentiality|Costs|Refusal grounds"
                        + "|Video hearings|Joint investigations|Follow-up").split("\\|"),
                ("Cooperation in practice|Mutual legal assistance|Gathering evidence|Protecting victims"
                        + "|Working with prosecutors|Extradition procedures|Asset recovery|Country profiles"
                        + "|Forms and templates|Police cooperation|Judicial cooperation").split("\\|"),
                List.of("Step", "Who acts", "Time limit", "Notes"), "days");

        static final Vocabulary THAI = new Vocabulary(true,
                ("ความร่วมมือ ระหว่างประเทศ กฎหมาย การค้ามนุษย์ ผู้เสียหาย พยานหลักฐาน อัยการ ศาล "
                        + "หน่วยงานกลาง คำร้องขอ การส่งผู้ร้ายข้ามแดน ความช่วยเหลือ ทางอาญา เจ้าหน้าที่ ตำรวจ "
                        + "การสืบสวน ประเทศสมาชิก อาเซียน ข้อมูล เอกสาร การแปล ภาษา ขั้นตอน ระยะเวลา การติดต่อ "
                        + "การประสานงาน การคุ้มครอง สิทธิ การดำเนินคดี ผู้กระทำผิด ทรัพย์สิน การยึด การอายัด "
                        + "การรับรอง หนังสือ การส่ง การรับ และ หรือ ของ ใน ที่ เพื่อ โดย กับ ให้ ได้ ต้อง ควร "
                        + "จะ มี เป็น ไม่ แต่ ตาม ภายใน ก่อน หลัง อย่างรวดเร็ว อย่างเป็นทางการ").split(" "),
                ("ขอบเขต|วัตถุประสงค์|คำร้องขอความช่วยเหลือ|หน่วยงานกลาง|ช่องทางไม่เป็นทางการ|ช่องทางที่เป็นทางการ"
                        + "|พยานหลักฐานในต่างประเทศ|การคุ้มครองพยาน|การช่วยเหลือผู้เสียหาย|การส่งผู้ร้ายข้ามแดน"
                        + "|การติดตามทรัพย์สิน|ระยะเวลา|การแปล|จุดติดต่อ|การรักษาความลับ|ค่าใช้จ่าย"
                        + "|เหตุแห่งการปฏิเสธ|การสืบพยานทางวิดีโอ|การสืบสวนร่วม|การติดตามผล").split("\\|"),
                ("ความร่วมมือในทางปฏิบัติ|ความช่วยเหลือทางกฎหมาย|การรวบรวมพยานหลักฐาน|การคุ้มครองผู้เสียหาย"
                        + "|การทำงานกับอัยการ|วิธีการส่งผู้ร้ายข้ามแดน|การติดตามทรัพย์สิน|ข้อมูลประเทศ"
                        + "|แบบฟอร์ม|ความร่วมมือของตำรวจ|ความร่วมมือทางศาล").split("\\|"),
                List.of("ขั้นตอน", "ผู้ดำเนินการ", "ระยะเวลา", "หมายเหตุ"), "วัน");

        private final boolean thai;
        private final String[] words;
        private final String[] headings;
        private final String[] titles;
        private final List<String> tableHeader;
        private final String days;

        private Vocabulary(boolean thai, String[] words, String[] headings, String[] titles, List<String> tableHeader,
                           String days) {
            this.thai = thai;
            this.words = words;
            this.headings = headings;
            this.titles = titles;
            this.tableHeader = tableHeader;
            this.days = days;
        }

        String word(Random random) {
            return words[random.nextInt(words.length)];
        }

        String phrase(Random random, int length) {
            StringBuilder phrase = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0 && !thai) {
                    phrase.append(' ');
                }
                phrase.append(word(random));
            }
            return phrase.toString();
        }

        /**
         * A sentence of {@code length} words. Thai writes the words of a clause together and puts a
         * space between clauses, with no full stop.
         */
        String sentence(Random random, int length) {
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < length; i++) {
                String word = word(random);
                if (i > 0) {
                    if (!thai) {
                        sentence.append(' ');
                    } else if (i % 3 == 0) {
                        sentence.append(' ');
                    }
                }
                sentence.append(i == 0 && !thai ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
            return thai ? sentence.toString() : sentence.append('.').toString();
        }

        String sentenceSeparator() {
            return " ";
        }

        String heading(Random random) {
            return headings[random.nextInt(headings.length)];
        }

        String title(Random random) {
            return titles[random.nextInt(titles.length)];
        }

        List<String> tableHeader() {
            return tableHeader;
        }

        String days() {
            return days;
        }
    }
}
