package org.handbook.config;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.SourcePosition;

/**
 * {@code pdf.press} in handbook.yml: what a printer needs beside each print PDF, a press PDF of
 * the same pages with bleed and crop marks, and a cover whose spine fits the book. Lengths are in
 * PDF points (1/72 inch).
 *
 * @param bleed           how far artwork may run past the trimmed edge, on every side
 * @param leafThickness   the thickness of one leaf (a sheet of paper: two pages), from which the
 *                        spine's width is the number of leaves times this
 * @param outputProfile   the printer's ICC output profile, a file of the handbook; without one a
 *                        press PDF cannot claim PDF/X-4, which accepts only a press's profile
 * @param outputCondition the printing condition the profile characterises, as the printer names it
 *                        (FOGRA51, GRACoL2013); the profile's own description when not given
 * @param profilePosition where {@code outputProfile} is written, for reporting a file that is not one
 */
public record PressSettings(double bleed, double leafThickness, Optional<Path> outputProfile,
                            Optional<String> outputCondition, SourcePosition profilePosition) {

    public static final double POINTS_PER_MM = 72 / 25.4;
    /** What printers ask for when they say nothing else. */
    public static final double DEFAULT_BLEED = 3 * POINTS_PER_MM;
    /** About the caliper of an 80 g/m² uncoated offset paper. */
    public static final double DEFAULT_LEAF_THICKNESS = 0.1 * POINTS_PER_MM;

    /** The spine's width for a book of {@code pages} pages: a last odd page still takes a leaf. */
    public double spine(int pages) {
        return (pages + 1) / 2 * leafThickness;
    }
}
