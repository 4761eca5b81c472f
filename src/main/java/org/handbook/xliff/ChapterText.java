package org.handbook.xliff;

/** A chapter file split at the end of its front matter: the Markdown after it, and the file line it starts on. */
record ChapterText(String body, int bodyFirstLine) {

    /** @param text the whole file, with line ends as {@code \n} */
    static ChapterText of(String text) {
        String file = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!file.startsWith("---\n")) {
            return new ChapterText(file, 1);
        }
        int closing = file.indexOf("\n---", 3);
        if (closing < 0) {
            return new ChapterText(file, 1);
        }
        int bodyStart = file.indexOf('\n', closing + 1);
        String front = file.substring(0, bodyStart < 0 ? file.length() : bodyStart + 1);
        int lines = (int) front.chars().filter(c -> c == '\n').count();
        return new ChapterText(bodyStart < 0 ? "" : file.substring(bodyStart + 1), lines + 1);
    }
}
