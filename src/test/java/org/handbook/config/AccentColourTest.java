package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AccentColourTest {

    @Test
    void readsThreeAndSixDigitHexadecimalColours() {
        assertThat(AccentColour.parse("#0B5CAD")).contains(new AccentColour(0x0b, 0x5c, 0xad));
        assertThat(AccentColour.parse(" #f80 ")).contains(new AccentColour(0xff, 0x88, 0x00));
        assertThat(AccentColour.parse("#0b5cad").orElseThrow().hex()).isEqualTo("#0b5cad");
        assertThat(AccentColour.parse("blue")).isEmpty();
        assertThat(AccentColour.parse("#0b5cadff")).isEmpty();
        assertThat(AccentColour.parse("0b5cad")).isEmpty();
        assertThat(AccentColour.parse("#0b5cag")).isEmpty();
    }

    @Test
    void contrastIsWcagsRatio() {
        AccentColour black = new AccentColour(0, 0, 0);
        assertThat(black.contrastWith(AccentColour.LIGHT_PAGE)).isCloseTo(21.0, within(0.01));
        assertThat(AccentColour.LIGHT_PAGE.contrastWith(AccentColour.LIGHT_PAGE)).isCloseTo(1.0, within(0.001));
        // #767676 is the lightest grey that passes AA on white; #777777 just fails.
        assertThat(AccentColour.parse("#767676").orElseThrow().contrastWith(AccentColour.LIGHT_PAGE)).isGreaterThanOrEqualTo(4.5);
        assertThat(AccentColour.parse("#777777").orElseThrow().contrastWith(AccentColour.LIGHT_PAGE)).isLessThan(4.5);
    }

    @Test
    void theDarkSchemesShadeReadsOnTheDarkPageAndKeepsTheHue() {
        AccentColour blue = AccentColour.parse("#1b4f9c").orElseThrow();
        AccentColour onDark = blue.onDarkPage();
        assertThat(blue.contrastWith(AccentColour.DARK_PAGE)).isLessThan(AccentColour.MINIMUM_CONTRAST);
        assertThat(onDark.contrastWith(AccentColour.DARK_PAGE)).isGreaterThanOrEqualTo(AccentColour.MINIMUM_CONTRAST);
        assertThat(onDark.blue()).as("still blue").isGreaterThan(onDark.red()).isGreaterThan(0);
        assertThat(onDark).as("the least lightening that reads").isNotEqualTo(AccentColour.LIGHT_PAGE);

        AccentColour alreadyLight = AccentColour.parse("#9cc3ff").orElseThrow();
        assertThat(alreadyLight.onDarkPage()).isEqualTo(alreadyLight);
    }
}
