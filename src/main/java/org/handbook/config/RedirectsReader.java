package org.handbook.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.yaml.YamlMapping;

/**
 * Reads {@code redirects} of handbook.yml: old page id to new page id, with an anchor where the old
 * page became a section of the new one. Ids are checked as page ids are, so an address made of one
 * can only be a folder of its own inside a book; whether the pages exist is the link stage's check.
 */
final class RedirectsReader {

    private static final String CODE = "HB-CONFIG-REDIRECT";
    /** A page id, then optionally an anchor as headings have them (letters, digits, marks, '_' and '-'). */
    private static final Pattern TARGET = Pattern.compile("([^#]*)(?:#([\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_-]*))?");

    private RedirectsReader() {
    }

    static List<Redirect> read(YamlMapping redirects, Diagnostics local) {
        List<Redirect> read = new ArrayList<>();
        for (String old : redirects.keys()) {
            Optional<PageId> from = oldId(old, redirects, local);
            Optional<String> target = redirects.text(old);
            Optional<Redirect> redirect = target.flatMap(text -> {
                Matcher parts = TARGET.matcher(text);
                if (!parts.matches() || !PageId.isWellFormed(parts.group(1))) {
                    local.error(redirects.positionOf(old), CODE, "'" + text + "' is not a page id, with or without an anchor",
                            "write the id of the page it moved to, as its front matter gives it, and '#' with an anchor"
                                    + " for one of its sections: extradition#dual-criminality");
                    return Optional.empty();
                }
                return from.map(id -> new Redirect(id, new PageId(parts.group(1)), Optional.ofNullable(parts.group(2)),
                        redirects.keyPosition(old), redirects.positionOf(old)));
            });
            if (target.isEmpty() && redirects.get(old).isEmpty()) {
                local.error(redirects.keyPosition(old), CODE, "the redirect of '" + old + "' leads nowhere",
                        "write the id of the page it moved to after the colon: " + old + ": new-page-id");
            }
            redirect.ifPresent(read::add);
        }
        return read;
    }

    private static Optional<PageId> oldId(String old, YamlMapping redirects, Diagnostics local) {
        if (!PageId.isWellFormed(old)) {
            local.error(redirects.keyPosition(old), CODE, "'" + old + "' is not a page id",
                    "write the id the moved page had in its front matter: lower-case letters, digits and hyphens,"
                            + " such as old-chapter-id");
            return Optional.empty();
        }
        if (PageId.RESERVED.contains(old)) {
            local.error(redirects.keyPosition(old), CODE, "'" + old + "' is the address of one of the site's own pages",
                    "a redirect replaces only a chapter's address; reserved: "
                            + String.join(", ", PageId.RESERVED.stream().sorted().toList()));
            return Optional.empty();
        }
        return Optional.of(new PageId(old));
    }
}
