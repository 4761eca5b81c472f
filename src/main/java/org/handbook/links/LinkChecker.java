package org.handbook.links;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Asks about every address the cache does not already know lately: the addresses of one host one after another, with
 * a pause between them, and a few hosts at a time.
 */
public final class LinkChecker {

    private final Politeness politeness;
    private final Clock clock;

    public LinkChecker(Politeness politeness, Clock clock) {
        this.politeness = politeness;
        this.clock = clock;
    }

    /**
     * The state of each address, from the cache where it was asked within {@code recheckAfterDays}, otherwise asked
     * now; and the cache to keep, holding exactly these addresses.
     */
    public Result check(Collection<String> addresses, LinkCache cache, int recheckAfterDays) throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(recheckAfterDays);
        Map<String, LinkState> states = new TreeMap<>();
        Map<String, List<String>> byHost = new TreeMap<>();
        for (String address : addresses.stream().distinct().sorted().toList()) {
            var known = cache.fresh(address, since);
            if (known.isPresent()) {
                states.put(address, known.get());
            } else {
                byHost.computeIfAbsent(host(address), host -> new ArrayList<>()).add(address);
            }
        }
        LinkProbe probe = new LinkProbe(politeness, today);
        ExecutorService hosts = Executors.newFixedThreadPool(Math.max(1, Math.min(politeness.hostsAtOnce(), byHost.size())));
        try {
            List<Future<Map<String, LinkState>>> answers = new ArrayList<>();
            for (List<String> ofHost : byHost.values()) {
                answers.add(hosts.submit(() -> askInTurn(probe, ofHost)));
            }
            for (Future<Map<String, LinkState>> answer : answers) {
                states.putAll(answer.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            hosts.shutdownNow();
        }
        return new Result(states, LinkCache.of(states), byHost.values().stream().mapToInt(List::size).sum());
    }

    private Map<String, LinkState> askInTurn(LinkProbe probe, List<String> addresses) throws InterruptedException {
        Map<String, LinkState> states = new TreeMap<>();
        for (int i = 0; i < addresses.size(); i++) {
            if (i > 0) {
                Thread.sleep(politeness.pause().toMillis());
            }
            states.put(addresses.get(i), probe.probe(addresses.get(i)));
        }
        return states;
    }

    private static String host(String address) {
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** @param asked how many addresses were asked now, not taken from the cache */
    public record Result(Map<String, LinkState> states, LinkCache cache, int asked) {
    }
}
