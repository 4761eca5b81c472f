package org.handbook.parse;

import org.handbook.model.SourcePosition;

/** An ordinary link to a place inside the site ("../extradition/index.html#speciality", "#scope"). */
public record LocalLink(String destination, SourcePosition position) {
}
