package org.handbook.pdf.shape;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.outputdevice.helper.FontResolverHelper;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The engine's text renderer, with text in scripts that need shaping measured and drawn as the
 * shaper lays it out: the glyphs it chose, each where it placed it. Every other string goes to
 * the engine's own code unchanged.
 */
public final class ShapingTextRenderer extends PdfBoxTextRenderer {

    /** As the engine rounds a measured width: a hair over a whole unit does not take one more. */
    private static final float MEASURING_DELTA = 0.01f;
    private static final float ITALIC_SKEW = 0.21256f;
    private static final float FAKE_BOLD_STROKE = 0.04f;

    private final Function<PDFont, Optional<Shaper>> shapers;
    private final GlyphRun glyphs;
    private final FontRuns runs = new FontRuns();
    private BidiReorderer reorderer;

    /**
     * @param shapers the shaper for a font of the document, when it has one
     * @param drawn   where the text of each drawn glyph is recorded, for the PDF's Unicode maps
     */
    public ShapingTextRenderer(Function<PDFont, Optional<Shaper>> shapers, DrawnGlyphs drawn) {
        this.shapers = shapers;
        this.glyphs = new GlyphRun(drawn);
    }

    @Override
    public void setup(FontContext context, BidiReorderer reorderer) {
        super.setup(context, reorderer);
        this.reorderer = reorderer;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        String text = TextRenderer.getEffectivePrintableString(string);
        if (!ComplexScripts.needsShaping(text)) {
            return super.getWidth(context, font, string);
        }
        float thousandths = 0;
        for (FontRun run : runs.divide((PdfBoxFSFont) font, text, reorderer)) {
            thousandths += width(run);
        }
        float width = thousandths / 1000f * font.getSize2D();
        return width - Math.floor(width) < MEASURING_DELTA ? (int) width : (int) Math.ceil(width);
    }

    /** The run's width in thousandths of an em. */
    private float width(FontRun run) {
        PDFont font = run.description.getFont();
        Optional<Shaper> shaper = ComplexScripts.needsShaping(run.string) ? shapers.apply(font) : Optional.empty();
        if (shaper.isPresent()) {
            return shaper.get().shape(run.string).advance();
        }
        try {
            return font.getStringWidth(run.string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y) {
        drawString(outputDevice, string, x, y, null);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        String text = TextRenderer.getEffectivePrintableString(string);
        if (!ComplexScripts.needsShaping(text) || !(outputDevice instanceof PdfBoxFastOutputDevice device)) {
            super.drawString(outputDevice, string, x, y, info);
            return;
        }
        PdfBoxFSFont font = EngineAccess.font(device);
        float size = font.getSize2D();
        float offset = 0;
        for (FontRun run : runs.divide(font, text, reorderer)) {
            Optional<Shaper> shaper = ComplexScripts.needsShaping(run.string)
                    ? shapers.apply(run.description.getFont()) : Optional.empty();
            if (shaper.isPresent()) {
                draw(device, shaper.get().shape(run.string), x + offset, y, info, run.description, size);
            } else {
                device.drawStringFast(run.string, x + offset, y, info, run.description, size);
            }
            offset += width(run) / 1000f * size;
            if (info != null) {
                offset += run.spaceCharacterCount * info.getSpaceAdjust() + run.otherCharacterCount * info.getNonSpaceAdjust();
            }
        }
    }

    /** Draws one shaped run at (x, y) of the layout, in the text state the engine would set for it. */
    private void draw(PdfBoxFastOutputDevice device, ShapedRun run, float x, float y, JustificationInfo info,
                      FontDescription description, float layoutSize) {
        if (run.size() == 0) {
            return;
        }
        EngineAccess.ensureFillColor(device);
        float dotsPerPoint = device.getDotsPerPoint();
        AffineTransform at = new AffineTransform(EngineAccess.transform(device));
        at.translate(x, y);
        // From the layout's top-down space to the page's bottom-up one, in points.
        AffineTransform onPage = new AffineTransform(1, 0, 0, -1, 0, device.normalizeY(0));
        onPage.concatenate(at);
        onPage.concatenate(AffineTransform.getScaleInstance(1, -1));
        onPage.scale(dotsPerPoint, dotsPerPoint);
        double[] matrix = new double[6];
        onPage.getMatrix(matrix);
        float b = (float) matrix[1];
        float c = (float) matrix[2];
        float fontSize = layoutSize / dotsPerPoint;

        PdfContentStreamAdapter page = device.getCurrentPage();
        boolean fakeBold = false;
        FontSpecification specification = device.getFontSpecification();
        if (specification != null) {
            if (FontResolverHelper.convertWeightToInt(specification.fontWeight) > description.getWeight()) {
                page.setRenderingMode(RenderingMode.FILL_STROKE);
                page.setLineWidth(fontSize * FAKE_BOLD_STROKE);
                EngineAccess.ensureStrokeColor(device);
                fakeBold = true;
            }
            if (specification.fontStyle == IdentValue.ITALIC && description.getStyle() != IdentValue.ITALIC) {
                b = 0f;
                c = ITALIC_SKEW;
            }
        }
        page.beginText();
        page.setFont(description.getFont(), fontSize);
        page.setTextMatrix((float) matrix[0], b, c, (float) matrix[3], (float) matrix[4], (float) matrix[5]);
        glyphs.write(EngineAccess.contentStream(page), run, description.getFont(), fontSize,
                info == null ? null : justification(run.text(), info, layoutSize));
        page.endText();
        if (fakeBold) {
            page.setRenderingMode(RenderingMode.FILL);
            page.setLineWidth(1);
        }
    }

    /** The space justification adds after each character, in thousandths of an em. */
    private static float[] justification(String text, JustificationInfo info, float layoutSize) {
        float[] after = new float[text.length()];
        for (int i = 0; i < text.length(); i++) {
            float adjust = isJustificationSpace(text.charAt(i)) ? info.getSpaceAdjust() : info.getNonSpaceAdjust();
            after[i] = adjust * 1000f / layoutSize;
        }
        return after;
    }
}
