package org.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingSlugsTest {

    @Test
    void slugsKeepLettersOfEveryScriptAndTheirMarks() {
        assertThat(HeadingSlugs.slug("Dual criminality")).isEqualTo("dual-criminality");
        assertThat(HeadingSlugs.slug("  Requests & replies: step 2 ")).isEqualTo("requests-replies-step-2");
        assertThat(HeadingSlugs.slug("The State's role")).isEqualTo("the-states-role");
        assertThat(HeadingSlugs.slug("ความช่วยเหลือซึ่งกันและกัน")).isEqualTo("ความช่วยเหลือซึ่งกันและกัน");
        assertThat(HeadingSlugs.slug("Tương trợ tư pháp")).isEqualTo("tương-trợ-tư-pháp");
        assertThat(HeadingSlugs.slug("?!")).isEqualTo("section");
    }

    @Test
    void theReservedIdsAreEveryIdTheDefaultThemeGivesElementsOfAChaptersPage() throws java.io.IOException {
        java.util.regex.Pattern literalId = java.util.regex.Pattern.compile("\\bid=\"([A-Za-z0-9_-]+)\"");
        java.util.Set<String> themeIds = new java.util.TreeSet<>();
        java.nio.file.Path templates = org.handbook.Golden.repositoryRoot().resolve("theme/templates");
        String page = java.nio.file.Files.readString(templates.resolve("page.peb"));
        assertThat(page).contains("{% extends \"layout.peb\" %}");
        java.util.List<String> chapterPage = new java.util.ArrayList<>(java.util.List.of("layout.peb", "page.peb"));
        java.util.regex.Pattern.compile("\\{% include \"([a-z-]+\\.peb)\" %}").matcher(page).results()
                .forEach(include -> chapterPage.add(include.group(1)));
        for (String template : chapterPage) {
            literalId.matcher(java.nio.file.Files.readString(templates.resolve(template))).results()
                    .forEach(id -> themeIds.add(id.group(1)));
        }
        assertThat(themeIds).contains("site-search-query", "content");
        // contents-title is the home page's, kept from before so that no heading's anchor changes.
        assertThat(HeadingSlugs.THEME_IDS).containsAll(themeIds).hasSize(themeIds.size() + 1).contains("contents-title");
        HeadingSlugs slugs = new HeadingSlugs();
        assertThat(slugs.next("Site search query")).isEqualTo("site-search-query-2");
        assertThat(slugs.claim("site-search-query")).isFalse();
    }

    @Test
    void headingsNeverTakeTheIdsOfFootnotesParagraphsIndexMarksOrTheTheme() {
        HeadingSlugs slugs = new HeadingSlugs();
        assertThat(slugs.next("Content")).isEqualTo("content-2");
        assertThat(slugs.next("FN 1")).isEqualTo("section-fn-1");
        assertThat(slugs.next("fnref 1")).isEqualTo("section-fnref-1");
        assertThat(slugs.next("P12")).isEqualTo("section-p12");
        assertThat(slugs.next("IX 3")).isEqualTo("section-ix-3");
        assertThat(slugs.next("Ix 3a")).isEqualTo("ix-3a");
    }

    @Test
    void repeatsGetANumber() {
        HeadingSlugs slugs = new HeadingSlugs();
        assertThat(slugs.next("Scope")).isEqualTo("scope");
        assertThat(slugs.next("Scope")).isEqualTo("scope-2");
        assertThat(slugs.next("scope 2")).isEqualTo("scope-2-2");
        assertThat(slugs.next("Scope")).isEqualTo("scope-3");
    }
}
