package eu.adpack.adapters.een;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.profile.IprStatus;
import eu.adpack.core.profile.OrganisationFacts;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnerType;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileContact;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.profile.RdrCall;
import eu.adpack.core.profile.StageOfDevelopment;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceWarning;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.Taxonomy;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Maps a {@link RawProfile} of either format to a {@link PartnerProfile}, or to a {@link Rejection} naming the record,
 * the field and the bad value. Doubtful values that can be kept (an unknown keyword code, a legacy partnership type,
 * an unknown country) are kept or dropped alone and reported as {@link SourceWarning}s; only a record without a
 * reference, a type, or with a date that is not a date is rejected as a whole.
 */
final class EenMapper {
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");
    private static final Pattern TYPE_PREFIX = Pattern.compile("(RDR|BO|BR|TO|TR).*");
    private static final Map<String, String> COUNTRY_NAMES = countryNames();
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Za-z]");
    private static final Map<String, ProfileType> TYPE_NAMES = typeNames();

    private final Taxonomies taxonomies;
    private final boolean keepPersonalData;
    private final Clock clock;

    /** The outcome for one record: a profile or a rejection, and the warnings either way. */
    record Mapped(PartnerProfile profile, Rejection rejection, List<SourceWarning> warnings) {
    }

    /** A field that makes its record unusable. */
    private static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Reject(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }

    EenMapper(Taxonomies taxonomies, boolean keepPersonalData, Clock clock) {
        this.taxonomies = taxonomies;
        this.keepPersonalData = keepPersonalData;
        this.clock = clock;
    }

    /** Codes and labels of the types, letters only, upper case: "BO", "BUSINESSOFFER", "RDREQUEST", … */
    private static Map<String, ProfileType> typeNames() {
        Map<String, ProfileType> names = new HashMap<>();
        for (ProfileType p : ProfileType.values()) {
            names.put(p.name(), p);
            names.put(p.label().replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT), p);
        }
        names.put("RESEARCHANDDEVELOPMENTREQUEST", ProfileType.RDR);
        names.put("RESEARCHDEVELOPMENTREQUEST", ProfileType.RDR);
        return Map.copyOf(names);
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        names.put("united kingdom", "GB");
        names.put("uk", "GB");
        return Map.copyOf(names);
    }

    Mapped map(RawProfile raw) {
        List<SourceWarning> warnings = new ArrayList<>();
        String name = raw.name();
        try {
            return new Mapped(build(raw, name, warnings), null, warnings);
        } catch (Reject e) {
            return new Mapped(null, Rejection.of(name, e.field, e.getMessage()), warnings);
        } catch (InvalidRecordException e) {
            String prefix = e.record() + ": " + e.field() + ": ";
            String reason = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length())
                    : e.getMessage();
            return new Mapped(null, Rejection.of(name, e.field(), reason), warnings);
        }
    }

    private PartnerProfile build(RawProfile raw, String name, List<SourceWarning> warnings) {
        if (raw.unreadable != null) {
            int colon = raw.unreadable.indexOf(": ");
            if (colon > 0 && !raw.unreadable.substring(0, colon).contains(" ")) {
                throw new Reject(raw.unreadable.substring(0, colon), raw.unreadable.substring(colon + 2));
            }
            throw new Reject("", raw.unreadable);
        }
        if (raw.reference == null) {
            throw new Reject("reference", "missing (expected a reference such as BOCN20160720001)");
        }
        ProfileType type = type(raw);
        boolean limited = notAvailable(raw.title) || notAvailable(raw.summary) || notAvailable(raw.description)
                || (!raw.legacy && raw.title == null);
        PartnerProfile.Builder b = PartnerProfile.builder(raw.reference, type)
                .limited(limited)
                .title(content(raw.title))
                .summary(content(raw.summary))
                .description(content(raw.description))
                .advantages(content(raw.advantages))
                .expertiseSought(content(raw.expertiseSought))
                .partnerRole(content(raw.partnerRole))
                .stageComment(content(raw.stageComment))
                .iprComment(content(raw.iprComment))
                .created(date("created", raw.created))
                .modified(date(raw.legacy ? "datum.update" : "lastModified", raw.modified))
                .published(date("publicationDate", raw.published))
                .source("een")
                .sourceId(raw.id);
        LocalDate expiry = date(raw.legacy ? "datum.deadline" : "expirationDate", raw.expiry);
        b.expiry(expiry);
        if (raw.legacy) {
            b.deadline(expiry);
        }
        ProfileStatus status = null;
        if (raw.status != null) {
            try {
                status = ProfileStatus.parse(raw.status);
            } catch (InvalidRecordException e) {
                warn(warnings, name, "profileStatus", "'" + raw.status + "' is not an EEN status; left empty");
            }
        }
        if (status == null && expiry != null && expiry.isBefore(LocalDate.now(clock))) {
            // The legacy feed has no status: an expired profile is flagged so that matching can skip it, not lost.
            status = ProfileStatus.EXPIRED;
        }
        b.status(status);
        if (raw.stage != null) {
            StageOfDevelopment.fromLabel(raw.stage).ifPresentOrElse(b::stageOfDevelopment,
                    () -> warn(warnings, name, "stageOfDevelopment", "'" + raw.stage + "' is not a stage of"
                            + " development; left empty"));
        }
        if (raw.ipr != null) {
            IprStatus.fromLabel(raw.ipr).ifPresentOrElse(b::iprStatus,
                    () -> warn(warnings, name, "iprStatus", "'" + raw.ipr + "' is not an IPR status; left empty"));
        }
        b.keywords(keywords(raw, name, warnings));
        partnerships(raw, type, name, warnings, b);
        List<PartnerType> partnerTypes = new ArrayList<>();
        for (String t : raw.partnerTypes) {
            partnerType(t).ifPresentOrElse(partnerTypes::add,
                    () -> warn(warnings, name, "typesAndSizes", "'" + t + "' is not a type and size of partner;"
                            + " dropped"));
        }
        b.partnerTypesSought(new LinkedHashSet<>(partnerTypes));
        b.originCountry(country(raw.originCountry, name, raw.legacy ? "company.country" : "partnerOrganisationCountry",
                warnings));
        Set<Country> targeted = new TreeSet<>();
        for (String c : raw.targetedCountries) {
            Country country = country(c, name, "targetedCountries", warnings);
            if (country != null) {
                targeted.add(country);
            }
        }
        b.targetedCountries(targeted);
        b.sectorGroups(new LinkedHashSet<>(raw.sectorGroups));
        b.openForEoi(bool(raw.openForEoi, name, "openForEOI", warnings));
        if (raw.publicUrl != null) {
            try {
                b.publicUrl(URI.create(raw.publicUrl));
            } catch (IllegalArgumentException e) {
                warn(warnings, name, "publicURL", "'" + raw.publicUrl + "' is not a URL; dropped");
            }
        }
        if (type == ProfileType.RDR) {
            b.rdrCall(rdrCall(raw, name, warnings));
        }
        b.organisation(organisation(raw, name, warnings));
        if (raw.contactOrganisation != null) {
            b.contact(ProfileContact.of(raw.contactOrganisation,
                    country(raw.contactCountry, name, "contact.organizationcountry", warnings), raw.partnerId));
        }
        if (keepPersonalData && raw.adviserName != null) {
            try {
                b.adviser(new ContactPerson(raw.adviserName, "EEN adviser", raw.adviserEmail, raw.adviserPhone));
            } catch (InvalidRecordException e) {
                warn(warnings, name, "contact", "the adviser's contact data is not valid (" + e.field() + "); dropped");
            }
        }
        return b.build();
    }

    /** The labels of partner types are few; remembering them saves a regular expression per value. */
    private final Map<String, java.util.Optional<PartnerType>> partnerTypes = new java.util.concurrent.ConcurrentHashMap<>();

    private java.util.Optional<PartnerType> partnerType(String text) {
        java.util.Optional<PartnerType> known = partnerTypes.get(text);
        if (known == null) {
            known = PartnerType.fromLabel(text);
            if (partnerTypes.size() < 1000) {
                partnerTypes.put(text, known);
            }
        }
        return known;
    }

    private static boolean notAvailable(String text) {
        return text != null && text.equalsIgnoreCase("N/A");
    }

    private static String content(String text) {
        return text == null || notAvailable(text) ? null : text;
    }

    private static ProfileType type(RawProfile raw) {
        String t = raw.type;
        if (t != null) {
            ProfileType known = TYPE_NAMES.get(NOT_LETTERS.matcher(t).replaceAll("").toUpperCase(Locale.ROOT));
            if (known == null) {
                throw new Reject(raw.legacy ? "reference.type" : "profileType", "'" + t
                        + "' is not a profile type (expected BO, BR, TO, TR or RDR)");
            }
            return known;
        }
        var m = TYPE_PREFIX.matcher(raw.reference.toUpperCase(Locale.ROOT));
        if (m.matches()) {
            return ProfileType.valueOf(m.group(1));
        }
        throw new Reject(raw.legacy ? "reference.type" : "profileType",
                "missing (expected BO, BR, TO, TR or RDR, or a reference that starts with one)");
    }

    private static LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.length() >= 10 && isDate(t)
                && (t.length() == 10 || t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
            try {
                return LocalDate.parse(t.substring(0, 10));
            } catch (DateTimeParseException e) {
                // falls through to the rejection below: the digits are there but the date does not exist
            }
        }
        throw new Reject(field, "'" + text + "' is not a date (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)");
    }

    private static boolean isDate(String t) {
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private List<TermId> keywords(RawProfile raw, String name, List<SourceWarning> warnings) {
        List<TermId> all = new ArrayList<>();
        keywords(raw.technologies, TaxonomyId.EEN_TECHNOLOGY, name, "technologyKeywords", warnings, all);
        keywords(raw.markets, TaxonomyId.EEN_MARKET, name, "marketKeywords", warnings, all);
        keywords(raw.naces, TaxonomyId.NACE, name, "naceKeywords", warnings, all);
        return all;
    }

    private void keywords(List<RawProfile.KeyLabel> pairs, TaxonomyId id, String name, String field,
            List<SourceWarning> warnings, List<TermId> into) {
        Taxonomy taxonomy = taxonomies.find(id).orElse(null);
        for (RawProfile.KeyLabel pair : pairs) {
            String code = pair.key();
            if (code == null) {
                List<Term> byLabel = taxonomy == null ? List.of() : taxonomy.byLabel(pair.label());
                if (byLabel.size() == 1) {
                    into.add(byLabel.get(0).id());
                } else {
                    warn(warnings, name, field, "keyword '" + pair.label() + "' has no code and its label names "
                            + byLabel.size() + " terms of " + id + "; dropped");
                }
                continue;
            }
            TermId term;
            try {
                term = TermId.of(id, code);
            } catch (IllegalArgumentException e) {
                warn(warnings, name, field, "'" + code + "' is not a keyword code; dropped");
                continue;
            }
            if (taxonomy != null && !taxonomy.contains(code)) {
                // Kept: the registry may know terms newer than our copy of the taxonomy.
                warn(warnings, name, field, "code '" + code + "'" + (pair.label() == null ? "" : " ('"
                        + pair.label() + "')") + " is not in " + id + "; kept");
            }
            into.add(term);
        }
    }

    private static void partnerships(RawProfile raw, ProfileType type, String name, List<SourceWarning> warnings,
            PartnerProfile.Builder b) {
        Set<PartnershipType> current = new LinkedHashSet<>();
        List<String> original = new ArrayList<>();
        for (String text : raw.partnerships) {
            var exact = PartnershipType.fromLabel(text).filter(p -> p.isAllowedFor(type));
            if (exact.isPresent()) {
                current.add(exact.get());
                continue;
            }
            original.add(text);
            PartnershipType.fromLegacy(text, type).ifPresentOrElse(current::add,
                    () -> warn(warnings, name, "partnerships", "'" + text + "' matches no current partnership type"
                            + " for " + type + "; its text is kept"));
        }
        b.partnershipTypes(current).legacyPartnershipTypes(original);
    }

    private static Country country(String text, String name, String field, List<SourceWarning> warnings) {
        if (text == null) {
            return null;
        }
        try {
            return Country.parse(text);
        } catch (InvalidRecordException e) {
            String code = COUNTRY_NAMES.get(text.strip().toLowerCase(Locale.ROOT));
            if (code != null) {
                return Country.of(code);
            }
            warn(warnings, name, field, "'" + text + "' is not a country (expected an ISO code such as CN); dropped");
            return null;
        }
    }

    private static Boolean boolOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("true") || t.equals("1") || t.equalsIgnoreCase("yes")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false") || t.equals("0") || t.equalsIgnoreCase("no")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static boolean bool(String text, String name, String field, List<SourceWarning> warnings) {
        Boolean b = boolOrNull(text);
        if (b == null && text != null) {
            warn(warnings, name, field, "'" + text + "' is not true or false; taken as false");
        }
        return b != null && b;
    }

    private static RdrCall rdrCall(RawProfile raw, String name, List<SourceWarning> warnings) {
        if (raw.framework == null && raw.callTitle == null && raw.acronym == null && raw.coordinatorRequired == null
                && raw.eoiDeadline == null && raw.callDeadline == null && raw.budget == null && raw.duration == null
                && raw.callWebsite == null) {
            return null;
        }
        Integer weeks = null;
        if (raw.duration != null) {
            try {
                weeks = Integer.valueOf(raw.duration.strip());
                if (weeks <= 0) {
                    weeks = null;
                    warn(warnings, name, "projectDurationInWeeks", "'" + raw.duration + "' is not > 0; dropped");
                }
            } catch (NumberFormatException e) {
                warn(warnings, name, "projectDurationInWeeks", "'" + raw.duration + "' is not a number of weeks;"
                        + " dropped");
            }
        }
        URI website = null;
        if (raw.callWebsite != null) {
            try {
                website = URI.create(raw.callWebsite);
            } catch (IllegalArgumentException e) {
                warn(warnings, name, "program.call.website", "'" + raw.callWebsite + "' is not a URL; dropped");
            }
        }
        return new RdrCall(raw.framework, raw.callTitle, raw.acronym, boolOrNull(raw.coordinatorRequired),
                date("deadlineForEoI", raw.eoiDeadline), date("deadlineOfTheCall", raw.callDeadline), raw.budget,
                weeks, website);
    }

    private static OrganisationFacts organisation(RawProfile raw, String name, List<SourceWarning> warnings) {
        if (raw.companyKind == null && raw.companySince == null && raw.companyTurnover == null
                && raw.companyExperience == null && raw.certifications.isEmpty() && raw.languages.isEmpty()) {
            return null;
        }
        Integer since = null;
        if (raw.companySince != null) {
            var m = YEAR.matcher(raw.companySince.strip());
            if (m.matches()) {
                since = Integer.valueOf(m.group(1));
            } else {
                warn(warnings, name, "company.since", "'" + raw.companySince + "' is not a year; dropped");
            }
        }
        Set<Language> languages = new TreeSet<>();
        for (String l : raw.languages) {
            try {
                languages.add(Language.parse(l));
            } catch (InvalidRecordException e) {
                warn(warnings, name, "company.languages", "'" + l + "' is not a language code; dropped");
            }
        }
        return new OrganisationFacts(raw.companyKind, since, raw.companyTurnover, raw.companyExperience,
                raw.certifications, new TreeSet<>(languages));
    }

    private static void warn(List<SourceWarning> warnings, String record, String field, String message) {
        warnings.add(new SourceWarning(record, field, message));
    }
}
