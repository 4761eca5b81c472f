package org.handbook.render.page;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as readers of one language write them (CLDR through ICU4J): "17 October 2013",
 * "October 2013" or "2013" for the day, month or year the data gives, each in the markup
 * {@code <time datetime="2013-10-17">}, so machines keep the ISO form.
 */
public final class ReaderDates {

    private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final ULocale locale;
    private final boolean gregorian;
    private DateFormat day;
    private DateFormat month;
    private DateFormat year;

    public ReaderDates(String languageTag) {
        this.locale = localeFor(languageTag);
        this.gregorian = "gregorian".equals(locale.getKeywordValue("calendar"));
    }

    /**
     * The locale dates are written in, with its calendar named so that no default of ICU's data
     * or of the machine decides it. Thai readers date in the Buddhist Era: Thai laws are titled by
     * it ("B.E. 2551"), government and court documents use it, and CLDR gives Thailand the
     * Buddhist calendar first; so Thai pages, on the site and in print alike, show 2556 for 2013.
     * A tag that names its own calendar ({@code th-u-ca-gregory}) keeps it. A bare {@code en}
     * means the international English of ASEAN's documents, day before month ("17 October
     * 2013"), not CLDR's United States default; {@code en-US} still gets "October 17, 2013".
     */
    static ULocale localeFor(String languageTag) {
        ULocale tagged = ULocale.forLanguageTag(languageTag);
        if (tagged.getKeywordValue("calendar") != null) {
            return tagged;
        }
        String language = tagged.getLanguage();
        ULocale base = language.equals("en") && tagged.getCountry().isEmpty()
                ? new ULocale("en_001" + (tagged.getVariant().isEmpty() ? "" : "_" + tagged.getVariant()))
                : tagged;
        return base.setKeywordValue("calendar", language.equals("th") ? "buddhist" : "gregorian");
    }

    /** {@code iso} (YYYY-MM-DD, YYYY-MM or YYYY) as the reader writes it; anything else as given. */
    public String text(String iso) {
        Matcher date = ISO.matcher(iso);
        if (!date.matches()) {
            return iso;
        }
        GregorianCalendar calendar = new GregorianCalendar(UTC, ULocale.ROOT);
        calendar.clear();
        int y = Integer.parseInt(date.group(1));
        int m = date.group(2) == null ? 1 : Integer.parseInt(date.group(2));
        int d = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
        calendar.set(y, m - 1, d);
        DateFormat format = date.group(3) != null ? day() : date.group(2) != null ? month() : year();
        // A date is one word to the reader: a line never breaks inside it.
        return format.format(calendar.getTime()).replace(' ', NO_BREAK_SPACE).replace('\u202F', NO_BREAK_SPACE);
    }

    /** {@code iso} in a {@code <time>} element, escaped; text that is no date is only escaped. */
    public String html(String iso) {
        String shown = FactDisplay.escape(text(iso));
        return ISO.matcher(iso).matches()
                ? "<time datetime=\"" + FactDisplay.escape(iso) + "\">" + shown + "</time>"
                : shown;
    }

    private DateFormat day() {
        if (day == null) {
            // The locale's own long form of a day; another calendar's year carries its era
            // ("17 ตุลาคม พ.ศ. 2556"), never to be read as a Gregorian year beside the laws' years.
            day = gregorian ? DateFormat.getDateInstance(DateFormat.LONG, locale) : skeleton("GyMMMMd");
            day.setTimeZone(UTC);
        }
        return day;
    }

    private DateFormat month() {
        if (month == null) {
            month = skeleton(gregorian ? "yMMMM" : "GyMMMM");
        }
        return month;
    }

    private DateFormat year() {
        if (year == null) {
            year = skeleton(gregorian ? "y" : "Gy");
        }
        return year;
    }

    private DateFormat skeleton(String skeleton) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        format.setTimeZone(UTC);
        return format;
    }
}
