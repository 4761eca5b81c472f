package org.handbook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * Finds the chapter files of one language's folder, in reading order, each with its place in the
 * book: NN-slug.md files at the top, and folders of them that are parts ({@code _part.md}) or
 * chapters with sub-chapters ({@code index.md}). A part holds chapters, which may have
 * sub-chapters; nothing nests deeper. A folder that cannot be placed is reported once, and the
 * files in it are only known by name, so that references to them are not reported again.
 *
 * <p>A translation mirrors its source's folders; a folder whose own page is not translated yet
 * takes its source's, as a missing chapter does.
 */
final class ChapterFolders {

    static final Pattern CHAPTER_FILE = Pattern.compile("(\\d{1,5})-[a-z0-9]+(?:-[a-z0-9]+)*\\.md");
    private static final Pattern CHAPTER_FOLDER = Pattern.compile("(\\d{1,5})-[a-z0-9]+(?:-[a-z0-9]+)*");

    /** What a folder of chapters is. */
    private enum Role { LANGUAGE, PART, CHAPTER }

    /**
     * @param files   the chapter files to read, in reading order
     * @param skipped the Markdown files of folders that could not be placed (reported)
     * @param titles  the own page of each folder placed, by the folder's path inside the language's folder
     */
    record Found(List<Located> files, List<Path> skipped, Map<Path, String> titles) {
    }

    record Located(Path file, BookPlace place) {
    }

    private final Path root;
    private final Diagnostics diagnostics;
    private final Map<Path, String> sourceTitles;
    private final int maxFiles;
    private final List<Located> files = new ArrayList<>();
    private final List<Path> skipped = new ArrayList<>();
    private final Map<Path, String> titles = new LinkedHashMap<>();
    private boolean tooMany;

    /**
     * @param sourceTitles the default language's folders and their own pages, for a translation; empty for it
     * @param maxFiles     the most chapter files a book may have
     */
    ChapterFolders(Path root, Map<Path, String> sourceTitles, int maxFiles, Diagnostics diagnostics) {
        this.root = root;
        this.sourceTitles = Map.copyOf(sourceTitles);
        this.maxFiles = maxFiles;
        this.diagnostics = diagnostics;
    }

    /** @param languageDir the language's folder of chapters, relative to the root */
    Found walk(Path languageDir) {
        folder(languageDir, Path.of(""), Role.LANGUAGE, Optional.empty());
        return new Found(tooMany ? List.of() : files, skipped, titles);
    }

    /**
     * Places the entries of one folder.
     *
     * @param inBook the folder's path inside the language's folder
     * @param parent the place of the folder's own page, the parent of what it holds
     */
    private void folder(Path dir, Path inBook, Role role, Optional<Path> parent) {
        List<Path> entries = new ArrayList<>();
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            if (isFolder(child) ? holdsMarkdown(child) : looksLikeMarkdown(name) && !isOwnPage(name)) {
                entries.add(child);
            } else if (role == Role.LANGUAGE && isOwnPage(name)) {
                diagnostics.error(SourcePosition.of(child), "HB-CHAPTER-FILE-NAME",
                        "'" + name + "' is the own page of a folder of chapters, but stands at the top of the book",
                        "put it in the folder of the part or chapter it is the title of, such as "
                                + slashes(dir.resolve("02-cooperation").resolve(name)));
            }
        }
        long markdown = entries.stream().filter(entry -> !isFolder(entry)).count();
        if (files.size() + markdown > maxFiles) {
            if (!tooMany) {
                diagnostics.error(SourcePosition.of(dir), "HB-FOLDER-TOO-MANY", markdown > maxFiles
                                ? String.format(Locale.ROOT, "this folder holds %,d Markdown files; a book may have at most %,d chapters",
                                        markdown, maxFiles)
                                : String.format(Locale.ROOT, "with this folder the book holds more than %,d Markdown files;"
                                        + " a book may have at most %,d chapters", maxFiles, maxFiles),
                        "a handbook this large needs more memory than a build can count on: split it into several handbooks");
            }
            tooMany = true;
            return;
        }
        entries.sort(Comparator.comparing((Path entry) -> BookPlace.orderOf(entry.getFileName().toString()))
                .thenComparing(entry -> entry.getFileName().toString()));
        Map<Integer, Path> numbers = new HashMap<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean folder = isFolder(entry);
            if (!(folder ? CHAPTER_FOLDER : CHAPTER_FILE).matcher(name).matches()) {
                diagnostics.error(SourcePosition.of(entry), "HB-CHAPTER-FILE-NAME", folder
                                ? "folder name '" + name + "' does not have the form NN-slug"
                                : "chapter file name '" + name + "' does not have the form NN-slug.md",
                        folder ? "start the name with its place in the book and a hyphen, in lower case: 02-cooperation"
                                : "start the name with its place in the book and a hyphen, in lower case: 04-mutual-legal-assistance.md");
                skip(entry);
                continue;
            }
            Path first = numbers.putIfAbsent(BookPlace.orderOf(name), entry);
            if (first != null) {
                diagnostics.error(SourcePosition.of(entry), "HB-CHAPTER-ORDER",
                        "'" + name + "' has the same number as '" + first.getFileName() + "', so which comes first is unclear",
                        "number each file and folder of " + slashes(dir) + "/ differently, in the order they are read");
            }
            if (folder) {
                subfolder(entry, inBook.resolve(name), role, parent);
            } else {
                files.add(new Located(entry, new BookPlace(inBook.resolve(name), parent)));
            }
        }
    }

    /** A folder inside {@code role}'s folder: a part or a chapter with sub-chapters, if it may be one here. */
    private void subfolder(Path dir, Path inBook, Role outer, Optional<Path> outerParent) {
        boolean part = Files.isRegularFile(root.resolve(dir).resolve(BookPlace.PART_FILE));
        boolean chapter = Files.isRegularFile(root.resolve(dir).resolve(BookPlace.CHAPTER_FILE));
        String shown = slashes(dir) + "/";
        if (part && chapter) {
            refuse(dir, "HB-PART-FOLDER", "folder " + shown + " holds both " + BookPlace.PART_FILE + " and "
                            + BookPlace.CHAPTER_FILE + ": it is either a part or a chapter with sub-chapters",
                    "keep " + BookPlace.PART_FILE + " for a part of the book, or " + BookPlace.CHAPTER_FILE
                            + " for a chapter whose sub-chapters are in the folder");
            return;
        }
        Optional<String> own = part ? Optional.of(BookPlace.PART_FILE)
                : chapter ? Optional.of(BookPlace.CHAPTER_FILE) : Optional.ofNullable(sourceTitles.get(inBook));
        if (own.isEmpty()) {
            refuse(dir, "HB-PART-FOLDER", "folder " + shown + " has no " + BookPlace.PART_FILE + " or "
                            + BookPlace.CHAPTER_FILE + ", so it is neither a part nor a chapter with sub-chapters",
                    "add " + BookPlace.PART_FILE + " (front matter with the part's id and title) to make it a part, or "
                            + BookPlace.CHAPTER_FILE + " (the chapter's own text) to make its files sub-chapters");
            return;
        }
        Role role = own.get().equals(BookPlace.PART_FILE) ? Role.PART : Role.CHAPTER;
        if (outer == Role.CHAPTER || (outer == Role.PART && role == Role.PART)) {
            refuse(dir, "HB-PART-NESTING", outer == Role.CHAPTER
                            ? "folder " + shown + " is inside a chapter's folder: sub-chapters cannot have sub-chapters of their own"
                            : "folder " + shown + " is a part inside a part: parts do not nest",
                    outer == Role.CHAPTER
                            ? "make its files sub-chapters of the chapter beside it, or make the chapter a part"
                            : "move it beside its part, at the top of the language's folder, or make it a chapter with "
                                    + BookPlace.CHAPTER_FILE + " in place of " + BookPlace.PART_FILE);
            return;
        }
        Path title = inBook.resolve(own.get());
        titles.put(inBook, own.get());
        if (part || chapter) {
            files.add(new Located(dir.resolve(own.get()), new BookPlace(title, role == Role.PART ? Optional.empty() : outerParent)));
        }
        int before = files.size() + skipped.size();
        folder(dir, inBook, role, Optional.of(title));
        // A translated part whose chapters are not translated yet has its source's.
        if (role == Role.PART && part && files.size() + skipped.size() == before && !tooMany && !sourceTitles.containsKey(inBook)) {
            diagnostics.error(SourcePosition.of(dir.resolve(BookPlace.PART_FILE)), "HB-PART-EMPTY",
                    "this part has no chapters", "add its chapters to " + shown + " as NN-slug.md files, or remove the folder");
        }
    }

    /** Reports a folder that cannot be placed, once; its files are known only by name from now on. */
    private void refuse(Path dir, String code, String message, String hint) {
        diagnostics.error(SourcePosition.of(dir), code, message, hint);
        skip(dir);
    }

    private void skip(Path entry) {
        if (!isFolder(entry)) {
            skipped.add(entry);
            return;
        }
        try (Stream<Path> walk = Files.walk(root.resolve(entry))) {
            walk.filter(Files::isRegularFile).filter(file -> looksLikeMarkdown(file.getFileName().toString()))
                    .map(root::relativize).sorted().forEach(skipped::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // Listed as a problem where the folder is read; nothing more to know of it here.
        }
    }

    private boolean holdsMarkdown(Path dir) {
        try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
            return walk.anyMatch(file -> looksLikeMarkdown(file.getFileName().toString()) && !Files.isDirectory(file));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private boolean isFolder(Path relative) {
        return Files.isDirectory(root.resolve(relative));
    }

    private static boolean isOwnPage(String name) {
        return name.equals(BookPlace.PART_FILE) || name.equals(BookPlace.CHAPTER_FILE);
    }

    /** Markdown by any of its usual names, so a chapter saved as .MD or .markdown is reported, not skipped. */
    static boolean looksLikeMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private List<Path> list(Path relativeDir) {
        return FolderEntries.of(root, relativeDir, diagnostics);
    }
}
