package org.handbook.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A short fingerprint of a chapter's text, and of each of its sections by anchor ({@link #INTRO}
 * for the text before the first heading), so that a translation can record the version of its
 * source it was made from and learn later which sections changed.
 */
public record SourceFingerprint(String page, Map<String, String> sections) {

    /** The key of the text before the first heading. */
    public static final String INTRO = "_intro";

    /** The fingerprint of a page no translation is made from: none is taken. */
    public static final SourceFingerprint NONE = new SourceFingerprint("", Map.of());

    /** Keeps the sections in reading order. */
    public SourceFingerprint {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }
}
