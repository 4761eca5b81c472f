package org.handbook.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writes a new, minimal handbook into a folder that is empty or does not exist yet. */
public final class StarterHandbook {

    private StarterHandbook() {
    }

    /** Whether a new handbook may be written in {@code folder}: it is missing, or an empty folder. */
    public static boolean canStartIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Writes the handbook's files into {@code folder}, creating it, and returns their paths relative to it in the
     * order written. The caller has checked {@link #canStartIn}.
     */
    public static List<Path> write(Path folder, StarterOptions options) throws IOException {
        List<StarterFile> files = new ArrayList<>(StarterFile.ALWAYS);
        if (options.withCountries()) {
            files.addAll(StarterFile.COUNTRIES);
        }
        List<Path> written = new ArrayList<>();
        for (StarterFile file : files) {
            Path target = folder.resolve(file.target());
            Files.createDirectories(target.getParent());
            String text = read(file.resource());
            Files.writeString(target, file.isTemplate() ? fillIn(text, options) : text, StandardCharsets.UTF_8);
            written.add(Path.of(file.target()));
        }
        return written;
    }

    /** The placeholders of the templates; the title goes into YAML as a quoted scalar, into Markdown as it is. */
    static String fillIn(String template, StarterOptions options) {
        return template
                .replace("title: @title@", "title: " + YamlQuoting.doubleQuoted(options.title()))
                .replace("@title@", options.title())
                .replace("@edition@", options.edition())
                .replace("@version@", options.toolVersion());
    }

    private static String read(String resource) {
        // A name without a leading '/' is a file of this package; one with it, a file the build puts elsewhere.
        try (InputStream in = StarterHandbook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the starter file " + resource + " is missing from the tool");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
