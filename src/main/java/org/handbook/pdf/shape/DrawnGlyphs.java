package org.handbook.pdf.shape;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text behind every shaped glyph drawn into one PDF, per font (by PostScript name): what
 * copy, paste and search must give for a glyph that substitution made and the font's character
 * map does not know (a Khmer subscript, a Thai mark moved clear of a tone mark).
 */
public final class DrawnGlyphs {

    private final Map<String, Map<Integer, String>> byFont = new ConcurrentHashMap<>();

    void record(String fontName, ShapedRun run) {
        Map<Integer, String> texts = byFont.computeIfAbsent(fontName, name -> new ConcurrentHashMap<>());
        int[] characters = run.characters();
        for (int i = 0; i < run.size(); i++) {
            texts.putIfAbsent(run.glyphs()[i], run.text().substring(characters[i], clusterEnd(run, characters[i])));
        }
    }

    /** Where the cluster that starts at {@code start} ends: the next character a glyph starts from. */
    private static int clusterEnd(ShapedRun run, int start) {
        int end = run.text().length();
        for (int character : run.characters()) {
            if (character > start && character < end) {
                end = character;
            }
        }
        return end;
    }

    /** The glyphs drawn in font {@code postScriptName} with their text, by glyph id; empty if none. */
    public SortedMap<Integer, String> of(String postScriptName) {
        return new TreeMap<>(byFont.getOrDefault(postScriptName, Map.of()));
    }

    public boolean isEmpty() {
        return byFont.isEmpty();
    }
}
