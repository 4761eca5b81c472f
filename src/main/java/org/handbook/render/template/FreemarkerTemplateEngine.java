package org.handbook.render.template;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker templates ({@code .ftlh}, which Freemarker autoescapes as HTML), with the API built-ins
 * and class instantiation turned off so a theme cannot reach Java.
 */
public final class FreemarkerTemplateEngine implements TemplateEngine {

    /** Freemarker's HTML template extension first; plain {@code .ftl} is accepted and escaped as HTML too. */
    public static final List<String> EXTENSIONS = List.of(".ftlh", ".ftl");

    private final ThemeTemplates templates;
    private final Configuration configuration;

    /** @param templates template source by file name ("page.ftlh") */
    public FreemarkerTemplateEngine(Map<String, String> templates) {
        this.templates = new ThemeTemplates(templates, EXTENSIONS);
        StringTemplateLoader loader = new StringTemplateLoader();
        this.templates.sources().forEach(loader::putTemplate);
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
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
    public String fileOf(String template) {
        return templates.fileOf(template);
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        String file = templates.fileOf(template);
        try {
            Template compiled = configuration.getTemplate(file);
            PageWriter out = new PageWriter();
            compiled.process(model, out);
            return out.toString();
        } catch (freemarker.core.ParseException e) {
            throw new TemplateFailure(e.getTemplateName() == null ? file : e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String where = e.getTemplateSourceName() == null ? file : e.getTemplateSourceName();
            throw new TemplateFailure(where, line == null ? 0 : line, column == null ? 0 : column, withoutTips(e), e);
        } catch (PageWriter.TooLarge e) {
            throw TemplateFailure.tooLarge(file);
        } catch (IOException e) {
            throw new TemplateFailure(file, 0, 0, e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw TemplateFailure.endless(file, e);
        }
    }

    /** Freemarker appends tips and a template stack after a line of dashes; the first part says what is wrong. */
    private static String withoutTips(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        int tips = message.indexOf("\n----");
        return tips < 0 ? message : message.substring(0, tips);
    }
}
