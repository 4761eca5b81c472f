package org.handbook.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.handbook.files.Digests;

/**
 * What makes a PDF the same for the same sources, for the book's PDF and the printer's files
 * made from it alike: its dates are the edition's rather than the time of the build, and its
 * document id is a hash rather than the random one PDFBox makes up. Also the sRGB profile both
 * declare their colours in.
 */
public final class PdfIdentity {

    /** As long as the ids PDFBox makes (an MD5), which is all an id needs to be told apart. */
    private static final int ID_LENGTH = 16;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The XMP basic properties a PDF engine fills with the time it ran. */
    private static final String[] XMP_DATES = {"CreateDate", "ModifyDate", "MetadataDate"};

    private PdfIdentity() {
    }

    /** The sRGB ICC profile, the colours of the web and so of the print document; a copy, as arrays can be written to. */
    public static byte[] srgb() {
        return SRGB.clone();
    }

    /**
     * The moment a PDF says a day is: noon UTC, the same instant on any machine, and the same day
     * wherever a reader's clock is within eleven hours of UTC. Gregorian whatever the machine's
     * locale: on a Thai one the default calendar is the Buddhist, which would read 2026 as a
     * Buddhist year and date the PDF 543 years earlier.
     */
    public static Calendar calendar(LocalDate day) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 12, 0, 0);
        return calendar;
    }

    /** Sets the document information's creation and modification dates to {@code day}, or removes them. */
    public static void setDates(PDDocumentInformation info, Optional<LocalDate> day) {
        Calendar calendar = day.map(PdfIdentity::calendar).orElse(null);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
    }

    /**
     * Replaces the XMP dates an engine wrote with {@code day}, or leaves none; PDF/A requires them
     * to say what the document information says.
     */
    public static void setDates(XMPBasicSchema basic, Optional<LocalDate> day) {
        for (String property : XMP_DATES) {
            basic.removeProperty(basic.getProperty(property));
        }
        if (day.isPresent()) {
            Calendar calendar = calendar(day.get());
            basic.setCreateDate(calendar);
            basic.setModifyDate(calendar);
            basic.setMetadataDate(calendar);
        }
    }

    /** The document's XMP metadata, read to be amended. */
    public static XMPMetadata readXmp(PDDocument document) throws IOException {
        try (var stream = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            return new DomXmpParser().parse(stream);
        } catch (XmpParsingException e) {
            throw new IOException("the PDF's metadata cannot be read", e);
        }
    }

    /** Puts {@code xmp} in place of the document's XMP metadata. */
    public static void writeXmp(PDDocument document, XMPMetadata xmp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the PDF's metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
    }

    /** A document id made from {@code inputs}: the same inputs, the same id. */
    public static byte[] id(byte[] inputs) {
        return Arrays.copyOf(Digests.sha256(inputs), ID_LENGTH);
    }

    /**
     * Gives the document {@code id} as both its original and its current id, which is what a
     * document that has not been edited since it was made has.
     */
    public static void setId(PDDocument document, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The id of the document as it stands: a hash of its bytes saved under a fixed placeholder id. */
    static byte[] contentId(PDDocument document) throws IOException {
        setId(document, new byte[ID_LENGTH]);
        return id(save(document));
    }

    public static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
