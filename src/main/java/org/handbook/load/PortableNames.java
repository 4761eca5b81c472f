package org.handbook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbook.files.SpecialFiles;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * File names every editor can check out: a handbook is edited on Windows and macOS too, where two
 * names differing only in case are one file, and Windows refuses some characters, device names
 * and long paths. Only names are read here, never contents; on the way, a named pipe, device or
 * socket anywhere in these folders is reported, since no reader may open one (theme files included).
 */
final class PortableNames {

    private static final List<String> FOLDERS = List.of(Loader.CHAPTERS, CountryLoader.COUNTRIES, MediaLoader.FOLDER,
            Loader.EDITIONS, "theme");
    private static final Pattern REFUSED_CHARACTERS = Pattern.compile("[<>:\"\\\\|?*\\x00-\\x1f]");
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    /** Windows' limit is 260 for the whole path; this leaves room for the folder the repository is cloned into. */
    static final int LONGEST_PATH = 200;

    private PortableNames() {
    }

    static void check(Path root, Diagnostics diagnostics) {
        Deque<Path> folders = new ArrayDeque<>();
        FOLDERS.stream().map(root::resolve).filter(Files::isDirectory).forEach(folders::add);
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            List<Path> entries;
            try (Stream<Path> listing = Files.list(folder)) {
                entries = listing.sorted().toList();
            } catch (IOException e) {
                diagnostics.error(SourcePosition.of(root.relativize(folder)), "HB-FILE-UNREADABLE", "cannot list this folder: "
                        + e.getMessage(), "check that it exists and can be read");
                continue;
            }
            Map<String, String> seen = new HashMap<>();
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                check(root.relativize(entry), name, seen, diagnostics);
                SpecialFiles.refused(entry, root.relativize(entry), diagnostics);
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.push(entry);
                }
            }
        }
    }

    private static void check(Path relative, String name, Map<String, String> seen, Diagnostics diagnostics) {
        String shown = relative.toString().replace('\\', '/');
        problem(name).ifPresent(problem -> diagnostics.error(SourcePosition.of(relative), "HB-FILE-NAME-PORTABLE",
                "'" + name + "' " + problem + ", so the handbook cannot be checked out on Windows",
                "rename it with letters, digits, hyphens and dots only"));
        String twin = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        if (twin != null) {
            diagnostics.error(SourcePosition.of(relative), "HB-FILE-NAME-CASE",
                    "'" + name + "' and '" + twin + "' differ only in case: on Windows and macOS they are"
                            + " one file, and one would overwrite the other",
                    "rename one of them, or remove it");
        }
        if (shown.length() > LONGEST_PATH) {
            diagnostics.warning(SourcePosition.of(relative), "HB-FILE-PATH-LONG",
                    "this path is " + shown.length() + " characters long; Windows refuses paths over 260,"
                            + " counting the folder the repository is cloned into",
                    "keep paths under " + LONGEST_PATH + " characters: shorten the file's name");
        }
    }

    private static Optional<String> problem(String name) {
        Matcher refused = REFUSED_CHARACTERS.matcher(name);
        if (refused.find()) {
            char c = refused.group().charAt(0);
            return Optional.of(c < 0x20 ? String.format("holds the control character U+%04X", (int) c) : "holds '" + c + "'");
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return Optional.of("ends with a " + (name.endsWith(".") ? "dot" : "space"));
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        return DEVICE_NAMES.contains(base) ? Optional.of("is the name of a Windows device") : Optional.empty();
    }
}
