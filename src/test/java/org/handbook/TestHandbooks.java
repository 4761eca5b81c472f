package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;

/** Fixture handbooks under src/test/resources/handbooks, copied where a test may change them. */
public final class TestHandbooks {

    private TestHandbooks() {
    }

    /** The fixture folder itself; never write into it. */
    public static Path fixture(String name) {
        URL url = TestHandbooks.class.getResource("/handbooks/" + name + "/handbook.yml");
        if (url == null) {
            throw new IllegalArgumentException("no fixture handbook " + name);
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture {@code name} built, as {@code handbook build} builds it, into {@code site}. */
    public static BuildResult build(String name, Path site) throws Exception {
        return Handbook.build(BuildRequest.build(fixture(name), Optional.of(site)), Progress.NONE);
    }

    /** A copy of the fixture in {@code parent}, for tests that edit or build into it. */
    public static Path copy(String name, Path parent) {
        Path target = parent.resolve(name);
        copyTree(fixture(name), target, "expected");
        return target;
    }

    /** A copy of the handbook this repository publishes (its sources and theme) in {@code target}. */
    public static Path copyRepositoryHandbook(Path target) {
        for (String part : List.of("handbook.yml", "chapters", "countries", "editions", "theme")) {
            copyTree(Golden.repositoryRoot().resolve(part), target.resolve(part), null);
        }
        return target;
    }

    /** Diagnostics as the expected-diagnostics.txt files of the fixtures hold them: one per line, with its hint below. */
    public static String report(List<Diagnostic> diagnostics) {
        StringBuilder report = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            report.append(diagnostic.position()).append(": ").append(diagnostic.severity().label()).append(": ")
                    .append(diagnostic.message()).append(" [").append(diagnostic.code()).append("]\n    hint: ")
                    .append(diagnostic.hint()).append('\n');
        }
        return report.toString();
    }

    /**
     * The command-line tool in a JVM of its own, as a user runs it (this test's class path), with its
     * output and errors in one stream.
     *
     * @param jvmOptions options for the JVM, such as a heap limit
     */
    public static ProcessBuilder cli(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), org.handbook.cli.Main.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** A copy of the hostile-input fixture {@code name} in {@code target}, for tests that add to it. */
    public static Path copyHostile(String name, Path target) {
        copyTree(Golden.repositoryRoot().resolve("src/test/resources/hostile").resolve(name), target, null);
        return target;
    }

    /** Copies {@code source} (a file or a folder) to {@code target}, leaving out the top-level folder {@code skipped}. */
    private static void copyTree(Path source, Path target, String skipped) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (skipped == null || !relative.startsWith(skipped)) {
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites {@code file} with {@code from} replaced by {@code to}, for one-line breakages in a fixture copy. */
    public static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            write(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder} by relative path, for comparing whole outputs. */
    public static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
