package org.handbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook edition}: only groups the edition subcommands. */
@Command(name = "edition", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = EditionFreezeCommand.class,
        description = {"Manages editions, such as freezing one before it is published.", "",
                "'edition freeze ID' copies the chapters, country profiles and images into the snapshot that a"
                        + " published edition is built from."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook edition freeze 2026",
                "      Freezes the 2026 edition into editions/2026/."})
final class EditionCommand implements Runnable {

    @ParentCommand
    HandbookCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: freeze");
    }
}
