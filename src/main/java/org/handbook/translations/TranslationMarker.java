package org.handbook.translations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.TranslationState;
import org.handbook.parse.SourceFingerprint;

/**
 * Records in a translated chapter's front matter the version of its source it now matches:
 * {@code translation: source:} and {@code sections:} are rewritten with the source's current
 * fingerprints; {@code reviewed:} and everything else in the file are kept as they were.
 */
public final class TranslationMarker {

    private final LinkedHandbook handbook;
    private final Map<Path, LinkedPage> translations = new HashMap<>();
    private final Map<Path, LinkedBook> books = new HashMap<>();

    private TranslationMarker(LinkedHandbook handbook) {
        this.handbook = handbook;
        for (LinkedBook book : handbook.books()) {
            for (LinkedPage page : book.pages()) {
                if (page.translation().source().isPresent() && page.translation().status() != TranslationState.Status.MISSING) {
                    translations.put(page.page().file(), page);
                    books.put(page.page().file(), book);
                }
            }
        }
    }

    /** A marker for the translations of {@code handbook}: look it up once, mark any number of files. */
    public static TranslationMarker of(LinkedHandbook handbook) {
        return new TranslationMarker(handbook);
    }

    /** Thrown when the file named is not a translation of a chapter of the default language. */
    public static final class NotATranslation extends Exception {
        NotATranslation(String message) {
            super(message);
        }
    }

    /**
     * @param file the translation, relative to the handbook root
     * @return the fingerprint now recorded
     */
    public SourceFingerprint mark(Path file) throws NotATranslation, IOException {
        Path normalized = file.normalize();
        LinkedPage translation = translations.get(normalized);
        if (translation == null) {
            throw new NotATranslation(normalized.toString().replace('\\', '/') + " is not the translation of a chapter: "
                    + "translations are chapters/<language>/NN-slug.md with the same file name, in the same folder, as a chapter of "
                    + handbook.config().defaultLanguage().tag() + " (" + handbook.config().defaultLanguage().name() + ")");
        }
        LinkedBook sourceBook = handbook.book(handbook.config().defaultLanguage().tag(), books.get(normalized).edition().id())
                .orElseThrow();
        SourceFingerprint fingerprint = sourceBook.page(translation.page().frontMatter().id()).orElseThrow()
                .page().fingerprint();
        Path absolute = handbook.config().root().resolve(normalized);
        String text = Files.readString(absolute, StandardCharsets.UTF_8);
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        String marked = withRecord(text.replace("\r\n", "\n"), fingerprint,
                translation.page().frontMatter().translation().map(record -> record.reviewed()).orElse(false));
        Files.writeString(absolute, marked.replace("\n", lineEnd), StandardCharsets.UTF_8);
        return fingerprint;
    }

    /** The file with its front matter's {@code translation:} block replaced. */
    public static String withRecord(String text, SourceFingerprint fingerprint, boolean reviewed) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int closing = body.indexOf("\n---", 3);
        if (!body.startsWith("---\n") || closing < 0) {
            throw new IllegalStateException("the linker only accepts chapters with front matter");
        }
        List<String> lines = new ArrayList<>(List.of(body.substring(4, closing + 1).split("\n", -1)));
        lines.remove(lines.size() - 1);
        List<String> kept = new ArrayList<>();
        boolean inRecord = false;
        for (String line : lines) {
            if (line.startsWith("translation:")) {
                inRecord = true;
            } else if (inRecord && (line.startsWith(" ") || line.isBlank())) {
                continue;
            } else {
                inRecord = false;
                kept.add(line);
            }
        }
        kept.add("translation:");
        kept.add("  reviewed: " + reviewed);
        kept.add("  source: " + value(fingerprint.page()));
        kept.add("  sections:");
        for (Map.Entry<String, String> section : fingerprint.sections().entrySet()) {
            kept.add("    " + key(section.getKey()) + ": " + value(section.getValue()));
        }
        return "---\n" + String.join("\n", kept) + "\n" + body.substring(closing + 1);
    }

    /**
     * A fingerprint as written: quoted when YAML 1.2 would read it as a number (all digits, or digits with one e, such
     * as 5318013e1431), so that an editor's YAML extension sees the text the tool reads.
     */
    private static String value(String fingerprint) {
        return fingerprint.matches("[0-9]+([eE][0-9]+)?") ? "\"" + fingerprint + "\"" : fingerprint;
    }

    /** A YAML key as written: plain when that reads back as the same text, quoted otherwise. */
    private static String key(String anchor) {
        return anchor.matches("[\\p{L}_][\\p{L}\\p{N}\\p{M}_-]*") ? anchor : "\"" + anchor + "\"";
    }
}
