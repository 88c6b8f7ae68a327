package eu.adpack.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerProfileTest {
    private static PartnerProfile.Builder bo() {
        return PartnerProfile.builder("BOCN20160720001", ProfileType.BO).title("Smart labels");
    }

    @Test
    void complementaryTypesAnswerEachOther() {
        assertThat(ProfileType.BO.complement()).isEqualTo(ProfileType.BR);
        assertThat(ProfileType.BR.complement()).isEqualTo(ProfileType.BO);
        assertThat(ProfileType.TO.complement()).isEqualTo(ProfileType.TR);
        assertThat(ProfileType.TR.complement()).isEqualTo(ProfileType.TO);
        assertThat(ProfileType.RDR.complement()).isEqualTo(ProfileType.RDR);
        for (ProfileType a : ProfileType.values()) {
            for (ProfileType b : ProfileType.values()) {
                assertThat(a.answers(b)).isEqualTo(b.answers(a)).isEqualTo(a.complement() == b);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"title, 257", "summary, 501", "description, 4001"})
    void textsOverTheirLimitsAreRefusedNamingTheReference(String field, int length) {
        String text = "x".repeat(length);
        PartnerProfile.Builder b = bo();
        switch (field) {
            case "title":
                b.title(text);
                break;
            case "summary":
                b.summary(text);
                break;
            default:
                b.description(text);
        }
        assertThatThrownBy(b::build).isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("profile BOCN20160720001: " + field + ": ")
                .hasMessageContaining("at most " + (length - 1) + " characters");
        String atLimit = "x".repeat(length - 1);
        assertThat(bo().title(field.equals("title") ? atLimit : "t")
                .summary(field.equals("summary") ? atLimit : null)
                .description(field.equals("description") ? atLimit : null).build()).isNotNull();
    }

    @Test
    void titleIsRequiredUnlessTheRegistryWithheldContent() {
        assertThatThrownBy(() -> PartnerProfile.builder("TOCZ20200101001", ProfileType.TO).build())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("profile TOCZ20200101001: title: ");
        PartnerProfile limited = PartnerProfile.builder("TOCZ20200101001", ProfileType.TO).limited(true).build();
        assertThat(limited.title()).isNull();
        assertThat(limited.limited()).isTrue();
    }

    @Test
    void rdrCallOnlyOnRdr() {
        RdrCall call = new RdrCall("Horizon Europe", "HORIZON-CL6-2024", null, true, null, null, null, 156, null);
        assertThat(PartnerProfile.builder("RDRFR20240101001", ProfileType.RDR).title("t").rdrCall(call).build()
                .rdrCall()).isEqualTo(call);
        assertThatThrownBy(() -> bo().rdrCall(call).build()).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("rdrCall");
    }

    @Test
    void expiredByStatusOrByDate() {
        LocalDate today = LocalDate.of(2019, 6, 1);
        assertThat(bo().build().isExpiredOn(today)).isFalse();
        assertThat(bo().status(ProfileStatus.EXPIRED).build().isExpiredOn(today)).isTrue();
        assertThat(bo().expiry(LocalDate.of(2019, 5, 31)).build().isExpiredOn(today)).isTrue();
        assertThat(bo().expiry(today).build().isExpiredOn(today)).isFalse();
    }

    @Test
    void keywordsOfAllTaxonomiesInOneSetWithUnknownCodesKept() {
        TermId tech = TermId.of(TaxonomyId.EEN_TECHNOLOGY, "02002015");
        TermId unknown = TermId.of(TaxonomyId.EEN_MARKET, "099999");
        PartnerProfile p = bo().keyword(tech).keyword(unknown).keyword(TermId.of(TaxonomyId.NACE, "C.22.2.2")).build();
        assertThat(p.keywords()).hasSize(3).contains(unknown);
        assertThat(p.keywords(TaxonomyId.EEN_TECHNOLOGY)).containsExactly(tech);
    }

    @Test
    void legacyPartnershipTypesMapOntoTheCurrentListForTheProfileType() {
        assertThat(PartnershipType.fromLegacy("Manufacturing agreement", ProfileType.BO))
                .contains(PartnershipType.SUPPLIER_AGREEMENT);
        assertThat(PartnershipType.fromLegacy("Subcontracting", ProfileType.BR))
                .contains(PartnershipType.OUTSOURCING_AGREEMENT);
        assertThat(PartnershipType.fromLegacy("Joint venture agreement", ProfileType.TO))
                .contains(PartnershipType.INVESTMENT_AGREEMENT);
        assertThat(PartnershipType.fromLegacy("License agreement", ProfileType.TO))
                .contains(PartnershipType.COMMERCIAL_AGREEMENT_WITH_TECHNICAL_ASSISTANCE);
        assertThat(PartnershipType.fromLegacy("Commercial agency agreement", ProfileType.BO))
                .contains(PartnershipType.COMMERCIAL_AGREEMENT);
        assertThat(PartnershipType.fromLegacy("Technical cooperation agreement", ProfileType.RDR))
                .contains(PartnershipType.RESEARCH_AND_DEVELOPMENT_COOPERATION_AGREEMENT);
        assertThat(PartnershipType.fromLegacy("Research cooperation agreement", ProfileType.BO))
                .contains(PartnershipType.COMMERCIAL_AGREEMENT);
        assertThat(PartnershipType.fromLegacy("Something else", ProfileType.BO)).isEmpty();
        for (ProfileType t : ProfileType.values()) {
            for (String legacy : new String[] {"Franchise", "Distribution services", "Financial agreement",
                "Services agreement", "Reciprocal production", "Research & development cooperation agreement"}) {
                assertThat(PartnershipType.fromLegacy(legacy, t)).hasValueSatisfying(
                        p -> assertThat(p.isAllowedFor(t)).isTrue());
            }
        }
    }

    @Test
    void controlledValuesParseFromTheirLabels() {
        assertThat(StageOfDevelopment.fromLabel("lab tested")).contains(StageOfDevelopment.LAB_TESTED);
        assertThat(IprStatus.fromLabel("IPR applied but not yet granted")).contains(IprStatus.IPR_APPLIED);
        assertThat(PartnerType.fromLabel("SME <= 10")).contains(PartnerType.SME_UP_TO_10);
        assertThat(PartnerType.fromLabel("R&D Institution")).contains(PartnerType.RD_INSTITUTION);
        assertThat(ProfileStatus.parse("under review")).isEqualTo(ProfileStatus.UNDER_REVIEW);
        assertThat(ProfileStatus.values()).hasSize(12);
        assertThat(ProfileType.parse(" rdr")).isEqualTo(ProfileType.RDR);
        assertThatThrownBy(() -> ProfileType.parse("XX")).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void adviserNeverPrinted() {
        PartnerProfile p = bo().adviser(new ContactPerson("Li Wei", "adviser", "li.wei@example.cn", "+86 21 1234"))
                .build();
        assertThat(p.toString()).doesNotContain("Li Wei").doesNotContain("li.wei").doesNotContain("1234");
    }
}
