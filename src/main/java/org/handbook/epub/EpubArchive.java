package org.handbook.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An EPUB's container: the {@code mimetype} file first and uncompressed, as reading systems find
 * the format by it, then the container file that names the package document, then the package's
 * files under {@code EPUB/} in the order given. Every entry has the same fixed time and no extra
 * fields, so the same files give the same bytes.
 */
final class EpubArchive {

    static final String FOLDER = "EPUB/";
    /**
     * One time for every entry, so that it does not vary from build to build: a day after the
     * earliest a zip entry states in its header alone (the very first is taken for "earlier", and
     * given an extra field, which EPUB forbids on {@code mimetype}).
     */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 2, 0, 0);
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
            <rootfiles>
            <rootfile full-path="EPUB/%s" media-type="application/oebps-package+xml"/>
            </rootfiles>
            </container>
            """.formatted(PackageDocument.FILE);

    private EpubArchive() {
    }

    /** @param files the package's files by their names under {@code EPUB/}, in the order to store them */
    static byte[] of(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            ZipEntry mimetype = entry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(MIMETYPE.length);
            mimetype.setCompressedSize(MIMETYPE.length);
            CRC32 crc = new CRC32();
            crc.update(MIMETYPE);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(MIMETYPE);
            zip.closeEntry();
            put(zip, "META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, FOLDER + file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an EPUB in memory", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        return entry;
    }
}
