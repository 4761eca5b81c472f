package org.handbook.render.template;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker templates ({@code .ftlh}, which Freemarker autoescapes as HTML), with the API built-ins
 * and class instantiation turned off so a theme cannot reach Java.
 */
public final class FreemarkerTemplateEngine implements TemplateEngine {

    public static final String EXTENSION = ".ftlh";

    private final ThemeTemplates templates;
    private final Configuration configuration;

    /** @param templates template source by file name ("page.ftlh") */
    public FreemarkerTemplateEngine(Map<String, String> templates) {
        this.templates = new ThemeTemplates(templates, EXTENSION);
        StringTemplateLoader loader = new StringTemplateLoader();
        this.templates.sources().forEach(loader::putTemplate);
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setLocalizedLookup(false);
    }

    @Override
    public boolean has(String template) {
        return templates.has(template);
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        String file = templates.fileOf(template);
        try {
            Template compiled = configuration.getTemplate(file);
            StringWriter out = new StringWriter();
            compiled.process(model, out);
            return out.toString();
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(e.getTemplateName() == null ? file : e.getTemplateName(), e.getLineNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            String where = e.getTemplateSourceName() == null ? file : e.getTemplateSourceName();
            throw new TemplateFailure(where, line == null ? 0 : line, e.getMessageWithoutStackTop().strip(), e);
        } catch (IOException e) {
            throw new TemplateFailure(file, 0, e.getMessage(), e);
        }
    }
}
