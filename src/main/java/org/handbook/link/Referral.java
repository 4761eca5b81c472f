package org.handbook.link;

/** A place that refers to a page or profile ({@code from}), and the place on it that it names ({@code to}). */
public record Referral(ReferenceTarget from, ReferenceTarget to) {
}
