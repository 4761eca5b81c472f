package org.handbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook edition}: only groups the edition subcommands. */
@Command(name = "edition", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = EditionFreezeCommand.class,
        description = "Manages editions: 'edition freeze ID' snapshots the chapters and country profiles.")
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
