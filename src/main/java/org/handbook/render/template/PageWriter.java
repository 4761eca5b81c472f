package org.handbook.render.template;

import java.io.IOException;
import java.io.Writer;

/** Collects one page, refusing to grow past {@link TemplateEngine#MAX_PAGE_CHARS}. */
final class PageWriter extends Writer {

    /** Thrown through the template engine, which passes I/O failures on. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("page too large");
        }
    }

    private final StringBuilder page = new StringBuilder();

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        if (page.length() + (long) length > TemplateEngine.MAX_PAGE_CHARS) {
            throw new TooLarge();
        }
        page.append(characters, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (page.length() + (long) length > TemplateEngine.MAX_PAGE_CHARS) {
            throw new TooLarge();
        }
        page.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
