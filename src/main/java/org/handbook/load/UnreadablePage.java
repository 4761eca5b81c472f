package org.handbook.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter file whose front matter could not be read, or that stands in a folder that could not
 * be placed in its book, and the id it most likely has: what its {@code id:} line says if one can
 * be made out, else its file name without the number in front ("04-mutual-legal-assistance.md" →
 * "mutual-legal-assistance"; a folder's own page by the folder's name). Later stages know the page
 * by it, so that its error is the one message: references to it and translations of it are not
 * reported again. {@code inBook} is its path inside the language's folder, by which a translation
 * is lined up with its source.
 */
public record UnreadablePage(Path file, String probableId, Path inBook) {

    private static final Pattern ID_LINE = Pattern.compile("(?m)^id\\s*:?\\s*[\"']?([A-Za-z0-9][A-Za-z0-9_-]*)");
    private static final Pattern NUMBERED_NAME = Pattern.compile("^\\d+-(.+?)(?:\\.(?i:md|markdown))?$");

    /** @param text the file's text, if it could be read at all */
    static UnreadablePage of(Path file, Optional<String> text, Path inBook) {
        Optional<String> written = text.map(ID_LINE::matcher).filter(Matcher::find).map(matcher -> matcher.group(1));
        String name = file.getFileName().toString();
        if ((name.equals(BookPlace.PART_FILE) || name.equals(BookPlace.CHAPTER_FILE)) && file.getParent() != null) {
            name = file.getParent().getFileName().toString();
        }
        Matcher numbered = NUMBERED_NAME.matcher(name);
        String fromName = numbered.matches() ? numbered.group(1) : name.replaceFirst("\\.[^.]*$", "");
        return new UnreadablePage(file, written.orElse(fromName).toLowerCase(Locale.ROOT), inBook);
    }

    /** The file's name, by which a translation is lined up with its source. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
