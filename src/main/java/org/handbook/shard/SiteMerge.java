package org.handbook.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.model.SitePath;
import org.handbook.publish.Staging;
import org.handbook.render.Manifest;
import org.handbook.text.JsonText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Joins the shards of a site built book by book ({@code build --only}, one CI job each) into the
 * site one build would have written, byte for byte. Each shard holds its books' pages, PDFs and
 * search indexes, and the files the whole site shares (assets, images, the sitemap, the manifest
 * of every page); the shard with the default book holds the site's entrances. A file in several
 * shards must be the same in each, which it is when they were built from the same sources; the
 * manifest differs only in the PDFs each shard printed, which merge lists together in the
 * handbook's order.
 */
public final class SiteMerge {

    private static final String MANIFEST = Manifest.FILE_NAME;

    private SiteMerge() {
    }

    /** Merges {@code shards} into {@code staging}; nothing is written when they cannot be merged. */
    public static void merge(List<Path> shards, Staging staging) throws MergeException, IOException {
        if (shards.isEmpty()) {
            throw new MergeException("give the folders of the shards to merge");
        }
        Map<String, Path> holders = new LinkedHashMap<>();
        List<Manifest> manifests = new ArrayList<>();
        String sources = null;
        for (Path shard : shards) {
            ShardFile read = ShardFile.read(shard);
            if (sources == null) {
                sources = read.sources();
            } else if (!read.sources().equals(sources)) {
                throw new MergeException(shards.get(0) + " and " + shard + " were built from different sources, or with"
                        + " a different --base-url or SOURCE_DATE_EPOCH; build every shard from the same commit alike");
            }
            for (String book : read.books()) {
                Path other = holders.putIfAbsent(book, shard);
                if (other != null) {
                    throw new MergeException(book + " is in both " + other + " and " + shard
                            + "; build each book in one shard only");
                }
            }
            manifests.add(manifest(shard));
        }
        Manifest merged = merged(shards, manifests, holders.keySet());
        Map<String, Path> files = files(shards);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path target = staging.folder().resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target);
        }
        staging.write(new SitePath(MANIFEST), JsonText.of(merged).getBytes(StandardCharsets.UTF_8));
    }

    /** The manifest of the whole site: every shard lists every page, and its own books' PDFs and EPUBs. */
    private static Manifest merged(List<Path> shards, List<Manifest> manifests, Set<String> held) throws MergeException {
        Manifest first = manifests.get(0);
        for (int i = 1; i < manifests.size(); i++) {
            if (!withoutBooks(manifests.get(i)).equals(withoutBooks(first))) {
                throw new MergeException(shards.get(0) + " and " + shards.get(i) + " were built from different sources"
                        + " (their " + MANIFEST + " lists differ); build every shard from the same commit");
            }
        }
        Set<String> books = new LinkedHashSet<>();
        first.pages().forEach(page -> books.add(page.lang() + "/" + page.edition()));
        for (String book : books) {
            if (!held.contains(book)) {
                throw new MergeException("no shard holds " + book + "; build it with handbook build --only " + book);
            }
        }
        List<String> order = List.copyOf(books);
        List<Manifest.PdfEntry> pdfs = manifests.stream().flatMap(manifest -> manifest.pdfs().stream())
                .sorted(Comparator.comparingInt(pdf -> order.indexOf(pdf.lang() + "/" + pdf.edition())))
                .toList();
        List<Manifest.EpubEntry> epubs = manifests.stream().flatMap(manifest -> manifest.epubs().stream())
                .sorted(Comparator.comparingInt(epub -> order.indexOf(epub.lang() + "/" + epub.edition())))
                .toList();
        return new Manifest(first.title(), first.defaultLanguage(), first.currentEdition(), first.languages(),
                first.editions(), first.pages(), first.redirects(), pdfs, epubs, first.citations());
    }

    private static Manifest withoutBooks(Manifest manifest) {
        return new Manifest(manifest.title(), manifest.defaultLanguage(), manifest.currentEdition(), manifest.languages(),
                manifest.editions(), manifest.pages(), manifest.redirects(), List.of(), List.of(), manifest.citations());
    }

    private static Manifest manifest(Path shard) throws MergeException {
        Path file = shard.resolve(MANIFEST);
        try {
            return JsonMapper.builder().build().readValue(Files.readString(file), Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new MergeException("cannot read " + file + ": " + e.getMessage() + "; build the shard again");
        }
    }

    /** A file of a shard. */
    private record Found(Path shard, Path file) {
    }

    /**
     * Every file of the shards by its path in the site, from the first shard that has it, once
     * every other copy is found to be the same; the manifest and the shard files are left out.
     */
    private static Map<String, Path> files(List<Path> shards) throws MergeException, IOException {
        Map<String, Found> files = new TreeMap<>();
        for (Path shard : shards) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(shard)) {
                found = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : found) {
                String path = shard.relativize(file).toString().replace('\\', '/');
                if (path.equals(MANIFEST) || path.equals(ShardFile.PATH.value())) {
                    continue;
                }
                Found earlier = files.putIfAbsent(path, new Found(shard, file));
                if (earlier != null && Files.mismatch(earlier.file(), file) != -1) {
                    throw new MergeException(path + " differs between " + earlier.shard() + " and " + shard
                            + "; build every shard from the same commit");
                }
            }
        }
        Map<String, Path> paths = new TreeMap<>();
        files.forEach((path, found) -> paths.put(path, found.file()));
        return paths;
    }
}
