package org.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Getting the engine: from a registry on loopback that serves an npm-style tarball. */
class PagefindBinaryTest {

    private static final byte[] PROGRAM = "#!/bin/sh\necho pagefind 1.6.0\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path cache;

    private HttpServer registry;
    private final AtomicInteger downloads = new AtomicInteger();
    private byte[] tarball;

    @BeforeEach
    void serveTarball() throws Exception {
        tarball = tarball("package/bin/pagefind_extended", PROGRAM);
        registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/@pagefind/linux-x64/-/linux-x64-1.6.0.tgz", exchange -> {
            downloads.incrementAndGet();
            exchange.sendResponseHeaders(200, tarball.length);
            exchange.getResponseBody().write(tarball);
            exchange.close();
        });
        registry.start();
    }

    @AfterEach
    void stop() {
        registry.stop(0);
    }

    @Test
    void thePinnedTarballIsFetchedOnceCheckedAndItsProgramCached() throws Exception {
        PagefindBinary binary = binary(integrityOf(tarball), Map.of());

        PagefindBinary.Lookup first = binary.find();
        assertThat(first).isInstanceOf(PagefindBinary.Found.class);
        Path program = ((PagefindBinary.Found) first).binary();
        assertThat(program).startsWith(cache).hasFileName("pagefind_extended").isExecutable().hasBinaryContent(PROGRAM);

        assertThat(binary.find()).isEqualTo(first);
        assertThat(downloads).as("the second build takes it from the cache").hasValue(1);
        try (var files = Files.list(program.getParent())) {
            assertThat(files).as("no partial download left behind").containsExactly(program);
        }
    }

    @Test
    void aTarballWhoseChecksumDiffersIsRefusedAndNothingIsCached() throws Exception {
        PagefindBinary.Lookup lookup = binary(integrityOf("something else".getBytes(StandardCharsets.UTF_8)), Map.of()).find();

        assertThat(lookup).isInstanceOf(PagefindBinary.Unavailable.class);
        PagefindBinary.Unavailable missing = (PagefindBinary.Unavailable) lookup;
        assertThat(missing.reason()).contains("checksum", "not the pinned sha512-");
        assertThat(missing.hint()).contains("HANDBOOK_PAGEFIND");
        try (var files = Files.walk(cache)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anUnreachableRegistryLeavesTheBuildWithoutAnIndexAndSaysHowToGetOne() {
        registry.stop(0);
        PagefindBinary.Lookup lookup = binary(integrityOf(tarball), Map.of()).find();

        assertThat(lookup).isInstanceOf(PagefindBinary.Unavailable.class);
        assertThat(((PagefindBinary.Unavailable) lookup).reason()).contains("could not be fetched from http://");
        assertThat(((PagefindBinary.Unavailable) lookup).hint()).contains("npm registry", "HANDBOOK_PAGEFIND");
    }

    @Test
    void theEnvironmentCanTurnSearchOffOrNameItsOwnProgram() throws IOException {
        assertThat(binary(integrityOf(tarball), Map.of("HANDBOOK_PAGEFIND", "off")).find())
                .isEqualTo(new PagefindBinary.Unavailable("HANDBOOK_PAGEFIND is off",
                        "unset HANDBOOK_PAGEFIND to index the site for search"));

        Path own = Files.write(cache.resolve("my-pagefind"), PROGRAM);
        assertThat(own.toFile().setExecutable(true)).isTrue();
        assertThat(binary(integrityOf(tarball), Map.of("HANDBOOK_PAGEFIND", own.toString())).find())
                .isEqualTo(new PagefindBinary.Found(own));

        Path notAProgram = Files.writeString(cache.resolve("notes.txt"), "text");
        assertThat(((PagefindBinary.Unavailable) binary(integrityOf(tarball),
                Map.of("HANDBOOK_PAGEFIND", notAProgram.toString())).find()).reason())
                .contains("not an executable file");
        assertThat(downloads).hasValue(0);
    }

    @Test
    void aMachinePagefindIsNotBuiltForIsSaidSo() {
        PagefindBinary binary = new PagefindBinary(PagefindRelease.PINNED, environment(Map.of()), "FreeBSD", "amd64");
        assertThat(((PagefindBinary.Unavailable) binary.find()).reason()).isEqualTo("Pagefind is not built for FreeBSD on amd64");
    }

    @Test
    void platformsAreNamedAsNpmNamesThem() {
        assertThat(PagefindRelease.PINNED.platform("Linux", "amd64")).contains("linux-x64");
        assertThat(PagefindRelease.PINNED.platform("Linux", "aarch64")).contains("linux-arm64");
        assertThat(PagefindRelease.PINNED.platform("Mac OS X", "aarch64")).contains("darwin-arm64");
        assertThat(PagefindRelease.PINNED.platform("Windows 11", "amd64")).contains("windows-x64");
        assertThat(PagefindRelease.PINNED.entry("windows-x64")).endsWith("pagefind_extended.exe");
    }

    private PagefindBinary binary(String integrity, Map<String, String> extra) {
        return new PagefindBinary(new PagefindRelease("1.6.0", Map.of("linux-x64", integrity)), environment(extra),
                "Linux", "amd64");
    }

    private Map<String, String> environment(Map<String, String> extra) {
        java.util.HashMap<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("HANDBOOK_CACHE", cache.toString());
        environment.put("HANDBOOK_NPM_REGISTRY", "http://127.0.0.1:" + registry.getAddress().getPort() + "/");
        return environment;
    }

    private static String integrityOf(byte[] content) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] tarball(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            TarArchiveEntry readme = new TarArchiveEntry("package/README.md");
            byte[] text = "Pagefind".getBytes(StandardCharsets.UTF_8);
            readme.setSize(text.length);
            tar.putArchiveEntry(readme);
            tar.write(text);
            tar.closeArchiveEntry();
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            entry.setMode(0755);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }
}
