package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates as readers of each language write them, whatever the machine's own locale and zone. */
class ReaderDatesTest {

    @Test
    void eachLanguageWritesADayItsOwnWay() {
        assertThat(shown("en", "2013-10-17")).isEqualTo("17 October 2013");
        assertThat(shown("en-US", "2013-10-17")).isEqualTo("October 17, 2013");
        assertThat(shown("id", "2013-10-17")).isEqualTo("17 Oktober 2013");
        assertThat(shown("vi", "2013-10-17")).isEqualTo("17 tháng 10, 2013");
        assertThat(shown("th", "2013-10-17")).isEqualTo("17 ตุลาคม พ.ศ. 2556");
        assertThat(shown("th-TH", "2013-10-17")).isEqualTo("17 ตุลาคม พ.ศ. 2556");
    }

    @Test
    void aTagThatNamesItsCalendarKeepsIt() {
        assertThat(shown("th-u-ca-gregory", "2013-10-17")).isEqualTo("17 ตุลาคม ค.ศ. 2013");
    }

    @Test
    void partialDatesGiveOnlyTheMonthOrTheYear() {
        assertThat(shown("en", "2013-10")).isEqualTo("October 2013");
        assertThat(shown("en", "2013")).isEqualTo("2013");
        assertThat(shown("id", "2013-10")).isEqualTo("Oktober 2013");
        assertThat(shown("th", "2013-10")).isEqualTo("ตุลาคม พ.ศ. 2556");
        assertThat(shown("th", "2013")).isEqualTo("พ.ศ. 2556");
        // The first and last days of a year stay in it, in every zone the machine may be in.
        assertThat(shown("en", "2013-01-01")).isEqualTo("1 January 2013");
        assertThat(shown("en", "2013-12-31")).isEqualTo("31 December 2013");
    }

    @Test
    void aDateIsOneUnbreakableWordInATimeElement() {
        ReaderDates dates = new ReaderDates("en");
        assertThat(dates.text("2013-10-17")).isEqualTo("17\u00A0October\u00A02013");
        assertThat(dates.html("2013-10")).isEqualTo("<time datetime=\"2013-10\">October\u00a02013</time>");
        assertThat(dates.html("soon <b>")).isEqualTo("soon &lt;b&gt;");
    }

    private static String shown(String language, String iso) {
        String text = new ReaderDates(language).text(iso);
        assertThat(text).doesNotContain(" ");
        return text.replace('\u00A0', ' ');
    }
}
