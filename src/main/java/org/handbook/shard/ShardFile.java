package org.handbook.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.model.SitePath;
import org.handbook.text.JsonText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code handbook-shard.json}: which books a build with {@code --only} holds ("en/2026"), in the
 * handbook's order, and a digest of what it was built from ({@code sources}: every source file and
 * the build's options), so that {@code handbook merge} can tell that its shards hold every book
 * once and were built alike. Merge leaves it out of the site it writes.
 */
public record ShardFile(List<String> books, String sources) {

    public static final SitePath PATH = new SitePath("handbook-shard.json");

    public ShardFile {
        books = List.copyOf(books);
    }

    public byte[] bytes() {
        return JsonText.of(this).getBytes(StandardCharsets.UTF_8);
    }

    /** The shard file of the site in {@code folder}. */
    static ShardFile read(Path folder) throws MergeException {
        Path file = folder.resolve(PATH.value());
        if (!Files.isRegularFile(file)) {
            throw new MergeException(folder + " is not a shard: it has no " + PATH.value()
                    + "; build each shard with handbook build --only LANG/EDITION --out DIR");
        }
        try {
            return JsonMapper.builder().build().readValue(Files.readString(file), ShardFile.class);
        } catch (IOException | JacksonException e) {
            throw new MergeException("cannot read " + file + ": " + e.getMessage() + "; build the shard again");
        }
    }
}
