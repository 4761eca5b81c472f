package org.handbook.render.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.load.MediaFile;
import org.handbook.model.SitePath;
import org.handbook.parse.Images;

/** Points a page's images, left as markers by the parse stage, at where they are published. */
final class MediaHtml {

    private static final Pattern MARKER = Pattern.compile("src=\"" + Images.MARK + "media-(\\d+)" + Images.MARK + "\"");

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
            SitePath image = MediaPaths.of(media.get(Integer.parseInt(matcher.group(1))));
            matcher.appendReplacement(out, Matcher.quoteReplacement("src=\"" + image.hrefFrom(self) + "\""));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
