import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks what {@code mvn site} wrote: the project's pages and the handbook inside them, and that
 * every relative link of the project's pages leads to a file that exists (those into the handbook
 * included). Run by CI after {@code mvn -B site}, with the JDK alone:
 * {@code java src/test/site/CheckProjectSite.java target/site}. Exits 1 and lists what is wrong.
 */
public class CheckProjectSite {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : "target/site");
        List<String> problems = new ArrayList<>();
        for (String required : List.of("index.html", "configuration.html", "authoring.html", "languages.html",
                "countries.html", "print.html", "output.html", "safety.html", "themes.html", "cli.html",
                "internals.html", "dependencies.html", "handbook/index.html", "handbook/manifest.json")) {
            if (!Files.isRegularFile(site.resolve(required))) {
                problems.add("missing: " + required);
            }
        }
        int intoHandbook = 0;
        try (Stream<Path> pages = Files.list(site)) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                Matcher link = LINK.matcher(Files.readString(page));
                while (link.find()) {
                    String target = link.group(1);
                    if (target.isEmpty() || target.startsWith("#") || target.matches("(?i)[a-z][a-z0-9+.-]*:.*")
                            || target.startsWith("//")) {
                        continue;
                    }
                    String path = target.replaceAll("[#?].*$", "");
                    if (path.startsWith("handbook/")) {
                        intoHandbook++;
                    }
                    Path file = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    if (!Files.isRegularFile(file)) {
                        problems.add(site.relativize(page) + " -> " + target);
                    }
                }
            }
        }
        if (intoHandbook == 0) {
            problems.add("no page of the project's site links into the handbook");
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.err.println("project site: " + problem));
            System.exit(1);
        }
        System.out.println("project site: ok (" + intoHandbook + " links into the handbook resolve)");
    }
}
