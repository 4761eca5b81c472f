package org.handbook.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.yaml.YamlMapping;
import org.handbook.yaml.YamlNode;

/**
 * Reads {@code pdf.press} of handbook.yml: {@code true} for a printer's files with the usual
 * values, or the values themselves; absent or {@code false} for none.
 */
final class PressSettingsReader {

    private static final String CODE = "HB-CONFIG-PRESS";
    private static final Pattern LENGTH = Pattern.compile("(-?)([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Z]*)");
    private static final Map<String, Double> UNITS = Map.of("mm", PressSettings.POINTS_PER_MM,
            "cm", 10 * PressSettings.POINTS_PER_MM, "in", 72.0, "pt", 1.0);
    private static final double MAX_BLEED_MM = 20;
    private static final double MAX_LEAF_MM = 2;

    private PressSettingsReader() {
    }

    /** {@code pdf.press}, or empty when it is absent, {@code false} or wrong (reported). */
    static Optional<PressSettings> read(YamlMapping pdf, Diagnostics local) {
        Optional<YamlNode> value = pdf.get("press");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().isScalar()) {
            return pdf.bool("press").filter(on -> on).map(on -> new PressSettings(PressSettings.DEFAULT_BLEED,
                    PressSettings.DEFAULT_LEAF_THICKNESS, Optional.empty(), Optional.empty(), pdf.keyPosition("press")));
        }
        return pdf.mapping("press").flatMap(press -> settings(press, pdf.keyPosition("press"), local));
    }

    /** @param key where {@code press:} is written, for what concerns the press files as a whole */
    private static Optional<PressSettings> settings(YamlMapping press, SourcePosition key, Diagnostics local) {
        press.rejectUnknownKeys(Set.of("bleed", "paperThickness", "outputProfile", "outputCondition"));
        Optional<Double> bleed = length(press, "bleed", 0, MAX_BLEED_MM, "for example bleed: 3mm, what most printers ask for",
                local);
        Optional<Double> leaf = length(press, "paperThickness", Double.MIN_VALUE, MAX_LEAF_MM,
                "the thickness of one leaf (two pages) of the paper, as the printer gives it, for example paperThickness: 0.1mm",
                local);
        Optional<Path> profile = press.text("outputProfile").flatMap(text -> profile(text, press, local));
        Optional<String> condition = press.text("outputCondition");
        boolean wrong = press.get("bleed").isPresent() && bleed.isEmpty()
                || press.get("paperThickness").isPresent() && leaf.isEmpty()
                || press.get("outputProfile").isPresent() && profile.isEmpty();
        if (wrong) {
            return Optional.empty();
        }
        return Optional.of(new PressSettings(bleed.orElse(PressSettings.DEFAULT_BLEED),
                leaf.orElse(PressSettings.DEFAULT_LEAF_THICKNESS), profile, condition,
                profile.isPresent() ? press.positionOf("outputProfile") : key));
    }

    /**
     * A length with its unit (mm, cm, in or pt), from {@code minMm} (included when 0) to
     * {@code maxMm} millimetres, in points.
     */
    private static Optional<Double> length(YamlMapping press, String key, double minMm, double maxMm, String hint,
                                           Diagnostics local) {
        return press.text(key).flatMap(text -> {
            Matcher length = LENGTH.matcher(text.strip());
            String problem;
            if (!length.matches()) {
                problem = "'" + key + "' must be a length such as 3mm, not '" + text + "'";
            } else if (length.group(3).isEmpty()) {
                problem = "'" + key + "' has no unit: '" + text + "'";
            } else if (!UNITS.containsKey(length.group(3).toLowerCase(Locale.ROOT))) {
                problem = "'" + key + "' has an unknown unit '" + length.group(3) + "'";
            } else if (!length.group(1).isEmpty()) {
                problem = "'" + key + "' cannot be negative: '" + text + "'";
            } else {
                double points = Double.parseDouble(length.group(2)) * UNITS.get(length.group(3).toLowerCase(Locale.ROOT));
                double mm = points / PressSettings.POINTS_PER_MM;
                if (mm >= minMm && mm <= maxMm + 1e-9) {
                    return Optional.of(points);
                }
                String most = String.format(Locale.ROOT, "%.0f mm", maxMm);
                problem = "'" + key + "' must be " + (minMm == 0 ? "from 0 to " + most : "more than 0 and at most " + most)
                        + ", not '" + text + "'";
            }
            local.error(press.positionOf(key), CODE, problem, hint + "; units: mm, cm, in, pt");
            return Optional.empty();
        });
    }

    /** A file of the handbook, named from its root, such as press/PSOcoated_v3.icc. */
    private static Optional<Path> profile(String text, YamlMapping press, Diagnostics local) {
        Optional<Path> file = HandbookFile.named(text);
        if (file.isEmpty()) {
            local.error(press.positionOf("outputProfile"), CODE, "'" + text + "' does not name a file of the handbook",
                    "put the ICC profile your printer gave you in the handbook and name it from the handbook's root,"
                            + " such as outputProfile: press/PSOcoated_v3.icc");
        }
        return file;
    }
}
