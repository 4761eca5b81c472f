package org.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.handbook.Golden;
import org.junit.jupiter.api.Test;

/**
 * The theme's search script splits queries as the index was built: its unit tests
 * ({@code src/test/js/search.test.mjs}) run under Node's own test runner.
 */
class SearchScriptTest {

    @Test
    void theQuerySplittingTestsOfTheThemesScriptPass() throws Exception {
        Process node = new ProcessBuilder("node", "--test", "src/test/js/")
                .directory(Golden.repositoryRoot().toFile()).redirectErrorStream(true).start();
        String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(report).isZero();
        assertThat(report).contains("# fail 0").containsPattern("# pass [1-9]");
    }
}
