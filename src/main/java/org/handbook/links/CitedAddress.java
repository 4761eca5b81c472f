package org.handbook.links;

import org.handbook.model.SourcePosition;

/** An external address and one place that cites it. */
public record CitedAddress(String address, SourcePosition position) {
}
