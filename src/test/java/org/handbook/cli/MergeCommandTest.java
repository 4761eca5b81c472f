package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --only} and {@code merge} as a CI matrix runs them: the minimal handbook's two books
 * built apart and merged give the site one build writes; shards that do not fit together, and
 * books the handbook does not have, are usage errors that say what to do, and write nothing.
 */
class MergeCommandTest {

    @TempDir
    static Path workspace;
    private static Path handbook;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void buildTheShards() {
        handbook = TestHandbooks.copy("minimal", workspace);
        MergeCommandTest runner = new MergeCommandTest();
        assertThat(runner.run("build", "--quiet", "--out", workspace.resolve("whole").toString())).isZero();
        assertThat(runner.run("build", "--quiet", "--only", "en/2026", "--out", workspace.resolve("en").toString())).isZero();
        assertThat(runner.run("build", "--quiet", "--only", "th/2026", "--out", workspace.resolve("th").toString())).isZero();
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--source";
        all[1] = handbook.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return HandbookCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    private static String shard(String name) {
        return workspace.resolve(name).toString();
    }

    @Test
    void theBooksBuiltApartAndMergedAreTheSiteOneBuildWrites() {
        assertThat(run("merge", "--out", shard("merged"), shard("th"), shard("en"))).as(err.toString()).isZero();

        Map<String, byte[]> whole = TestHandbooks.snapshot(workspace.resolve("whole"));
        Map<String, byte[]> merged = TestHandbooks.snapshot(workspace.resolve("merged"));
        assertThat(merged.keySet()).containsExactlyElementsOf(whole.keySet());
        assertThat(whole.keySet()).filteredOn(file -> !Arrays.equals(whole.get(file), merged.get(file)))
                .as("files that differ").isEmpty();
        assertThat(TestHandbooks.snapshot(workspace.resolve("en"))).as("a shard holds its own book alone")
                .containsKey("handbook-shard.json").containsKey("en/2026/index.html")
                .doesNotContainKey("th/2026/index.html");
        assertThat(out.toString()).contains("Merged 2 shards into " + shard("merged"));
    }

    @Test
    void aMissingBookIsNamedWithTheBuildThatMakesIt() {
        assertThat(run("merge", "--out", shard("half"), shard("en"))).isEqualTo(2);

        assertThat(err.toString()).contains("cannot merge: no shard holds th/2026; build it with handbook build --only th/2026");
        assertThat(workspace.resolve("half")).doesNotExist();
    }

    @Test
    void aBookInTwoShardsOrAFolderThatIsNoShardIsRefused() {
        assertThat(run("merge", "--out", shard("twice"), shard("en"), shard("en"), shard("th"))).isEqualTo(2);
        assertThat(err.toString()).contains("en/2026 is in both " + shard("en") + " and " + shard("en"));

        assertThat(run("merge", "--out", shard("whole-again"), shard("whole"))).isEqualTo(2);
        assertThat(err.toString()).contains(shard("whole") + " is not a shard: it has no handbook-shard.json;"
                + " build each shard with handbook build --only LANG/EDITION --out DIR");
        assertThat(workspace.resolve("twice")).doesNotExist();
        assertThat(workspace.resolve("whole-again")).doesNotExist();
    }

    @Test
    void shardsOfDifferentSourcesAreRefused() {
        Path changed = TestHandbooks.copy("minimal", workspace.resolve("changed"));
        TestHandbooks.replace(changed.resolve("handbook.yml"), "languages: [en, th]", "languages: [en, th]\ndescription: Changed.");
        assertThat(HandbookCommand.run(new String[] {"--source", changed.toString(), "build", "--quiet", "--only", "th/2026",
                "--out", shard("th-changed")}, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false))).isZero();

        assertThat(run("merge", "--out", shard("mixed"), shard("en"), shard("th-changed"))).isEqualTo(2);
        assertThat(err.toString()).contains(shard("en") + " and " + shard("th-changed") + " were built from different"
                + " sources, or with a different --base-url or SOURCE_DATE_EPOCH; build every shard from the same commit alike");
        assertThat(workspace.resolve("mixed")).doesNotExist();
    }

    @Test
    void aBookTheHandbookDoesNotHaveIsAUsageErrorThatListsItsBooks() {
        assertThat(run("build", "--only", "fr/2026", "--out", shard("fr"))).isEqualTo(2);
        assertThat(err.toString()).contains("--only fr/2026: the handbook has no language fr; its books are en/2026, th/2026");

        assertThat(run("build", "--only", "en/1999", "--out", shard("old"))).isEqualTo(2);
        assertThat(err.toString()).contains("--only en/1999: the handbook has no edition 1999");

        assertThat(run("build", "--only", "en", "--out", shard("en-only"))).isEqualTo(2);
        assertThat(err.toString()).contains("--only takes a book as LANG/EDITION, such as en/2026 (found 'en')");
        assertThat(workspace.resolve("fr")).doesNotExist();
        assertThat(workspace.resolve("old")).doesNotExist();
    }
}
