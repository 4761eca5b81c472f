package org.handbook.xliff;

import java.util.List;
import org.handbook.parse.Heading;
import org.handbook.parse.SourceFingerprint;

/** Where a section of a chapter's body runs: from the start of its heading's line to the start of the next heading's. */
final class SectionRanges {

    private SectionRanges() {
    }

    /**
     * @param bodyFirstLine the line of the file the body starts on, which the headings' positions count from
     * @return the section's start and end in {@code body}; null when the chapter has no such section
     */
    static int[] of(String body, int bodyFirstLine, List<Heading> headings, String anchor) {
        int start = anchor.equals(SourceFingerprint.INTRO) ? 0 : -1;
        int end = body.length();
        for (Heading heading : headings) {
            int offset = offsetOfLine(body, heading.position().line() - bodyFirstLine);
            if (start >= 0) {
                end = offset;
                break;
            }
            if (heading.id().value().equals(anchor)) {
                start = offset;
            }
        }
        return start < 0 ? null : new int[] {start, Math.max(start, end)};
    }

    private static int offsetOfLine(String body, int line) {
        int offset = 0;
        for (int i = 0; i < line && offset >= 0; i++) {
            offset = body.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return body.length();
            }
        }
        return offset;
    }
}
