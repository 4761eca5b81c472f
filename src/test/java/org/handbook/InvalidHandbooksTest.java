package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.handbook.model.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invalid fixture handbooks and the diagnostics an editor must get for them, every one at once, in
 * {@code expected-diagnostics.txt} beside each fixture (regenerate with -Dhandbook.updateGolden=true).
 */
class InvalidHandbooksTest {

    @ParameterizedTest
    @ValueSource(strings = {"invalid-config", "invalid-chapters", "empty-config", "invalid-countries", "invalid-references", "invalid-parts"})
    void checkReportsEveryProblemWithItsPosition(String fixture) throws Exception {
        BuildResult result = Handbook.build(BuildRequest.check(TestHandbooks.fixture(fixture)), Progress.NONE);

        assertThat(result.hasErrors()).isTrue();
        String report = TestHandbooks.report(result.diagnostics());
        Golden.assertMatches("handbooks/" + fixture + "/expected-diagnostics.txt", report);
    }
}
