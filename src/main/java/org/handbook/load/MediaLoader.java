package org.handbook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.handbook.files.Digests;
import org.handbook.files.SpecialFiles;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.text.SourceText;

/**
 * Reads the images of one edition: every file under its {@code images/} folder. Only formats
 * that both browsers and the PDF engine draw are accepted (PNG, JPEG, GIF, and SVG drawings that
 * hold nothing but a drawing); a file that leads
 * outside the handbook, a named pipe or device, or a file too large is refused.
 */
final class MediaLoader {

    static final String FOLDER = "images";
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg");
    private static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Images are held in memory while a build runs; this many at the size limit would not fit. */
    static final int MAX_FILES = 10_000;

    private MediaLoader() {
    }

    /**
     * The edition's images, and the files of its image folder refused with an error (so a chapter
     * showing one is not told again that there is no such image).
     *
     * @param base the edition's folder relative to the root ("" for the working tree)
     */
    static MediaFolder load(Path root, Path base, Diagnostics diagnostics) {
        Map<Path, MediaFile> media = new TreeMap<>();
        Set<Path> refused = new TreeSet<>();
        Path folder = root.resolve(base).resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new MediaFolder(media, refused);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(path -> !Files.isDirectory(path)).sorted().toList();
            if (all.size() > MAX_FILES) {
                diagnostics.error(SourcePosition.of(base.resolve(FOLDER)), "HB-FOLDER-TOO-MANY",
                        String.format(Locale.ROOT, "this folder holds %,d files; a handbook may have at most %,d images",
                                all.size(), MAX_FILES),
                        "keep only the images the chapters show, and split a larger handbook into several");
                return new MediaFolder(media, refused);
            }
            for (Path file : all) {
                Path relative = root.relativize(file);
                Optional<MediaFile> image = read(root, file, relative, diagnostics);
                if (image.isPresent()) {
                    media.put(relative, image.get());
                } else if (!file.getFileName().toString().startsWith(".")) {
                    refused.add(relative);
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(base.resolve(FOLDER)), "HB-FILE-UNREADABLE",
                    "cannot list this folder: " + e.getMessage(), "check that it exists and can be read");
        }
        return new MediaFolder(media, refused);
    }

    private static Optional<MediaFile> read(Path root, Path file, Path relative, Diagnostics diagnostics) {
        SourcePosition whole = SourcePosition.of(relative);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        if (SpecialFiles.refused(file, relative, diagnostics)) {
            return Optional.empty();
        }
        if (!EXTENSIONS.contains(extension)) {
            diagnostics.error(whole, "HB-IMAGE-TYPE", "'" + name + "' is not an image the site and the PDF can both show",
                    "save it as SVG or PNG (drawings, charts) or JPEG (photographs); GIF also works");
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                diagnostics.error(whole, "HB-FILE-OUTSIDE", "this file leads outside the handbook folder",
                        "replace the symbolic link with the file itself");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                SourceText.reportTooLarge(diagnostics, whole, "image", size, MAX_BYTES,
                        "reduce its size: a page image rarely needs more than 2,000 pixels across");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            ImageCheck.Outcome read = ImageCheck.check(bytes, extension);
            if (read.problem().isPresent()) {
                SourcePosition at = read.line() > 0 ? SourcePosition.of(relative, read.line(), read.column()) : whole;
                diagnostics.error(at, "HB-IMAGE-INVALID", "this image cannot be used: " + read.problem().get(),
                        extension.equals("svg")
                                ? "export it again as a plain drawing (in Inkscape, Save As, Plain SVG), without scripts,"
                                        + " embedded HTML, or fonts, images and stylesheets from other files"
                                : "export it again from the program that made it, as PNG (drawings, charts) or JPEG"
                                        + " (photographs), at most a few thousand pixels across");
                return Optional.empty();
            }
            return Optional.of(new MediaFile(relative, bytes, Digests.sha256(bytes), Optional.ofNullable(read.size())));
        } catch (IOException e) {
            diagnostics.error(whole, "HB-FILE-UNREADABLE", "cannot read this file: " + e.getMessage(),
                    "check that it exists and can be read");
            return Optional.empty();
        }
    }
}
