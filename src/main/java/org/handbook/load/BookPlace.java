package org.handbook.load;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page stands in its book, by its path inside the language's folder of chapters
 * ({@code 02-cooperation/04-ownership/01-what-is-ownership.md}). A translation has its source's
 * place, which is how the two are lined up. A folder of chapters is a part when it holds
 * {@value #PART_FILE}, the part's own page, and a chapter with sub-chapters when it holds
 * {@value #CHAPTER_FILE}, the chapter's own page; {@code parent} is the place of the part or
 * chapter a page stands in, empty at the top of the book.
 */
public record BookPlace(Path path, Optional<Path> parent) implements Comparable<BookPlace> {

    /** The file that makes a folder a part: its title and introduction. */
    public static final String PART_FILE = "_part.md";
    /** The file that makes a folder a chapter with sub-chapters: the chapter's own text. */
    public static final String CHAPTER_FILE = "index.md";

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,5})-.*");
    private static final Comparator<String> SEGMENTS = Comparator.comparingInt(BookPlace::orderOf)
            .thenComparing(Comparator.naturalOrder());

    /** A page at the top of a flat book: a chapter or annex file directly in the language's folder. */
    public static BookPlace top(Path fileName) {
        return new BookPlace(fileName, Optional.empty());
    }

    /** Whether this is a part's own page, {@value #PART_FILE}. */
    public boolean isPart() {
        return fileName().equals(PART_FILE);
    }

    /** Whether this is the own page of a chapter with sub-chapters, {@value #CHAPTER_FILE}. */
    public boolean isChapterOfFolder() {
        return fileName().equals(CHAPTER_FILE);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** As written in messages, with forward slashes: "02-cooperation/_part.md". */
    public String display() {
        return path.toString().replace('\\', '/');
    }

    /**
     * Reading order: folder by folder, a folder's own page first, then its entries by the number
     * their names start with, then by name.
     */
    @Override
    public int compareTo(BookPlace other) {
        return READING_ORDER.compare(path, other.path);
    }

    /** Paths inside a language's folder in reading order, as {@link #compareTo} orders places. */
    public static final Comparator<Path> READING_ORDER = (one, other) -> {
        int count = Math.min(one.getNameCount(), other.getNameCount());
        for (int i = 0; i < count; i++) {
            String mine = one.getName(i).toString();
            String theirs = other.getName(i).toString();
            if (!mine.equals(theirs)) {
                return SEGMENTS.compare(mine, theirs);
            }
        }
        return Integer.compare(one.getNameCount(), other.getNameCount());
    };

    /** A folder's own page before everything in it; then the number a name starts with. */
    static int orderOf(String name) {
        if (name.equals(PART_FILE) || name.equals(CHAPTER_FILE)) {
            return -1;
        }
        Matcher matcher = NUMBERED.matcher(name);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }
}
