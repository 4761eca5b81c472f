package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every command's help, found from the command line itself so that a new command is covered too: whole sentences,
 * wrapped for an 80-column terminal whatever the one running the tests, ending with examples that parse.
 */
class HelpTextTest {

    private static final String WIDTH_PROPERTY = "picocli.usage.width";
    private static final String PROGRAM = "./handbook ";
    /** The columns picocli fills of {@link HandbookCommand#HELP_WIDTH}: it leaves the last one free. */
    private static final int FILLED = HandbookCommand.HELP_WIDTH - 1;
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private String widthProperty;

    /** picocli's system property would choose another width; the help is tested as everyone gets it. */
    @BeforeEach
    void noWidthFromOutside() {
        widthProperty = System.getProperty(WIDTH_PROPERTY);
        System.clearProperty(WIDTH_PROPERTY);
    }

    @AfterEach
    void restoreWidth() {
        if (widthProperty != null) {
            System.setProperty(WIDTH_PROPERTY, widthProperty);
        }
    }

    @Test
    void everyCommandIsCovered() {
        assertThat(commands().map(arguments -> String.join(" ", path(arguments))))
                .contains("", "init", "build", "serve", "links", "check", "translations", "translations mark", "edition", "edition freeze",
                        "diff", "help");
    }

    @ParameterizedTest(name = "handbook {0} --help")
    @MethodSource("commands")
    void noLineIsWiderThan80ColumnsOrBrokenBeforeItIsFull(String name, List<String> path) {
        List<String> lines = helpLines(path);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(line.codePointCount(0, line.length())).as("line %d is at most 80 columns: %s", i + 1, line)
                    .isLessThanOrEqualTo(HandbookCommand.HELP_WIDTH);
            assertThat(line).as("line %d ends with a whole word, not one split with a hyphen", i + 1)
                    .doesNotMatch(".*\\p{L}-");
            if (i > 0 && brokenEarly(lines.get(i - 1), line)) {
                fail("line %d ends mid-sentence although the next word fits on it (a line break in the text?):%n%s%n%s",
                        i, lines.get(i - 1), line);
            }
        }
    }

    @ParameterizedTest(name = "handbook {0} --help")
    @MethodSource("commands")
    void endsWithExamplesOfItselfThatParse(String name, List<String> path) {
        List<String> lines = helpLines(path);
        int heading = lines.lastIndexOf("Examples:");
        assertThat(heading).as("an Examples: section in%n%s", String.join("\n", lines)).isNotNegative();
        List<String> examples = lines.subList(heading + 1, lines.size());
        assertThat(examples).as("the examples end the help").isNotEmpty().allSatisfy(line -> assertThat(line)
                .as("an example's command line, or its explanation below it")
                .matches("  \\./handbook \\S.*|      \\S.*"));
        List<String> commands = examples.stream().filter(line -> line.startsWith("  " + PROGRAM)).toList();
        assertThat(commands).as("one or two examples").hasSizeBetween(1, 2);
        assertThat(examples.get(0)).as("the first example's command line").startsWith("  " + PROGRAM);
        for (int i = 0; i < examples.size(); i++) {
            boolean command = examples.get(i).startsWith("  " + PROGRAM);
            boolean explanationEnds = i + 1 == examples.size() || examples.get(i + 1).startsWith("  " + PROGRAM);
            if (command) {
                assertThat(explanationEnds).as("an explanation below %s", examples.get(i)).isFalse();
            } else if (explanationEnds) {
                assertThat(examples.get(i)).as("an explanation ends with a full stop").endsWith(".");
            }
        }
        for (String command : commands) {
            runsItself(path, command.substring(("  " + PROGRAM).length()));
        }
    }

    @ParameterizedTest(name = "handbook {0} --help")
    @MethodSource("commandsWithSubcommands")
    void listsEachSubcommandWithItsWholeSummary(String name, List<String> path) {
        List<String> lines = helpLines(path);
        int heading = lines.indexOf("Commands:");
        assertThat(heading).as("a Commands: section").isNotNegative();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> row = null;
        Pattern start = Pattern.compile(" {2}(\\S+) +(\\S.*)");
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            Matcher matcher = start.matcher(line);
            if (matcher.matches()) {
                row = new ArrayList<>(List.of(matcher.group(2)));
                rows.put(matcher.group(1), row);
            } else {
                assertThat(row).as("a row before %s", line).isNotNull();
                row.add(line.strip());
            }
        }
        for (CommandLine subcommand : distinctSubcommands(find(path))) {
            String summary = summary(subcommand.getCommandSpec());
            assertThat(summary).as("%s's summary is one whole sentence", subcommand.getCommandName())
                    .endsWith(".").doesNotContain("…", "...", ". ");
            assertThat(rows.get(subcommand.getCommandName()))
                    .as("%s listed with its whole summary, on one line", subcommand.getCommandName())
                    .containsExactly(summary);
        }
    }

    /** Whether {@code line} ends before a sentence does, although the next line's first word would have fitted on it. */
    private static boolean brokenEarly(String line, String next) {
        if (line.isBlank() || next.isBlank() || line.startsWith("  " + PROGRAM) || line.matches(".*[.:!?]")) {
            return false;
        }
        String word = next.strip().split(" ", 2)[0];
        return line.length() + 1 + word.length() <= FILLED;
    }

    /** The example parses, runs the command whose help shows it (or one under it), and names real commands only. */
    private static void runsItself(List<String> path, String example) {
        assertThat(example).as("an example without quotes, which the test splits at spaces").doesNotContain("'", "\"");
        String[] args = example.split(" +");
        ParseResult[] parsed = new ParseResult[1];
        assertThatCode(() -> parsed[0] = commandLine().parseArgs(args)).as("%s%s parses", PROGRAM, example)
                .doesNotThrowAnyException();
        List<CommandLine> chain = parsed[0].asCommandLineList();
        List<String> named = chain.stream().skip(1).map(CommandLine::getCommandName).toList();
        assertThat(named).as("the commands %s%s runs", PROGRAM, example).isNotEmpty()
                .hasSizeGreaterThanOrEqualTo(path.size());
        assertThat(named.subList(0, path.size())).as("%s%s runs the command whose help shows it", PROGRAM, example)
                .isEqualTo(path);
        CommandLine last = chain.get(chain.size() - 1);
        if (last.getCommandSpec().helpCommand()) {
            ParseResult help = parsed[0];
            while (help.hasSubcommand()) {
                help = help.subcommand();
            }
            CommandLine parent = chain.get(chain.size() - 2);
            assertThat(help.matchedPositionalValue(0, "")).as("%s%s names a command", PROGRAM, example)
                    .isIn(parent.getSubcommands().keySet());
        }
    }

    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = spec.usageMessage().description();
        return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    }

    private static List<String> helpLines(List<String> path) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(path.stream(), Stream.of("--help")).toArray(String[]::new);
        int code = HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
        assertThat(err.toString()).as("nothing on standard error").isEmpty();
        assertThat(code).as("exit code of --help").isZero();
        String text = ANSI.matcher(out.toString()).replaceAll("");
        assertThat(text).as("the help").isNotBlank();
        return Arrays.asList(text.split("\\R"));
    }

    private static CommandLine commandLine() {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        return HandbookCommand.commandLine(nowhere, nowhere, new Terminal(false));
    }

    private static CommandLine find(List<String> path) {
        CommandLine command = commandLine();
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return command;
    }

    private static List<CommandLine> distinctSubcommands(CommandLine command) {
        return command.getSubcommands().values().stream().distinct().toList();
    }

    static Stream<Arguments> commands() {
        List<Arguments> all = new ArrayList<>();
        collect(commandLine(), List.of(), all);
        return all.stream();
    }

    static Stream<Arguments> commandsWithSubcommands() {
        return commands().filter(arguments -> !find(path(arguments)).getSubcommands().isEmpty());
    }

    private static void collect(CommandLine command, List<String> path, List<Arguments> all) {
        all.add(Arguments.of(String.join(" ", path), path));
        for (CommandLine subcommand : distinctSubcommands(command)) {
            List<String> under = new ArrayList<>(path);
            under.add(subcommand.getCommandName());
            collect(subcommand, List.copyOf(under), all);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> path(Arguments arguments) {
        return (List<String>) arguments.get()[1];
    }
}
