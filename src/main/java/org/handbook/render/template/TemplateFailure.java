package org.handbook.render.template;

/** A template that is missing, does not parse, or fails while rendering; {@code line} is 0 where unknown. */
public final class TemplateFailure extends RuntimeException {

    private final String templateFile;
    private final int line;

    public TemplateFailure(String templateFile, int line, String message, Throwable cause) {
        super(message, cause);
        this.templateFile = templateFile;
        this.line = Math.max(0, line);
    }

    public String templateFile() {
        return templateFile;
    }

    public int line() {
        return line;
    }
}
