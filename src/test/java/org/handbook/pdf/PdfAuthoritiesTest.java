package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code authorities} fixture's table of authorities in print: in the back matter, after the
 * country profiles, on a right-hand page, in the contents and the bookmarks, each entry followed by
 * the pages that cite it and record it.
 */
class PdfAuthoritiesTest {

    @TempDir
    static Path temp;

    private static BuildResult result;
    private static List<String> pages;
    private static List<String> bookmarks;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("authorities", temp.resolve("handbook"));
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(temp.resolve("site/en/1/handbook-en-1.pdf")))) {
            pages = PdfChecks.pageTexts(document);
            bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
        }
    }

    @Test
    void theTableFollowsTheProfilesOnARightHandPageAndIsInTheContentsAndBookmarks() {
        assertThat(result.diagnostics()).isEmpty();
        int table = PdfChecks.startPage(pages, "Table of authorities");
        int profiles = PdfChecks.startPage(pages, "Country profiles");
        assertThat(table).as("after the profiles").isGreaterThan(profiles).as("a right-hand page").isOdd();
        assertThat(table).as("the last part of this book, which has no index").isEqualTo(pages.size());
        String contents = pages.stream().filter(page -> page.lines().anyMatch(line -> line.equals("Contents"))).findFirst()
                .orElseThrow();
        assertThat(contents.lines().filter(line -> line.startsWith("Table of authorities")))
                .as("the contents give its page").singleElement().asString().endsWith(" " + table);
        assertThat(bookmarks).endsWith("Country profiles", "Table of authorities");
        // It is printed once, in the back matter, not again among the chapters.
        assertThat(IntStream.range(0, pages.size()).filter(page -> pages.get(page).lines()
                .anyMatch(line -> line.equals("Table of authorities")))).containsExactly(table - 1);
    }

    @Test
    void eachEntryGivesThePagesOfThePlacesThatCiteItAndOfTheProfileThatRecordsIt() {
        int table = PdfChecks.startPage(pages, "Table of authorities");
        int profiles = PdfChecks.startPage(pages, "Country profiles");
        int surrender = pageWith("surrenders fugitives under its Extradition Act", 1);
        int arrest = pageWith("Provisional arrest under the Extradition Act", 1);
        int examplia = pageWith("Fugitive Offenders Act (1975)", profiles);
        assertThat(surrender).isLessThan(arrest);
        assertThat(line(table, "Extradition Act (1998), ")).isEqualTo("Extradition Act (1998), " + surrender + ", " + arrest + ", " + examplia);
        int requests = PdfChecks.startPage(pages, "1 Requests for assistance");
        assertThat(line(table, "Australia, ")).as("no such line: a State's name is a heading").isNull();
        assertThat(line(table, "Mutual Assistance in Criminal Matters Act 1987, "))
                .isEqualTo("Mutual Assistance in Criminal Matters Act 1987, " + requests);
    }

    /** The first page from {@code from} (1-based) whose text, lines joined, holds {@code words}. */
    private static int pageWith(String words, int from) {
        for (int page = from - 1; page < pages.size(); page++) {
            if (pages.get(page).replace('\n', ' ').contains(words)) {
                return page + 1;
            }
        }
        throw new AssertionError("no page holds " + words);
    }

    /** The entry of the table that starts with {@code start}, its runover lines joined to it; null when none does. */
    private static String line(int table, String start) {
        List<String> lines = pages.get(table - 1).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                String entry = lines.get(i);
                while (i + 1 < lines.size() && lines.get(i + 1).matches("[0-9, –]+")) {
                    entry += " " + lines.get(++i);
                }
                return entry;
            }
        }
        return null;
    }
}
