package org.handbook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SitePathTest {

    @Test
    void relativeLinksWorkFromAnyDepth() {
        SitePath chapter = SitePath.indexOf("en", "2026", "extradition");
        assertThat(SitePath.indexOf("en", "2026", "introduction").hrefFrom(chapter)).isEqualTo("../introduction/index.html");
        assertThat(SitePath.indexOf("en", "2026").hrefFrom(chapter)).isEqualTo("../index.html");
        assertThat(new SitePath("assets/style.0123456789.css").hrefFrom(chapter)).isEqualTo("../../../assets/style.0123456789.css");
        assertThat(chapter.hrefFrom(new SitePath("index.html"))).isEqualTo("en/2026/extradition/index.html");
        assertThat(chapter.hrefFrom(chapter)).isEqualTo("index.html");
    }

    @Test
    void urlsAreServedFromTheSiteRoot() {
        assertThat(SitePath.indexOf("en", "2026", "extradition").url()).isEqualTo("/en/2026/extradition/");
        assertThat(new SitePath("manifest.json").url()).isEqualTo("/manifest.json");
    }

    @Test
    void pathsCannotLeaveTheSite() {
        for (String bad : new String[] {"../etc/passwd", "/abs", "a/../b", "a//b", "a/", "a\\b", ""}) {
            assertThatThrownBy(() -> new SitePath(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aLinkNamingNoFileASiteCanHoldResolvesToNothingRatherThanFailing() {
        SitePath page = SitePath.indexOf("en", "2026", "channels");
        for (String link : new String[] {"a\\b", "..\\..\\x", "\\\\host\\share", "a%5Cb", "a%ZZ", "%", "../../../../x"}) {
            assertThat(page.resolve(link)).as(link).isEmpty();
        }
        assertThat(page.resolve("../extradition/")).contains(SitePath.indexOf("en", "2026", "extradition"));
    }
}
