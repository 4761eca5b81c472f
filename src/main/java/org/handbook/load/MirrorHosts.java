package org.handbook.load;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sites that re-post other publishers' documents (document-sharing sites, aggregators, proxies and
 * caches), and personal mirrors. A copy there may be faithful, but nothing vouches for it, so a
 * fact needs the original beside it.
 */
final class MirrorHosts {

    private static final Set<String> HOSTS = Set.of(
            "scribd.com", "lawsdocbox.com", "documents.pub", "dokumen.pub", "paperzz.com", "pdfslide.us", "pdfslide.net",
            "docslib.org", "vdocuments.us", "vdocuments.mx", "vdocuments.net", "vdocuments.site", "fdocuments.net",
            "fdocuments.in", "fdocuments.us", "123dok.com", "yumpu.com", "studylib.net", "pdfcoffee.com", "slideshare.net",
            "wikimili.com", "exxun.com", "uncac.cn", "corecommunique.com", "panyh.net", "fanyv88.com", "1.800.gay",
            "rt.http3.lol", "webcache.googleusercontent.com", "wikileaks.jcvignoli.com", "myopensoft.net");

    private MirrorHosts() {
    }

    /** The mirror's host when {@code address} is on one of the listed sites or a subdomain of one. */
    static Optional<String> mirrorOf(String address) {
        String host;
        try {
            host = URI.create(address.trim()).getHost();
        } catch (IllegalArgumentException unparsable) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        String lower = host.toLowerCase(Locale.ROOT);
        for (String listed : HOSTS) {
            if (lower.equals(listed) || lower.endsWith("." + listed)) {
                return Optional.of(listed);
            }
        }
        return Optional.empty();
    }
}
