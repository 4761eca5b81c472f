package org.handbook.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.handbook.files.SpecialFiles;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/** Reads one source file of a handbook as normalised text, or reports why it cannot. */
public final class SourceText {

    /**
     * Sixteen times the largest chapter of the handbook this tool was made for; reading a megabyte
     * of dense Markdown takes a few hundred megabytes of memory, so a hostile file cannot exhaust it.
     */
    public static final long MAX_BYTES = 1024L * 1024;
    /**
     * Far above any real paragraph written on one line; a line of a megabyte makes the print
     * layout take gigabytes.
     */
    public static final int MAX_LINE_CHARS = 100_000;

    private SourceText() {
    }

    /**
     * Reads {@code root/relative}. Reports, and returns empty for, a file outside {@code root}
     * (through a symbolic link, say), a named pipe or device, a file that is too large, and bytes
     * that are not UTF-8. Control characters are reported and left out of the text, which is still
     * returned, so the rest of the file is checked in the same run.
     */
    public static Optional<String> read(Path root, Path relative, Diagnostics diagnostics) {
        SourcePosition whole = SourcePosition.of(relative);
        Path file = root.resolve(relative);
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                diagnostics.error(whole, "HB-FILE-OUTSIDE", "this file leads outside the handbook folder",
                        "replace the symbolic link with the file itself");
                return Optional.empty();
            }
            if (SpecialFiles.refused(file, relative, diagnostics)) {
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                reportTooLarge(diagnostics, whole, "file", size, MAX_BYTES, "split it into smaller files");
                return Optional.empty();
            }
            return decode(Files.readAllBytes(file), relative, diagnostics).map(SourceText::normalise)
                    .filter(text -> linesFit(text, relative, diagnostics))
                    .map(text -> withoutRefusedCharacters(text, relative, diagnostics));
        } catch (IOException e) {
            diagnostics.error(whole, "HB-FILE-UNREADABLE", "cannot read this file: " + e.getMessage(),
                    "check that it exists and can be read");
            return Optional.empty();
        }
    }

    /**
     * Reports a file over its size limit, by bytes and in megabytes.
     *
     * @param what what the file is, as the message names it ("file", "image", "theme file")
     */
    public static void reportTooLarge(Diagnostics diagnostics, SourcePosition at, String what, long size, long limit, String hint) {
        diagnostics.error(at, "HB-FILE-TOO-LARGE", String.format(Locale.ROOT, "%s is %,d bytes; the limit is %,d (%d MB)",
                what, size, limit, limit / (1024 * 1024)), hint);
    }

    private static boolean linesFit(String text, Path relative, Diagnostics diagnostics) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > MAX_LINE_CHARS) {
                diagnostics.error(SourcePosition.of(relative, line, MAX_LINE_CHARS + 1), "HB-LINE-TOO-LONG",
                        String.format(Locale.ROOT, "line %d is %,d characters long; the limit is %,d",
                                line, stop - start, MAX_LINE_CHARS),
                        "break it into paragraphs, or into lines: a single line break inside a paragraph does not show on the page");
                return false;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return true;
    }

    /**
     * The text with every refused character (see {@link RefusedCharacters}) left out, each run of
     * them reported at its line and column, the first {@link RefusedCharacters#MAX_REPORTED} runs of
     * a file and then how many more: a file saved in another encoding can hold a million, and a
     * message for each would drown the others. Leaving them out, rather than stopping, lets the rest
     * of the file be checked; the errors keep the build from publishing.
     */
    public static String withoutRefusedCharacters(String text, Path relative, Diagnostics diagnostics) {
        if (text.codePoints().noneMatch(RefusedCharacters::isRefused)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        RefusedCharacters.Reports reports = new RefusedCharacters.Reports(diagnostics);
        int line = 1;
        int column = 1;
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean refused = RefusedCharacters.isRefused(codePoint);
            if (refused && !inRun) {
                RefusedCharacters.Refusal refusal = RefusedCharacters.of(codePoint);
                reports.report(SourcePosition.of(relative, line, column), refusal.code(), refusal.what() + ", is here",
                        refusal.hint());
            } else if (!refused) {
                kept.appendCodePoint(codePoint);
            }
            inRun = refused;
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        reports.finish();
        return kept.toString();
    }

    /** Drops a BOM, turns CRLF and CR into LF and composes to NFC. */
    public static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lf = withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lf, Normalizer.Form.NFC) ? lf : Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    /** The bytes as UTF-8 text, or empty with an error (file, line, column, byte offset) when they are not. */
    public static Optional<String> decode(byte[] bytes, Path relative, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            diagnostics.error(positionOfByte(bytes, in.position(), relative), "HB-FILE-ENCODING",
                    "this file is not valid UTF-8 (byte 0x" + Integer.toHexString(bytes[in.position()] & 0xff)
                            + " at offset " + in.position() + ")",
                    "save the file as UTF-8 in your editor");
            return Optional.empty();
        }
        // NUL is valid UTF-8, but no text file holds one: UTF-16 without its byte order mark does, on every other byte.
        for (int offset = 0; offset < bytes.length; offset++) {
            if (bytes[offset] == 0) {
                diagnostics.error(positionOfByte(bytes, offset, relative), "HB-FILE-ENCODING",
                        "this file holds a NUL byte (at offset " + offset + "): it is UTF-16 or not text at all, not UTF-8",
                        "save the file as UTF-8 in your editor");
                return Optional.empty();
            }
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int mark = text.indexOf('\uFEFF', 1);
        if (mark > 0) {
            int offset = text.substring(0, mark).getBytes(StandardCharsets.UTF_8).length;
            diagnostics.error(positionOfByte(bytes, offset, relative), "HB-FILE-BOM",
                    "an invisible byte order mark (U+FEFF) in the middle of the file, at offset " + offset
                            + ": files were joined here, or text was pasted with it",
                    "delete the invisible character at this place; a byte order mark may only open a file");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static SourcePosition positionOfByte(byte[] bytes, int offset, Path relative) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return SourcePosition.of(relative, line, before.codePointCount(0, before.length()) + 1);
    }
}
