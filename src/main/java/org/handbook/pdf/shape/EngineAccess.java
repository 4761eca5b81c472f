package org.handbook.pdf.shape;

import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import java.awt.geom.AffineTransform;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * What the PDF engine (OpenHTMLtoPDF 1.1.31) keeps private but shaped text needs: the page's
 * content stream, the current transform and font, and its fill and stroke colour updates. The
 * engine has no hook to draw glyph ids, only strings it encodes character by character.
 * Resolved once, when the class loads: an engine upgrade that renames a member fails every PDF
 * build at once (and {@code EngineAccessTest}), never one page quietly.
 */
final class EngineAccess {

    private static final MethodHandle CONTENT_STREAM;
    private static final MethodHandle TRANSFORM;
    private static final MethodHandle FONT;
    private static final MethodHandle ENSURE_FILL_COLOR;
    private static final MethodHandle ENSURE_STROKE_COLOR;

    static {
        try {
            MethodHandles.Lookup device = MethodHandles.privateLookupIn(PdfBoxFastOutputDevice.class, MethodHandles.lookup());
            MethodHandles.Lookup adapter = MethodHandles.privateLookupIn(PdfContentStreamAdapter.class, MethodHandles.lookup());
            CONTENT_STREAM = adapter.findGetter(PdfContentStreamAdapter.class, "cs", PDPageContentStream.class);
            TRANSFORM = device.findGetter(PdfBoxFastOutputDevice.class, "_transform", AffineTransform.class);
            FONT = device.findGetter(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);
            ENSURE_FILL_COLOR = device.findVirtual(PdfBoxFastOutputDevice.class, "ensureFillColor", MethodType.methodType(void.class));
            ENSURE_STROKE_COLOR = device.findVirtual(PdfBoxFastOutputDevice.class, "ensureStrokeColor", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("this version of OpenHTMLtoPDF does not have the members shaped text"
                    + " is drawn through (see EngineAccess): " + e.getMessage());
        }
    }

    private EngineAccess() {
    }

    static PDPageContentStream contentStream(PdfContentStreamAdapter page) {
        return (PDPageContentStream) invoke(CONTENT_STREAM, page);
    }

    static AffineTransform transform(PdfBoxFastOutputDevice device) {
        return (AffineTransform) invoke(TRANSFORM, device);
    }

    static PdfBoxFSFont font(PdfBoxFastOutputDevice device) {
        return (PdfBoxFSFont) invoke(FONT, device);
    }

    static void ensureFillColor(PdfBoxFastOutputDevice device) {
        invoke(ENSURE_FILL_COLOR, device);
    }

    static void ensureStrokeColor(PdfBoxFastOutputDevice device) {
        invoke(ENSURE_STROKE_COLOR, device);
    }

    private static Object invoke(MethodHandle handle, Object target) {
        try {
            return handle.invoke(target);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
