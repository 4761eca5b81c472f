package org.handbook.pdf.shape;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.util.Locale;

/**
 * Line break opportunities for the PDF engine. Thai, Lao, Khmer and Myanmar write words without
 * spaces between them; the engine's own breaker would then find no place to break a line, so
 * text in those scripts goes to ICU's dictionary-based breaker, which breaks between words.
 * Every other text keeps the engine's breaker (which also keeps URLs whole).
 */
public final class DictionaryLineBreaker implements FSTextBreaker {

    private final FSTextBreaker engine = new UrlAwareLineBreakIterator(java.text.BreakIterator.getLineInstance(Locale.US));
    private final BreakIterator dictionary = BreakIterator.getLineInstance(ULocale.ROOT);
    private boolean useDictionary;

    @Override
    public void setText(String text) {
        useDictionary = ComplexScripts.needsShaping(text);
        if (useDictionary) {
            dictionary.setText(text);
        } else {
            engine.setText(text);
        }
    }

    @Override
    public int next() {
        return useDictionary ? dictionary.next() : engine.next();
    }
}
