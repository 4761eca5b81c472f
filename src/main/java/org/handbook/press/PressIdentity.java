package org.handbook.press;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPMediaManagementSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.handbook.files.Digests;
import org.handbook.pdf.PdfIdentity;

/**
 * What a press file says of itself: that it is PDF/X-4, for which printing condition, untrapped,
 * when it was made. It stops claiming PDF/A, whose output intent (sRGB, a display) cannot stand
 * beside a press's; the book's own PDF remains the archival one. Its tagged structure, and with
 * it the PDF/UA claim, is kept.
 */
final class PressIdentity {

    private static final String PDFX_VERSION = "PDF/X-4";
    private static final String PDFX_NAMESPACE = "http://www.npes.org/pdfx/ns/id/";
    private static final COSName GTS_PDFX = COSName.getPDFName("GTS_PDFX");
    private static final COSName DEFAULT_RGB = COSName.getPDFName("DefaultRGB");

    private PressIdentity() {
    }

    /**
     * Identifies {@code document} as a press file and returns its bytes, the same for the same document.
     *
     * @param profile   the press's output profile; without one the file claims no PDF/X
     * @param condition the printing condition's name, when the handbook gives one
     * @param date      the day the file says it was made: PDF/X requires one
     * @param recipe    what else made the file what it is (the bleed, which file of the book it is),
     *                  for its id
     */
    static byte[] finish(PDDocument document, Optional<OutputProfile> profile, Optional<String> condition, LocalDate date,
                         String recipe) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        if (profile.isPresent()) {
            catalog.addOutputIntent(outputIntent(document, profile.get(), condition));
            // The text and images are in sRGB, as the web's colours are; say so, so that the
            // printer's system converts them to the press's colours rather than taking them as the press's own.
            PDICCBased srgb = srgb(document);
            Set<COSStream> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                declareSrgb(page.getResources(), srgb, seen);
            }
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTrapped("False");
        PdfIdentity.setDates(info, Optional.of(date));
        info.getCOSObject().removeItem(COSName.getPDFName("GTS_PDFXVersion"));
        if (profile.isPresent()) {
            info.setCustomMetadataValue("GTS_PDFXVersion", PDFX_VERSION);
        }
        // The print PDF's id is a hash of its content: with everything else that went into this
        // file, it names this file as well, without saving it once more only to hash it.
        byte[] id = id(document, profile, condition, date, recipe);
        PdfIdentity.writeXmp(document, metadata(id, document, profile.isPresent(), date));
        // PDF/X-4 is a subset of PDF 1.6, and these files use nothing newer; PDFBox's own setter
        // refuses to lower a version, so the header is set and the catalog's override removed.
        document.getDocument().setVersion(1.6f);
        catalog.getCOSObject().removeItem(COSName.VERSION);
        PdfIdentity.setId(document, id);
        return PdfIdentity.save(document);
    }

    /** The output intent, holding the printer's profile byte for byte, as they gave it. */
    private static PDOutputIntent outputIntent(PDDocument document, OutputProfile profile, Optional<String> condition)
            throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(profile.bytes());
        }
        stream.setInt(COSName.N, profile.components());
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, GTS_PDFX);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, stream);
        PDOutputIntent intent = new PDOutputIntent(dictionary);
        String described = profile.description().isEmpty() ? "Custom" : profile.description();
        intent.setOutputConditionIdentifier(condition.orElse(described));
        intent.setOutputCondition(condition.orElse(described));
        intent.setInfo(described);
        return intent;
    }

    private static PDICCBased srgb(PDDocument document) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(PdfIdentity.srgb());
        }
        stream.setInt(COSName.N, 3);
        COSArray array = new COSArray();
        array.add(COSName.ICCBASED);
        array.add(stream);
        return PDICCBased.create(array, null);
    }

    /** Declares sRGB as the RGB of {@code resources} and of the forms they draw, each resource dictionary once. */
    private static void declareSrgb(PDResources resources, PDICCBased srgb, Set<COSStream> seen) throws IOException {
        if (resources == null) {
            return;
        }
        resources.put(DEFAULT_RGB, srgb);
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                declareSrgb(form.getResources(), srgb, seen);
            }
        }
    }

    private static byte[] id(PDDocument document, Optional<OutputProfile> profile, Optional<String> condition, LocalDate date,
                             String recipe) {
        ByteArrayOutputStream inputs = new ByteArrayOutputStream();
        COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
        if (ids != null && ids.getObject(0) instanceof COSString first) {
            inputs.writeBytes(first.getBytes());
        }
        profile.ifPresent(used -> inputs.writeBytes(Digests.sha256(used.bytes())));
        long made = PdfIdentity.calendar(date).getTimeInMillis();
        inputs.writeBytes((condition.orElse("") + "\n" + made + "\n" + recipe).getBytes(StandardCharsets.UTF_8));
        return PdfIdentity.id(inputs.toByteArray());
    }

    private static XMPMetadata metadata(byte[] id, PDDocument document, boolean pdfx, LocalDate date) throws IOException {
        XMPMetadata xmp = PdfIdentity.readXmp(document);
        if (xmp.getPDFAIdentificationSchema() != null) {
            xmp.removeSchema(xmp.getPDFAIdentificationSchema());
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema() == null ? xmp.createAndAddXMPBasicSchema() : xmp.getXMPBasicSchema();
        PdfIdentity.setDates(basic, Optional.of(date));
        AdobePDFSchema pdf = xmp.getAdobePDFSchema() == null ? xmp.createAndAddAdobePDFSchema() : xmp.getAdobePDFSchema();
        pdf.setTextPropertyValue("Trapped", "False");
        if (pdfx) {
            XMPMediaManagementSchema media = xmp.getXMPMediaManagementSchema() == null
                    ? xmp.createAndAddXMPMediaManagementSchema() : xmp.getXMPMediaManagementSchema();
            media.setDocumentID("uuid:" + uuid(id));
            media.setVersionID("1");
            media.setRenditionClass("default");
            XMPSchema identification = new XMPSchema(xmp, PDFX_NAMESPACE, "pdfxid");
            identification.setTextPropertyValue("GTS_PDFXVersion", PDFX_VERSION);
            xmp.addSchema(identification);
        }
        return xmp;
    }

    /** The document's id in the form of a UUID, as XMP writes ids. */
    private static String uuid(byte[] id) {
        String hex = HexFormat.of().formatHex(id);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }
}
