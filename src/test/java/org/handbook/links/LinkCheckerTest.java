package org.handbook.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.handbook.links.LinkState.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the check makes of each kind of answer a server gives, and how politely it asks. */
class LinkCheckerTest {

    private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final Politeness QUICK = new Politeness(Duration.ofMillis(50), Duration.ofSeconds(1), 4, "test");

    @Test
    void eachKindOfAnswerHasItsOutcome() throws Exception {
        try (LinkServers servers = new LinkServers()) {
            Map<String, LinkState> states = new LinkChecker(QUICK, DAY_ONE).check(List.of(servers.at("/page"),
                    servers.at("/moved"), servers.at("/gone"), servers.at("/slow"), servers.at("/no-head"),
                    servers.at("/elsewhere-for-now"), servers.resetting()), LinkCache.empty(), 7).states();

            assertThat(states.get(servers.at("/page")).outcome()).isEqualTo(Outcome.OK);
            assertThat(states.get(servers.at("/moved"))).satisfies(state -> {
                assertThat(state.outcome()).isEqualTo(Outcome.MOVED);
                assertThat(state.location()).isEqualTo(servers.at("/new-page"));
            });
            assertThat(states.get(servers.at("/gone"))).satisfies(state -> {
                assertThat(state.outcome()).isEqualTo(Outcome.BROKEN);
                assertThat(state.status()).isEqualTo(404);
                assertThat(state.detail()).isEqualTo("the server answers HTTP 404");
            });
            assertThat(states.get(servers.at("/slow"))).satisfies(state -> {
                assertThat(state.outcome()).isEqualTo(Outcome.UNREACHABLE);
                assertThat(state.detail()).isEqualTo("no answer within 1 s");
            });
            assertThat(states.get(servers.at("/no-head")).outcome()).as("a server that refuses HEAD answers GET").isEqualTo(Outcome.OK);
            assertThat(states.get(servers.at("/elsewhere-for-now")).outcome()).as("a temporary move is no move").isEqualTo(Outcome.OK);
            assertThat(states.get(servers.resetting())).satisfies(state -> {
                assertThat(state.outcome()).isEqualTo(Outcome.UNREACHABLE);
                assertThat(state.detail()).startsWith("the connection failed");
            });
            assertThat(servers.requests).contains("HEAD /page", "HEAD /no-head", "GET /no-head").doesNotContain("GET /page");
        }
    }

    @Test
    void aHostIsAskedOneAddressAtATimeWithAPauseBetween() throws Exception {
        try (LinkServers servers = new LinkServers()) {
            Politeness slow = new Politeness(Duration.ofMillis(300), Duration.ofSeconds(2), 4, "test");
            long start = System.nanoTime();
            new LinkChecker(slow, DAY_ONE).check(List.of(servers.at("/page"), servers.at("/a"), servers.at("/b")),
                    LinkCache.empty(), 7);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two pauses between three addresses of one host")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(600));
        }
    }

    @Test
    void theCacheKeepsWhatWasLearntWithItsDateAndIsAskedAgainOnlyWhenOld(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("links.json");
        try (LinkServers servers = new LinkServers()) {
            List<String> addresses = List.of(servers.at("/page"), servers.at("/gone"), servers.at("/slow"));
            LinkChecker.Result first = new LinkChecker(QUICK, DAY_ONE).check(addresses, LinkCache.read(file), 7);
            first.cache().write(file);
            assertThat(first.asked()).isEqualTo(3);
            assertThat(Files.readString(file)).contains("\"checked\" : \"2026-12-06\"", "\"outcome\" : \"BROKEN\"", "\"status\" : 404");
            int requests = servers.requests.size();

            Clock dayThree = Clock.offset(DAY_ONE, Duration.ofDays(2));
            LinkChecker.Result again = new LinkChecker(QUICK, dayThree).check(addresses, LinkCache.read(file), 7);
            assertThat(again.asked()).as("only the address that did not answer is asked again").isEqualTo(1);
            assertThat(servers.requests.subList(requests, servers.requests.size())).containsOnly("HEAD /slow");
            assertThat(again.states().get(servers.at("/gone")).checked()).isEqualTo(LocalDate.of(2026, 12, 6));

            Clock dayTen = Clock.offset(DAY_ONE, Duration.ofDays(9));
            assertThat(new LinkChecker(QUICK, dayTen).check(addresses.subList(0, 1), LinkCache.read(file), 7).asked())
                    .as("an old result is asked again").isEqualTo(1);
            LinkChecker.Result fewer = new LinkChecker(QUICK, DAY_ONE).check(addresses.subList(0, 1), LinkCache.read(file), 7);
            fewer.cache().write(file);
            assertThat(Files.readString(file)).as("an address no longer cited is forgotten").doesNotContain("/gone");
        }
    }

    @Test
    void aCacheFileThatIsNotOneIsStartedAfresh(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("links.json");
        Files.writeString(file, "{ not json");
        assertThat(new LinkChecker(QUICK, DAY_ONE).check(List.of("http://127.0.0.1:9/x"), LinkCache.read(file), 7).asked()).isEqualTo(1);
    }
}
