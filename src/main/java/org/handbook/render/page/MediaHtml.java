package org.handbook.render.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.load.MediaFile;
import org.handbook.model.SitePath;
import org.handbook.parse.Images;

/**
 * Points a page's images, left as markers by the parse stage, at where they are published, with
 * their size, so that the text does not move as they load, and the width their editor gave them.
 */
final class MediaHtml {

    private static final Pattern MARKER = Pattern.compile("src=\"" + Images.MARK + "media-(\\d+)(?:-w(\\d+))?" + Images.MARK + "\"");

    private MediaHtml() {
    }

    /** @param media the page's images, by the index in their marker */
    static String fill(String html, List<MediaFile> media, SitePath self) {
        if (media.isEmpty()) {
            return html;
        }
        Matcher matcher = MARKER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            MediaFile file = media.get(Integer.parseInt(matcher.group(1)));
            StringBuilder attributes = new StringBuilder("src=\"").append(MediaPaths.of(file).hrefFrom(self)).append('"');
            file.size().ifPresent(size -> attributes.append(" width=\"").append(size.width())
                    .append("\" height=\"").append(size.height()).append('"'));
            if (matcher.group(2) != null) {
                attributes.append(" style=\"width: ").append(matcher.group(2)).append("%\"");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(attributes.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
