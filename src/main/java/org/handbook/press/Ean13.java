package org.handbook.press;

import com.google.zxing.oned.EAN13Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The EAN-13 symbol of an ISBN, as bars in modules (the symbol's unit width): the 95 modules of
 * the symbol, dark or light, from its left guard to its right guard.
 */
record Ean13(String digits, boolean[] modules) {

    /** Modules of light space a scanner needs before and after the symbol. */
    static final int LEFT_QUIET = 11;
    static final int RIGHT_QUIET = 7;
    /** The start, centre and end guards, whose bars reach below the others. */
    private static final int[][] GUARDS = {{0, 3}, {45, 50}, {92, 95}};

    /** A bar: where it starts and how many modules wide it is, and whether it is a guard's. */
    record Bar(int start, int width, boolean guard) {
    }

    /** @param isbn an ISBN-13, hyphens and spaces allowed (checked when the handbook is read) */
    static Ean13 of(String isbn) {
        String digits = isbn.replaceAll("[^0-9]", "");
        return new Ean13(digits, new EAN13Writer().encode(digits));
    }

    /** The dark bars, neighbouring dark modules drawn as one. */
    List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            bars.add(new Bar(start, i - start, guard(start)));
        }
        return bars;
    }

    private static boolean guard(int module) {
        for (int[] guard : GUARDS) {
            if (module >= guard[0] && module < guard[1]) {
                return true;
            }
        }
        return false;
    }
}
