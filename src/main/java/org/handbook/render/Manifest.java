package org.handbook.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.handbook.model.SitePath;

/**
 * {@code manifest.json}: what a build published, for people's tools and for ours. Field order is
 * the order of the JSON.
 */
public record Manifest(
        String title,
        String defaultLanguage,
        String currentEdition,
        List<LanguageEntry> languages,
        List<EditionEntry> editions,
        List<PageEntry> pages,
        List<RedirectEntry> redirects,
        List<PdfEntry> pdfs,
        List<EpubEntry> epubs,
        List<CitationEntry> citations) {

    public static final String FILE_NAME = "manifest.json";

    public record LanguageEntry(String code, String name) {
    }

    /** {@code status} is "current" or "published". */
    public record EditionEntry(String id, String title, String status, boolean current) {
    }

    /** {@code url} is the page's address from the site root; one ending in '/' is served by its index.html. */
    public record PageEntry(String url, String lang, String edition, String kind, String id, String title, String source) {
    }

    /**
     * The old address of a moved page in one book ({@code id} its old id), and the address from the
     * site root it sends readers to, with the section's anchor when it names one.
     */
    public record RedirectEntry(String url, String lang, String edition, String id, String target) {
    }

    /**
     * A print PDF, how many pages it has and its size in bytes, which readers see before they
     * download it, and its SHA-256 (hexadecimal), by which a copy kept or printed is checked.
     */
    public record PdfEntry(String url, String lang, String edition, int pages, long bytes, String sha256) {

        /** The entry of the PDF {@code content}, published at {@code path}. */
        public static PdfEntry of(SitePath path, String lang, String edition, int pages, byte[] content) {
            try {
                return new PdfEntry(path.url(), lang, edition, pages, content.length,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }

    /** A book's citations in one format ({@code CSL-JSON}, {@code BibTeX}, {@code RIS}), for reference managers. */
    public record CitationEntry(String url, String lang, String edition, String format) {
    }

    /** An e-book (EPUB 3) and its size in bytes. */
    public record EpubEntry(String url, String lang, String edition, long bytes) {
    }
}
