package org.handbook.links;

import java.time.Duration;

/**
 * How the check treats other people's servers: one request at a time per host, a pause between two
 * requests to the same host, and how long to wait for an answer.
 *
 * @param hostsAtOnce how many hosts are asked at the same time
 */
public record Politeness(Duration pause, Duration timeout, int hostsAtOnce, String userAgent) {

    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(500);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_HOSTS_AT_ONCE = 4;
}
