package org.handbook.render.template;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Gives each page a deadline. Neither template engine can be interrupted, so a theme that loops
 * without end (nested loops over every page, writing nothing) would hold the build forever: the
 * page is rendered on a thread of its own, and one that overruns is reported and left behind
 * (a daemon thread, gone when the command ends; the preview server keeps serving meanwhile).
 */
public final class DeadlineTemplates implements TemplateEngine {

    /** A 10,000-page handbook's largest page (its title index) renders in under a second. */
    public static final Duration PAGE_DEADLINE = Duration.ofSeconds(60);

    private static final ExecutorService RENDERERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "render-page");
        thread.setDaemon(true);
        return thread;
    });

    private final TemplateEngine engine;
    private final Duration deadline;

    public DeadlineTemplates(TemplateEngine engine, Duration deadline) {
        this.engine = engine;
        this.deadline = deadline;
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        Future<String> page = RENDERERS.submit(() -> engine.render(template, model));
        try {
            return page.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            page.cancel(true);
            throw TemplateFailure.overran(engine.fileOf(template), deadline);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, say: reported as it would be without the deadline
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            page.cancel(true);
            throw new IllegalStateException("interrupted while rendering " + template, e);
        }
    }

    @Override
    public boolean has(String template) {
        return engine.has(template);
    }

    @Override
    public String fileOf(String template) {
        return engine.fileOf(template);
    }
}
