package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.handbook.publish.OutputFolderException;
import org.handbook.publish.Publisher;
import org.handbook.publish.Staging;
import org.handbook.shard.MergeException;
import org.handbook.shard.SiteMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code handbook merge --out DIR SHARD...}: joins sites built book by book into the one a single build writes. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Joins shards built with build --only into one site.", "",
                "Each shard is the folder of one build --only, run from the same sources, for example in the jobs of"
                        + " a CI matrix; together they must hold every book once. The site written is the one a single"
                        + " build would write, byte for byte. Nothing is written when the shards do not fit together.",
                "Exit code 0; 2 when the shards cannot be merged or the output folder cannot be written."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook merge --out public shards/en-2026 shards/th-2026",
                "      Writes into public/ the site of the two books built apart."})
final class MergeCommand implements Callable<Integer> {

    private final Reporter reporter;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Write the merged site into DIR.")
    Path out;

    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "The folders the builds with --only wrote.")
    List<Path> shards;

    MergeCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws IOException {
        for (Path shard : shards) {
            if (!Files.isDirectory(shard)) {
                reporter.problem("cannot merge: " + shard + " is not a folder; give the folders build --only wrote");
                return ExitCode.USAGE;
            }
        }
        try {
            Publisher.verifyMerge(out, shards);
            try (Staging staging = Publisher.stage(out)) {
                SiteMerge.merge(shards, staging);
                staging.commit();
            }
        } catch (MergeException | OutputFolderException e) {
            reporter.problem("cannot merge: " + e.getMessage());
            return ExitCode.USAGE;
        }
        reporter.report("Merged " + shards.size() + (shards.size() == 1 ? " shard" : " shards") + " into " + out + "\n");
        return ExitCode.OK;
    }
}
