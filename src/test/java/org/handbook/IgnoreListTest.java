package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check.ignore} in handbook.yml: a reviewed warning is silenced for the one file named,
 * and nowhere else; errors never; an entry that silences nothing is reported.
 */
class IgnoreListTest {

    private static BuildResult check(Path handbook, String ignore) throws Exception {
        Files.writeString(handbook.resolve("handbook.yml"), Files.readString(handbook.resolve("handbook.yml")) + ignore);
        return Handbook.build(BuildRequest.check(handbook), Progress.NONE);
    }

    private static String where(Diagnostic diagnostic) {
        return diagnostic.code() + " " + diagnostic.position().displayPath();
    }

    @Test
    void aWarningIsSilencedForTheNamedFileOnly(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        BuildResult result = check(handbook, """
                check:
                  ignore:
                    - code: HB-COUNTRY-STALE
                      file: countries/XA.yml
                      reason: the 2009 position is the latest published; checked in review
                """);

        assertThat(result.diagnostics()).extracting(IgnoreListTest::where).containsExactly(
                "HB-MD-RAW-HTML countries/XA.yml", "HB-MD-RAW-HTML countries/XB.yml", "HB-COUNTRY-STALE countries/XB.yml");
    }

    @Test
    void anEntryThatSilencesNothingIsReportedWhereItIsWritten(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        BuildResult result = check(handbook, """
                check:
                  ignore:
                    - code: HB-TRANSLATION-OUTDATED
                      file: countries/XA.yml
                      reason: no longer needed
                """);

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("HB-IGNORE-UNUSED")).singleElement()
                .satisfies(d -> {
                    assertThat(where(d)).isEqualTo("HB-IGNORE-UNUSED handbook.yml");
                    assertThat(d.position().line()).isGreaterThan(1);
                    assertThat(d.message()).contains("HB-TRANSLATION-OUTDATED", "countries/XA.yml");
                });
    }

    @Test
    void errorsAreNeverSilenced(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("countries/XA.yml"), "status: ratified", "status: ratifed");
        BuildResult result = check(handbook, """
                check:
                  ignore:
                    - code: HB-COUNTRY-SCHEMA
                      file: countries/XA.yml
                      reason: trying to hide an error
                """);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).extracting(IgnoreListTest::where)
                .contains("HB-COUNTRY-SCHEMA countries/XA.yml", "HB-IGNORE-UNUSED handbook.yml");
    }

    @Test
    void anEntryMustNameOneFileACodeAndAReason(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        BuildResult result = check(handbook, """
                check:
                  ignore:
                    - code: HB-COUNTRY-STALE
                      file: countries/*.yml
                      reason: all of them
                    - code: stale
                      file: countries/XA.yml
                      reason: lower case
                    - code: HB-COUNTRY-STALE
                      file: ../elsewhere.yml
                      reason: outside
                    - code: HB-COUNTRY-STALE
                      file: countries/XB.yml
                """);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.position().displayPath() + ":" + d.position().line() + " " + d.message())
                .satisfiesExactly(
                        first -> assertThat(first).contains("'countries/*.yml' does not name one file"),
                        second -> assertThat(second).contains("'stale' is not a diagnostic code"),
                        third -> assertThat(third).contains("'../elsewhere.yml' does not name one file"),
                        fourth -> assertThat(fourth).contains("reason"));
        assertThat(Optional.of(result.output())).contains(Optional.empty());
    }
}
