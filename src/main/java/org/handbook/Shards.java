package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.handbook.config.Edition;
import org.handbook.config.HandbookConfig;
import org.handbook.config.Language;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.BookId;
import org.handbook.shard.ShardFile;

/** The books of a build split by book ({@code build --only}): which exist, and what a shard records of them. */
final class Shards {

    private Shards() {
    }

    static BookId idOf(LinkedBook book) {
        return new BookId(book.language().tag(), book.edition().id());
    }

    /** Refuses a book the handbook does not have, naming those it has. */
    static void verify(Set<BookId> only, HandbookConfig config) throws UnknownBookException {
        for (BookId book : only) {
            boolean language = config.languages().stream().map(Language::tag).anyMatch(book.language()::equals);
            boolean edition = config.editions().stream().map(Edition::id).anyMatch(book.edition()::equals);
            if (!language || !edition) {
                throw new UnknownBookException("--only " + book + ": the handbook has no "
                        + (language ? "edition " + book.edition() : "language " + book.language().value())
                        + "; its books are " + all(config));
            }
        }
    }

    private static String all(HandbookConfig config) {
        return config.languages().stream().flatMap(language -> config.editions().stream()
                        .map(edition -> language.tag().value() + "/" + edition.id().value()))
                .collect(Collectors.joining(", "));
    }

    /** What a shard records of the books it holds, in the handbook's order, and of what it was built from. */
    static ShardFile file(LinkedHandbook handbook, Predicate<LinkedBook> built, BuildRequest request) {
        List<String> books = handbook.books().stream().filter(built).map(book -> idOf(book).toString()).toList();
        return new ShardFile(books, digest(handbook.config().root(), request));
    }

    /** SHA-256 of every source file, by its path and bytes, and of the options that change what a build writes. */
    private static String digest(Path root, BuildRequest request) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (Path file : HandbookSources.of(root)) {
            digest.update((file.toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                digest.update(Files.readAllBytes(root.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        digest.update(("\nbaseUrl " + request.baseUrl().orElse("") + "\nsourceDate "
                + request.sourceDate().map(Object::toString).orElse("")).getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}
