package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandbookConfigTest {

    @Test
    void aSiteAddressIsAnAbsoluteWebAddressWithNothingUnseenInIt() {
        assertThat(HandbookConfig.isSiteAddress("https://handbook.example.org/")).isTrue();
        assertThat(HandbookConfig.isSiteAddress("http://localhost:8000/handbook")).isTrue();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/คู่มือ/")).isTrue();

        assertThat(HandbookConfig.isSiteAddress("/handbook/")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("ftp://example.org/")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/?page=1")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/\u0001")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://exam\u0000ple.org/")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/\u007f")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/\u0085")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/a b")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/a\u00a0b")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/a\u200bb")).isFalse();
        assertThat(HandbookConfig.isSiteAddress("https://example.org/\"><script>")).isFalse();
    }

    @Test
    void anAddressReservedForExamplesIsNoAddressToCite() {
        assertThat(HandbookConfig.isCitable("https://handbook.example.org/")).isFalse();
        assertThat(HandbookConfig.isCitable("https://example.com/handbook/")).isFalse();
        assertThat(HandbookConfig.isCitable("https://EXAMPLE.NET:8443/")).isFalse();
        assertThat(HandbookConfig.isCitable("https://docs.test/")).isFalse();
        assertThat(HandbookConfig.isCitable("http://localhost:8000/handbook")).isFalse();

        assertThat(HandbookConfig.isCitable("https://handbook.cooperation.dev/")).isTrue();
        assertThat(HandbookConfig.isCitable("https://myexample.org/")).isTrue();
        assertThat(HandbookConfig.isCitable("https://example.org.my/")).isTrue();
    }
}
