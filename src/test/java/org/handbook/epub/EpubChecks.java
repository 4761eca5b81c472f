package org.handbook.epub;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What tests read of an EPUB: EPUBCheck's verdict, and the files in its container, in their order. */
public final class EpubChecks {

    private EpubChecks() {
    }

    /** EPUBCheck's errors and warnings for the EPUB at {@code file}, one per line; empty when it finds none. */
    public static String epubCheckFaults(Path file) {
        StringWriter messages = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(messages), file.toString(), true);
        new EpubCheck(file.toFile(), report).doValidate();
        int faults = report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount();
        return faults == 0 ? "" : messages.toString();
    }

    /** The files of an EPUB by name, in the order the container stores them, with how each is stored. */
    public static Map<String, Stored> files(Path epub) {
        Map<String, Stored> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(epub)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new Stored(entry.getMethod() == ZipEntry.STORED, entry.getExtra() != null,
                        zip.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A file of the container: whether it is stored uncompressed, whether its entry has extra fields, its bytes. */
    public record Stored(boolean uncompressed, boolean hasExtra, byte[] bytes) {

        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
