package org.handbook.search;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one Pagefind release this version of the tool uses: its npm packages, one per platform, each
 * with the Subresource Integrity checksum the npm registry publishes for its tarball.
 */
record PagefindRelease(String version, Map<String, String> integrityByPlatform) {

    static final PagefindRelease PINNED = new PagefindRelease("1.6.0", Map.of(
            "linux-x64", "sha512-IbMSx/+Vr/Xk0TTBlLkjgK+rvnbOXGmmb2/MKxQu99AR5DsqQoV3NKEA9PQz2tAhuCZjeD5xJBp4w5N5DHIC7Q==",
            "linux-arm64", "sha512-SLB2I+XqCZma8NvIGIH8nyKblgKIxw5PmqsVtofWOKxNHhEtOEsddbqU+hsrNcT3EV0faM6UmKDHVIxcPYq29w==",
            "darwin-x64", "sha512-rd3ZbtuxyYqjASKZAPuIV7eeQQHJ7VYpoNKKG8CvglaD3g30eT5Nb7XGNLYwVReBsCccpkURwrGwWjSwr8nyQQ==",
            "darwin-arm64", "sha512-611gl64aqN12UcMyKPtZ8+vRWBKlJFSh2JgO8uScxa1Eyjo1dXz9r4wZuRno0yCUE/KN0FauEoKZ3KEwUYHCCg==",
            "windows-x64", "sha512-cUA2+yXfbymdJllyMjY5YTBwuOgh0/H53Pn5fYKjDnDjk154Ft4U5RVj3TenWySPL/jG6zJfARUWSlyUyXHlZw=="));

    /** The npm platform name of the machine this runs on ("linux-x64"), if Pagefind is built for it. */
    Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "windows" : os;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> osArch;
        };
        String platform = system + "-" + arch;
        return integrityByPlatform.containsKey(platform) ? Optional.of(platform) : Optional.empty();
    }

    String integrity(String platform) {
        return integrityByPlatform.get(platform);
    }

    URI tarball(URI registry, String platform) {
        String base = registry.toString().endsWith("/") ? registry.toString() : registry + "/";
        return URI.create(base + "@pagefind/" + platform + "/-/" + platform + "-" + version + ".tgz");
    }

    /** Where the binary sits inside the tarball. */
    String entry(String platform) {
        return "package/bin/pagefind_extended" + (platform.startsWith("windows") ? ".exe" : "");
    }
}
