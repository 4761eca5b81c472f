package org.handbook.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Text;
import org.handbook.load.MediaFile;
import org.handbook.model.Diagnostics;
import org.handbook.yaml.Spelling;

/**
 * Finds the images of a page ({@code ![A map of the region](../../images/region.png)}), each
 * named by its path from the chapter, as GitHub shows it in a pull request. Each must be one of
 * the handbook's images; its address is left as a marker for the render stage, which knows where
 * the image is published, with the width written after it ({@code {width=50%}}). Images from elsewhere on the web are refused: what readers see must
 * come from the repository.
 */
public final class Images extends AbstractVisitor {

    /** Around an image's index in the page's list of images, as its address: a private-use character no text has. */
    public static final char MARK = '\uE003';
    private static final Pattern WIDTH = Pattern.compile("\\{width=([0-9]{1,3})%}");

    private final SourceLocator locator;
    private final Path folder;
    private final Map<Path, MediaFile> media;
    private final Set<Path> refused;
    private final Diagnostics diagnostics;
    private final List<MediaFile> used = new ArrayList<>();

    private Images(SourceLocator locator, Path page, Map<Path, MediaFile> media, Set<Path> refused, Diagnostics diagnostics) {
        this.locator = locator;
        this.folder = page.getParent() == null ? Path.of("") : page.getParent();
        this.media = media;
        this.refused = refused;
        this.diagnostics = diagnostics;
    }

    /** The images the page shows, in order of first use, with markers in place of their addresses. */
    static List<MediaFile> replace(org.commonmark.node.Node document, SourceLocator locator, Path page,
                                   Map<Path, MediaFile> media, Set<Path> refused, Diagnostics diagnostics) {
        Images images = new Images(locator, page, media, refused, diagnostics);
        document.accept(images);
        return List.copyOf(images.used);
    }

    @Override
    public void visit(Image image) {
        String destination = image.getDestination();
        if (image.getFirstChild() == null) {
            diagnostics.warning(locator.of(image), "HB-IMAGE-ALT", "this image has no text alternative",
                    "describe what it shows between the brackets, ![like this](…), for readers who cannot see it");
        }
        if (LinkDestination.of(destination).kind() != LinkDestination.Kind.LOCAL) {
            return; // reported with the page's other addresses: remote, unsafe, or not a path
        }
        Optional<Path> path = pathOf(destination);
        Optional<MediaFile> file = path.map(media::get);
        if (file.isEmpty() && path.filter(refused::contains).isPresent()) {
            return; // the image file itself is reported, with what is wrong with it
        }
        if (file.isEmpty()) {
            String relative = destination.isEmpty() ? "(empty)" : destination;
            diagnostics.error(locator.of(image), "HB-IMAGE-MISSING", "no image of the handbook at " + relative,
                    Spelling.nearest(destination, media.keySet().stream().map(this::fromPage).toList())
                            .map(near -> "did you mean " + near + "? ").orElse("")
                            + "images live in images/ at the handbook's root and are named by their path from the"
                            + " chapter, such as ../../images/map.png");
            return;
        }
        int index = used.indexOf(file.get());
        if (index < 0) {
            index = used.size();
            used.add(file.get());
        }
        image.setDestination(MARK + "media-" + index + width(image).map(percent -> "-w" + percent).orElse("") + MARK);
    }

    /**
     * The width written right after an image, {@code {width=50%}} as in Pandoc: a share of the
     * text's width, which holds on a phone and in print alike. Taken out of the text.
     */
    private Optional<Integer> width(Image image) {
        if (!(image.getNext() instanceof Text after) || !after.getLiteral().startsWith("{width")) {
            return Optional.empty();
        }
        Matcher written = WIDTH.matcher(after.getLiteral());
        int percent = written.lookingAt() ? Integer.parseInt(written.group(1)) : 0;
        if (percent < 1 || percent > 100) {
            diagnostics.error(locator.of(after), "HB-IMAGE-WIDTH", "an image's width is a share of the text's width,"
                            + " from 1% to 100%: " + after.getLiteral().split("}", 2)[0] + "}",
                    "write it right after the image as {width=50%}");
            return Optional.empty();
        }
        after.setLiteral(after.getLiteral().substring(written.end()));
        if (after.getLiteral().isEmpty()) {
            after.unlink();
        }
        return Optional.of(percent);
    }

    /** The path from the root that an image's destination names, if it names one. */
    private Optional<Path> pathOf(String destination) {
        if (destination.isEmpty() || destination.startsWith("/") || destination.contains("?") || destination.contains("#")) {
            return Optional.empty();
        }
        try {
            return Optional.of(folder.resolve(URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize());
        } catch (IllegalArgumentException e) { // also InvalidPathException, and bad percent-encoding
            return Optional.empty();
        }
    }

    private String fromPage(Path image) {
        return folder.relativize(image).toString().replace('\\', '/');
    }
}
