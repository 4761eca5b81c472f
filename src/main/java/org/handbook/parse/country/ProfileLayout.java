package org.handbook.parse.country;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which facts a profile page shows, in which sections and order, and what kind of value each holds.
 * It mirrors countries/schema.json; a field added there is shown once it is listed here.
 */
public final class ProfileLayout {

    /** How a field's value is read and shown. */
    public enum Kind { KEYWORD, KEYWORDS, RICH_TEXT, CONTACTS, LANGUAGES, LAWS, TREATIES, INSTRUMENT }

    public record Field(String path, Kind kind) {
    }

    public record Section(String id, List<Field> fields) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("overview", List.of(
                    new Field("legalSystem", Kind.KEYWORD),
                    new Field("antiTraffickingUnit", Kind.RICH_TEXT))),
            new Section("centralAuthority", List.of(
                    new Field("centralAuthority.body", Kind.RICH_TEXT),
                    new Field("centralAuthority.address", Kind.RICH_TEXT),
                    new Field("centralAuthority.contacts", Kind.CONTACTS),
                    new Field("centralAuthority.languages", Kind.LANGUAGES),
                    new Field("centralAuthority.channels", Kind.KEYWORDS))),
            new Section("instruments", List.of(
                    new Field("instruments.untoc", Kind.INSTRUMENT),
                    new Field("instruments.tipProtocol", Kind.INSTRUMENT),
                    new Field("instruments.uncac", Kind.INSTRUMENT),
                    new Field("instruments.amlat", Kind.INSTRUMENT),
                    new Field("instruments.actip", Kind.INSTRUMENT),
                    new Field("instruments.bilateral", Kind.TREATIES))),
            new Section("laws", List.of(
                    new Field("laws.mla", Kind.LAWS),
                    new Field("laws.extradition", Kind.LAWS),
                    new Field("laws.trafficking", Kind.LAWS),
                    new Field("laws.proceeds", Kind.LAWS))),
            new Section("mla", List.of(
                    new Field("mla.dualCriminality", Kind.KEYWORD),
                    new Field("mla.withoutTreaty", Kind.KEYWORD),
                    new Field("mla.urgentRequests", Kind.RICH_TEXT))),
            new Section("recovery", List.of(
                    new Field("recovery.freezing", Kind.KEYWORD),
                    new Field("recovery.confiscation", Kind.KEYWORD),
                    new Field("recovery.nonConvictionBased", Kind.KEYWORD),
                    new Field("recovery.assetSharing", Kind.KEYWORD))),
            new Section("extradition", List.of(
                    new Field("extradition.nationals", Kind.KEYWORD),
                    new Field("extradition.treatyRequired", Kind.KEYWORD),
                    new Field("extradition.politicalOffenceException", Kind.KEYWORD),
                    new Field("extradition.deathPenaltyAssurances", Kind.KEYWORD),
                    new Field("extradition.simplifiedProcedure", Kind.KEYWORD),
                    new Field("extradition.provisionalArrest", Kind.KEYWORD))));

    /** The anchor of a profile page's list of sources, after its sections. */
    public static final String SOURCES = "sources";

    /** Every anchor a profile page has: its sections' ids and {@link #SOURCES}. */
    public static final List<String> ANCHORS = Stream.concat(SECTIONS.stream().map(Section::id), Stream.of(SOURCES)).toList();

    private ProfileLayout() {
    }
}
