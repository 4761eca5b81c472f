package org.handbook.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.handbook.files.Digests;

/**
 * Finds the Pagefind program: the one {@code HANDBOOK_PAGEFIND} names, or the pinned release from
 * the cache, or else downloads that release's npm tarball once, checks it against its pinned
 * checksum and keeps its binary in the cache. Node is never needed.
 */
public final class PagefindBinary {

    /** Names a binary to use instead of the pinned one, or {@code off} to build without an index. */
    public static final String OVERRIDE_VARIABLE = "HANDBOOK_PAGEFIND";
    static final String CACHE_VARIABLE = "HANDBOOK_CACHE";
    static final String REGISTRY_VARIABLE = "HANDBOOK_NPM_REGISTRY";
    private static final URI DEFAULT_REGISTRY = URI.create("https://registry.npmjs.org/");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The program to run, or why there is none and what a person can do about it. */
    public sealed interface Lookup permits Found, Unavailable {
    }

    public record Found(Path binary) implements Lookup {
    }

    public record Unavailable(String reason, String hint) implements Lookup {
    }

    private final PagefindRelease release;
    private final Map<String, String> environment;
    private final String osName;
    private final String osArch;

    PagefindBinary(PagefindRelease release, Map<String, String> environment, String osName, String osArch) {
        this.release = release;
        this.environment = environment;
        this.osName = osName;
        this.osArch = osArch;
    }

    /** The pinned release on this machine, configured by this process's environment. */
    public static PagefindBinary forThisMachine() {
        return new PagefindBinary(PagefindRelease.PINNED, System.getenv(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    public Lookup find() {
        String override = environment.getOrDefault(OVERRIDE_VARIABLE, "").strip();
        if (override.equalsIgnoreCase("off")) {
            return new Unavailable(OVERRIDE_VARIABLE + " is off", "unset " + OVERRIDE_VARIABLE + " to index the site for search");
        }
        if (!override.isEmpty()) {
            Path binary = Path.of(override);
            return Files.isExecutable(binary) ? new Found(binary)
                    : new Unavailable(OVERRIDE_VARIABLE + " names " + override + ", which is not an executable file",
                            "point " + OVERRIDE_VARIABLE + " at Pagefind " + release.version() + "'s pagefind_extended, or unset it");
        }
        Optional<String> platform = release.platform(osName, osArch);
        if (platform.isEmpty()) {
            return new Unavailable("Pagefind is not built for " + osName + " on " + osArch,
                    "set " + OVERRIDE_VARIABLE + " to a pagefind_extended " + release.version() + " built for this machine");
        }
        Path binary = cacheFolder().resolve("pagefind-" + release.version() + "-" + platform.get())
                .resolve(Path.of(release.entry(platform.get())).getFileName());
        if (Files.isExecutable(binary)) {
            return new Found(binary);
        }
        URI tarball = release.tarball(registry(), platform.get());
        try {
            install(download(tarball), platform.get(), binary);
            return new Found(binary);
        } catch (IOException e) {
            return new Unavailable("Pagefind " + release.version() + " could not be fetched from " + tarball + ": " + e.getMessage(),
                    "connect this machine to the npm registry once (the program is then cached in " + binary.getParent()
                            + "), or set " + OVERRIDE_VARIABLE + " to a pagefind_extended " + release.version());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unavailable("fetching Pagefind was interrupted", "build again");
        }
    }

    private Path cacheFolder() {
        String own = environment.getOrDefault(CACHE_VARIABLE, "");
        if (!own.isBlank()) {
            return Path.of(own);
        }
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
        Path base = xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return base.resolve("handbook");
    }

    private URI registry() {
        String own = environment.getOrDefault(REGISTRY_VARIABLE, "");
        return own.isBlank() ? DEFAULT_REGISTRY : URI.create(own);
    }

    private static byte[] download(URI tarball) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(tarball).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the registry answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private void install(byte[] tarball, String platform, Path binary) throws IOException {
        String expected = release.integrity(platform);
        String actual = "sha512-" + Base64.getEncoder().encodeToString(Digests.sha512(tarball));
        if (!actual.equals(expected)) {
            throw new IOException("its checksum is " + actual + ", not the pinned " + expected);
        }
        Files.createDirectories(binary.getParent());
        Path partial = Files.createTempFile(binary.getParent(), ".pagefind", ".partial");
        try {
            try (InputStream program = entry(tarball, release.entry(platform))) {
                Files.copy(program, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!partial.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + partial + " executable");
            }
            try {
                Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, binary, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static InputStream entry(byte[] tarball, String name) throws IOException {
        TarArchiveInputStream archive = new TarArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(tarball)));
        for (TarArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
            if (entry.getName().equals(name) && entry.isFile()) {
                return archive;
            }
        }
        archive.close();
        throw new IOException("the archive has no " + name);
    }
}
