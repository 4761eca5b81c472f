package org.handbook.render.template;

/**
 * A template that is missing, does not parse, or fails while rendering. {@code line} and
 * {@code column} are 0 where unknown; {@code missing} tells a missing template from a broken one.
 */
public final class TemplateFailure extends RuntimeException {

    private final String templateFile;
    private final int line;
    private final int column;
    private final boolean missing;

    public TemplateFailure(String templateFile, int line, int column, String message, Throwable cause) {
        this(templateFile, line, column, message, cause, false);
    }

    private TemplateFailure(String templateFile, int line, int column, String message, Throwable cause, boolean missing) {
        super(message, cause);
        this.templateFile = templateFile;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.missing = missing;
    }

    /** Templates that include, extend or call one another in a circle recurse until the stack runs out. */
    static TemplateFailure endless(String templateFile, StackOverflowError cause) {
        TemplateFailure failure = new TemplateFailure(templateFile, 0, 0,
                "the templates include, extend or call one another without end, or nest too deeply", null, false);
        failure.addSuppressed(cause);
        return failure;
    }

    static TemplateFailure overran(String templateFile, java.time.Duration deadline) {
        String limit = deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " seconds" : deadline.toMillis() + " ms";
        return new TemplateFailure(templateFile, 0, 0, "the template ran for more than " + limit
                + " for one page: it loops without end, or over far too much", null, false);
    }

    static TemplateFailure tooLarge(String templateFile) {
        return new TemplateFailure(templateFile, 0, 0, "the page would be more than "
                + TemplateEngine.MAX_PAGE_CHARS / (1024 * 1024) + " million characters long: a template that loops"
                + " without end, or content far too large for one page", null, false);
    }

    static TemplateFailure missing(String templateFile) {
        return new TemplateFailure(templateFile, 0, 0, "the theme has no template '" + templateFile + "'", null, true);
    }

    public String templateFile() {
        return templateFile;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public boolean isMissing() {
        return missing;
    }
}
