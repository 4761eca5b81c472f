package org.handbook.cli;

import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;

/** Gives commands the streams and terminal they print to, so tests can capture them. */
record CommandFactory(PrintWriter out, PrintWriter err, Terminal terminal) implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == BuildCommand.class) {
            return type.cast(new BuildCommand(new Reporter(out, err, terminal)));
        }
        if (type == MergeCommand.class) {
            return type.cast(new MergeCommand(new Reporter(out, err, terminal)));
        }
        if (type == ServeCommand.class) {
            return type.cast(new ServeCommand(new Reporter(out, err, terminal)));
        }
        if (type == CheckCommand.class) {
            return type.cast(new CheckCommand(new Reporter(out, err, terminal)));
        }
        if (type == EditionFreezeCommand.class) {
            return type.cast(new EditionFreezeCommand(new Reporter(out, err, terminal)));
        }
        if (type == DiffCommand.class) {
            return type.cast(new DiffCommand(new Reporter(out, err, terminal)));
        }
        if (type == ReviewCommand.class) {
            return type.cast(new ReviewCommand(new Reporter(out, err, terminal)));
        }
        if (type == TranslationsCommand.class) {
            return type.cast(new TranslationsCommand(new Reporter(out, err, terminal)));
        }
        if (type == TranslationsMarkCommand.class) {
            return type.cast(new TranslationsMarkCommand(new Reporter(out, err, terminal)));
        }
        if (type == TranslationsExportCommand.class) {
            return type.cast(new TranslationsExportCommand(new Reporter(out, err, terminal)));
        }
        if (type == TranslationsImportCommand.class) {
            return type.cast(new TranslationsImportCommand(new Reporter(out, err, terminal)));
        }
        if (type == LinksCommand.class) {
            return type.cast(new LinksCommand(new Reporter(out, err, terminal), Clock.systemDefaultZone()));
        }
        if (type == InitCommand.class) {
            return type.cast(new InitCommand(new Reporter(out, err, terminal), Clock.systemDefaultZone()));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
