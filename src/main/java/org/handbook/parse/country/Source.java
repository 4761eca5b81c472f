package org.handbook.parse.country;

import java.util.Optional;

/** A source a profile cites. */
public record Source(String id, String title, String url, Optional<String> publisher, Optional<String> published) {
}
