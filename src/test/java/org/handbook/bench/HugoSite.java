package org.handbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A synthetic handbook as a Hugo site, so that both tools build the same Markdown side by side:
 * each chapter of each language becomes {@code content/<lang>/<id>.md}, published at
 * {@code /<lang>/<id>/} as the handbook publishes it under its edition, with its title; the
 * layouts are as plain as a Hugo benchmark's (the page's title and content, a list of pages on each
 * language's home page), so the figures are Hugo's own cost.
 *
 * <p>Usage: {@code HugoSite <handbookDir> <hugoDir>}
 */
public final class HugoSite {

    private static final String CONFIG = """
            baseURL = "https://example.org/"
            title = "Synthetic Benchmark Handbook"
            defaultContentLanguage = "en"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
            """;
    private static final String SINGLE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
            """;
    private static final String LIST = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
            <body><main><h1>{{ .Site.Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
            """;

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HugoSite <handbookDir> <hugoDir>");
            System.exit(2);
        }
        write(Path.of(args[0]), Path.of(args[1]));
    }

    static void write(Path handbook, Path hugo) throws IOException {
        Path layouts = Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("single.html"), SINGLE, StandardCharsets.UTF_8);
        Files.writeString(layouts.resolve("list.html"), LIST, StandardCharsets.UTF_8);
        StringBuilder config = new StringBuilder(CONFIG);
        List<Path> languages;
        try (Stream<Path> folders = Files.list(handbook.resolve("chapters"))) {
            languages = folders.filter(Files::isDirectory).sorted().toList();
        }
        for (Path language : languages) {
            String tag = language.getFileName().toString();
            config.append("[languages.").append(tag).append("]\n  contentDir = \"content/").append(tag).append("\"\n");
            Path content = Files.createDirectories(hugo.resolve("content").resolve(tag));
            List<Path> chapters;
            try (Stream<Path> files = Files.list(language)) {
                chapters = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
            }
            for (Path chapter : chapters) {
                String text = Files.readString(chapter, StandardCharsets.UTF_8);
                int end = text.indexOf("\n---\n", 4);
                String id = value(text.substring(0, end), "id");
                String title = value(text.substring(0, end), "title");
                String frontMatter = "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\nslug: " + id + "\n---\n";
                Files.writeString(content.resolve(id + ".md"), frontMatter + text.substring(end + "\n---\n".length()),
                        StandardCharsets.UTF_8);
            }
        }
        Files.writeString(hugo.resolve("hugo.toml"), config.toString(), StandardCharsets.UTF_8);
    }

    private static String value(String frontMatter, String key) {
        return frontMatter.lines().filter(line -> line.startsWith(key + ": ")).findFirst()
                .map(line -> line.substring(key.length() + 2)).orElseThrow();
    }
}
