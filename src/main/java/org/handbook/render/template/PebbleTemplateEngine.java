package org.handbook.render.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Pebble templates ({@code .peb}), autoescaped as HTML, with undefined variables as errors. */
public final class PebbleTemplateEngine implements TemplateEngine {

    public static final String EXTENSION = ".peb";

    private final ThemeTemplates templates;
    private final PebbleEngine engine;

    /** @param templates template source by file name ("page.peb") */
    public PebbleTemplateEngine(Map<String, String> templates) {
        this.templates = new ThemeTemplates(templates, List.of(EXTENSION));
        this.engine = new PebbleEngine.Builder()
                .loader(new MapLoader(this.templates.sources()))
                .autoEscaping(true)
                .strictVariables(true)
                .maxRenderedSize(MAX_PAGE_CHARS)
                .extension(new BoundedRange())
                .defaultLocale(Locale.ROOT)
                .build();
    }

    @Override
    public boolean has(String template) {
        return templates.has(template);
    }

    @Override
    public String fileOf(String template) {
        return templates.fileOf(template);
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        String file = templates.fileOf(template);
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate(file).evaluate(out, model);
            return out.toString();
        } catch (PebbleException e) {
            if (e.getPebbleMessage() != null && e.getPebbleMessage().startsWith("Tried to write more than")) {
                throw TemplateFailure.tooLarge(e.getFileName() == null ? file : e.getFileName());
            }
            String where = e.getFileName() == null ? file : e.getFileName();
            Integer line = e.getLineNumber();
            throw new TemplateFailure(where, line == null ? 0 : line, 0, e.getPebbleMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new TemplateFailure(file, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw TemplateFailure.endless(file, e);
        }
    }

    /** Serves templates from memory, so a theme is read once and layered before rendering. */
    private record MapLoader(Map<String, String> templates) implements Loader<String> {

        @Override
        public Reader getReader(String name) {
            String source = templates.get(name);
            if (source == null) {
                throw new PebbleException(null, "the theme has no template '" + name + "'", 0, name);
            }
            return new StringReader(source);
        }

        @Override
        public void setCharset(String charset) {
        }

        @Override
        public void setPrefix(String prefix) {
        }

        @Override
        public void setSuffix(String suffix) {
        }

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            return relativePath;
        }

        @Override
        public String createCacheKey(String templateName) {
            return templateName.endsWith(EXTENSION) ? templateName : templateName + EXTENSION;
        }

        @Override
        public boolean resourceExists(String templateName) {
            return templates.containsKey(createCacheKey(templateName));
        }
    }
}
