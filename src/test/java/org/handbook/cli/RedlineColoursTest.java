package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedlineColoursTest {

    @Test
    void deletedWordsAreStruckInRedAndInsertedOnesGreenWithoutTheirMarks() {
        assertThat(RedlineColours.apply("A paragraph [-in-]{+on+} the scope."))
                .isEqualTo("A paragraph \u001B[31;9min\u001B[0m\u001B[32mon\u001B[0m the scope.");
    }

    @Test
    void aLogOrAPipeGetsNoColour() {
        assertThat(new Terminal(false).colour()).isFalse();
    }
}
