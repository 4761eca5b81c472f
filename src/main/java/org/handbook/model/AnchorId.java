package org.handbook.model;

/** The id of a place inside a page (a heading), used as the URL fragment. */
public record AnchorId(String value) {

    public AnchorId {
        if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not an anchor id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
