package eu.adpack.adapters.een;

import java.util.ArrayList;
import java.util.List;

/**
 * A profile as the registry wrote it, text for text, before any checking: the common ground of the XML and JSON
 * readers, so that both formats share one mapping and one set of rejection reasons.
 */
final class RawProfile {
    /** A {key,label} pair of the legacy format, or a {code,name} object of the current one. */
    record KeyLabel(String key, String label) {
    }

    /** Where the record started, for rejections of records without a reference: {@code line 12} or {@code item 7}. */
    String position;
    String id;
    String reference;
    String type;
    String status;
    String created;
    String modified;
    String published;
    String deadline;
    String expiry;
    String title;
    String summary;
    String description;
    String advantages;
    String expertiseSought;
    String partnerArea;
    String partnerRole;
    String stage;
    String stageComment;
    String ipr;
    String iprComment;
    final List<KeyLabel> technologies = new ArrayList<>();
    final List<KeyLabel> markets = new ArrayList<>();
    final List<KeyLabel> naces = new ArrayList<>();
    final List<String> partnerships = new ArrayList<>();
    final List<String> partnerTypes = new ArrayList<>();
    String originCountry;
    final List<String> targetedCountries = new ArrayList<>();
    final List<String> sectorGroups = new ArrayList<>();
    String openForEoi;
    String publicUrl;
    String contactOrganisation;
    String contactCountry;
    String partnerId;
    String adviserName;
    String adviserPhone;
    String adviserEmail;
    String companyKind;
    String companySince;
    String companyTurnover;
    String companyExperience;
    final List<String> certifications = new ArrayList<>();
    final List<String> languages = new ArrayList<>();
    String framework;
    String callTitle;
    String acronym;
    String coordinatorRequired;
    String eoiDeadline;
    String callDeadline;
    String budget;
    String duration;
    String callWebsite;
    /** Whether the record came from the legacy XML format, whose partnership types are the old list. */
    boolean legacy;
    /** A fault found while reading that makes the record unusable, e.g. an item that is not an object. */
    String unreadable;
    /** Whether this record stands for the place where the document breaks off; nothing follows it. */
    boolean documentBreak;

    /**
     * Returns the record that reports where a document breaks off, so that the records before it are kept.
     *
     * @param where the line and column of the break
     * @param reason what is wrong there
     */
    static RawProfile documentBreak(String where, String reason) {
        RawProfile p = new RawProfile();
        p.position = where;
        p.documentBreak = true;
        p.unreadable = "document: " + reason + " (expected the document to go on to its end; the records before this"
                + " point are kept, the rest of the document is not read)";
        return p;
    }

    String name() {
        return reference != null && !reference.isBlank() ? reference.strip()
                : id != null && !id.isBlank() ? "profile id " + id.strip() : position;
    }
}
