package eu.adpack.adapters.companies;

import eu.adpack.core.AdpackException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceWarning;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a {@link CompanyRecord} onto a business-offer {@link PartnerProfile}: the reference is {@code
 * jurisdiction/number} (as the API's own URLs write it), the country comes from the jurisdiction's first part, NACE
 * Rev. 2 industry codes ({@code 22.22}) become the bundled NACE terms ({@code nace:C.22.2.2}), other schemes are
 * skipped with a warning, and a company that is not active is flagged {@code EXPIRED} rather than dropped.
 */
final class CompanyMapper {
    /** The API's scheme id of NACE Rev. 2. */
    static final String NACE_SCHEME = "eu_nace_2";

    /** A mapped company: a profile and its warnings, or a rejection. */
    record Mapped(PartnerProfile profile, Rejection rejection, List<SourceWarning> warnings) {
    }

    /** NACE terms by their code without section letter and dots, e.g. {@code 2222} for {@code C.22.2.2}. */
    private final Map<String, TermId> naceByDigits = new HashMap<>();

    CompanyMapper(Taxonomies taxonomies) {
        taxonomies.find(TaxonomyId.NACE).ifPresent(nace -> {
            for (Term t : nace.terms()) {
                String digits = t.code().replaceAll("[^0-9]", "");
                if (!digits.isEmpty()) {
                    naceByDigits.putIfAbsent(digits, t.id());
                }
            }
        });
    }

    Mapped map(CompanyRecord c) {
        String reference = reference(c);
        try {
            return mapChecked(c, reference);
        } catch (BadField e) {
            return new Mapped(null, Rejection.of(reference, e.field, e.getMessage()), List.of());
        } catch (AdpackException | IllegalArgumentException e) {
            return new Mapped(null, Rejection.ofRecord(reference, e.getMessage()), List.of());
        }
    }

    private Mapped mapChecked(CompanyRecord c, String reference) {
        if (c.companyNumber() == null || c.companyNumber().isBlank()) {
            throw new BadField("company_number", "is missing (expected the registry's company number)");
        }
        if (c.jurisdictionCode() == null || c.jurisdictionCode().isBlank()) {
            throw new BadField("jurisdiction_code", "is missing (expected e.g. gb or ca_on)");
        }
        if (c.name() == null || c.name().isBlank()) {
            throw new BadField("name", "is missing (expected the company's registered name)");
        }
        Country country;
        try {
            country = Country.parse(c.jurisdictionCode().split("_", 2)[0]);
        } catch (AdpackException e) {
            throw new BadField("jurisdiction_code", "'" + c.jurisdictionCode() + "' does not start with a country"
                    + " code (expected e.g. gb or ca_on)");
        }
        LocalDate incorporated = date("incorporation_date", c.incorporationDate());
        LocalDate dissolved = date("dissolution_date", c.dissolutionDate());
        LocalDate updated = instantDate("updated_at", c.updatedAt());
        List<SourceWarning> warnings = new ArrayList<>();
        List<TermId> nace = new ArrayList<>();
        if (c.industryCodes() != null) {
            for (CompanyRecord.IndustryCodeEntry entry : c.industryCodes()) {
                CompanyRecord.IndustryCode code = entry == null ? null : entry.industryCode();
                if (code == null || code.code() == null) {
                    continue;
                }
                TermId term = NACE_SCHEME.equals(code.scheme()) ? naceByDigits.get(code.code().replaceAll("[^0-9]",
                        "")) : null;
                if (term == null) {
                    warnings.add(new SourceWarning(reference, "industry_codes", "industry code " + code.code()
                            + " of scheme " + code.scheme() + " is not a known NACE Rev. 2 code; skipped"));
                } else {
                    nace.add(term);
                }
            }
        }
        boolean active = dissolved == null && (c.currentStatus() == null
                || c.currentStatus().strip().toLowerCase(Locale.ROOT).startsWith("active"));
        String summary = summary(c);
        PartnerProfile profile = PartnerProfile.builder(reference, ProfileType.BO)
                .status(active ? ProfileStatus.PUBLISHED : ProfileStatus.EXPIRED)
                .created(incorporated)
                .modified(updated)
                .title(c.name().strip())
                .summary(summary)
                .keywords(nace)
                .partnershipTypes(List.of(PartnershipType.COMMERCIAL_AGREEMENT))
                .originCountry(country)
                .publicUrl(url(c.url()))
                .source(CompanySearchSource.NAME)
                .build();
        return new Mapped(profile, null, List.copyOf(warnings));
    }

    private static String reference(CompanyRecord c) {
        String j = c.jurisdictionCode() == null ? "?" : c.jurisdictionCode().strip();
        String n = c.companyNumber() == null ? "?" : c.companyNumber().strip();
        return (j + "/" + n).replaceAll("\\s+", "");
    }

    private static String summary(CompanyRecord c) {
        String type = c.companyType() == null || c.companyType().isBlank() ? "Company" : c.companyType().strip();
        String where = c.registeredAddress() == null || c.registeredAddress().isBlank() ? ""
                : ", registered at " + c.registeredAddress().strip();
        String s = type + where;
        return s.length() > PartnerProfile.MAX_SUMMARY ? s.substring(0, PartnerProfile.MAX_SUMMARY) : s;
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadField(field, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static LocalDate instantDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            return date(field, text);
        }
    }

    private static URI url(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadField("opencorporates_url", "'" + text + "' is not a URL");
        }
    }

    /** A bad value of one field, reported as a rejection naming the field. */
    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
