package eu.adpack.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.testing.DomainGen;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.util.List;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

class CoreJsonRoundTripTest {
    private static final AdpackJson JSON = AdpackJson.standard();

    @Test
    void organisationsRoundTripUnchanged() {
        qt().withFixedSeed(20171201L).withExamples(300).forAll(DomainGen.organisation())
                .checkAssert(o -> assertThat(JSON.read(JSON.write(o), Organisation.class)).isEqualTo(o));
    }

    @Test
    void profilesRoundTripUnchanged() {
        qt().withFixedSeed(20191201L).withExamples(300).forAll(DomainGen.profile())
                .checkAssert(p -> assertThat(JSON.read(JSON.write(p), PartnerProfile.class)).isEqualTo(p));
    }

    private static <T> void roundTrips(Gen<T> gen, Class<T> type, long seed, int examples) {
        qt().withFixedSeed(seed).withExamples(examples).forAll(gen)
                .checkAssert(v -> assertThat(JSON.read(JSON.write(v), type)).isEqualTo(v));
    }

    @Test
    void clustersIntermediariesAndAmbassadorsRoundTripUnchanged() {
        roundTrips(DomainGen.cluster(), Cluster.class, 1L, 200);
        roundTrips(DomainGen.intermediary(), Intermediary.class, 2L, 200);
        roundTrips(DomainGen.ambassador(), Ambassador.class, 3L, 200);
    }

    @Test
    void programmeActivitiesRoundTripUnchanged() {
        roundTrips(DomainGen.trainingModule(), TrainingModule.class, 4L, 200);
        roundTrips(DomainGen.participation(), TrainingParticipation.class, 5L, 200);
        roundTrips(DomainGen.webinar(), Webinar.class, 6L, 200);
        roundTrips(DomainGen.mission(), Mission.class, 7L, 200);
    }

    @Test
    void eventsAndAgreementsRoundTripUnchanged() {
        roundTrips(DomainGen.event(), MatchmakingEvent.class, 8L, 200);
        roundTrips(DomainGen.agreement(), Agreement.class, 9L, 300);
    }

    @Test
    void wholePartnershipsAndTheirIndicatorsRoundTripUnchanged() {
        roundTrips(DomainGen.partnership(), Partnership.class, 10L, 60);
        roundTrips(DomainGen.partnership().map(Indicators::of), Indicators.class, 11L, 60);
    }

    @Test
    void writingIsDeterministic() {
        qt().withFixedSeed(12L).withExamples(30).forAll(DomainGen.partnership()).checkAssert(p -> {
            String once = JSON.write(p);
            assertThat(JSON.write(JSON.read(once, Partnership.class))).isEqualTo(once);
        });
    }

    @Test
    void timesZonesAndDatesAreIsoStrings() {
        MatchmakingEvent e = MatchmakingEvent.builder("ev").name("EU–Canada matchmaking")
                .zone(java.time.ZoneId.of("America/Toronto"))
                .session(Session.of("am", "Morning", java.time.LocalDate.of(2019, 6, 11),
                        List.of(TimeSlot.of("m1", java.time.LocalTime.of(9, 0), java.time.LocalTime.of(9, 30)))))
                .build();
        String json = JSON.write(e);
        assertThat(json).contains("\"zone\" : \"America/Toronto\"").contains("\"date\" : \"2019-06-11\"")
                .contains("\"start\" : \"09:00\"");
        assertThat(JSON.read(json, MatchmakingEvent.class)).isEqualTo(e);
    }

    @Test
    void termsAreTaxonomyColonCodeStringsWithLeadingZerosKept() {
        Organisation o = Organisation.builder("acme").legalName("Acme").country(Country.parse("uk"))
                .naceCode("C.22.2.2").sector(Sector.PLASMA).build();
        String json = JSON.write(o);
        assertThat(json).contains("\"nace:C.22.2.2\"").contains("\"country\" : \"GB\"").contains("\"plasma\"")
                .doesNotContain("sme").doesNotContain("@class");
        assertThat(JSON.read(json, Organisation.class)).isEqualTo(o);
    }

    @Test
    void unknownPropertiesAreIgnoredAndMissingCollectionsReadAsEmpty() {
        Organisation o = JSON.read("{\"id\":\"a1\",\"legalName\":\"A\",\"country\":\"cz\",\"futureField\":[1,2]}",
                Organisation.class);
        assertThat(o.country()).isEqualTo(Country.of("CZ"));
        assertThat(o.sectors()).isEmpty();
        assertThat(o.contacts()).isEmpty();
    }

    @Test
    void invalidRecordInJsonNamesRecordFieldAndValue() {
        assertThatThrownBy(() -> JSON.read("{\"id\":\"a1\",\"legalName\":\"A\",\"country\":\"ZZ\"}", Organisation.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("country")
                .hasMessageContaining("'ZZ'")
                .hasMessageContaining("ISO 3166-1");
        assertThatThrownBy(() -> JSON.read("{\"id\":\"a1\",", Organisation.class))
                .isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aNullOrEmptyDocumentIsRefusedNotReturnedAsNull() {
        assertThatThrownBy(() -> JSON.read("null", Organisation.class)).isInstanceOf(InvalidJsonException.class)
                .hasMessage("line 1: the document is JSON null (expected Organisation)");
        assertThatThrownBy(() -> JSON.read("", Organisation.class)).isInstanceOf(InvalidJsonException.class)
                .hasMessageStartingWith("line 1");
        assertThatThrownBy(() -> JSON.read(new java.io.ByteArrayInputStream("null".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), Organisation.class))
                .isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void listsOfRecordsReadWithTypeReference() {
        List<Organisation> list = List.of(Organisation.builder("a").legalName("A").country(Country.CA).build());
        assertThat(JSON.read(JSON.write(list), new TypeReference<List<Organisation>>() {})).isEqualTo(list);
    }

    @Test
    void exportWithoutPersonalDataLeavesContactsOutAndReadsBack() {
        qt().withFixedSeed(7L).withExamples(100).forAll(DomainGen.organisation()).checkAssert(o -> {
            String json = AdpackJson.withoutPersonalData().write(o);
            for (ContactPerson c : o.contacts()) {
                assertThat(json).doesNotContain(c.name());
                if (c.email() != null) {
                    assertThat(json).doesNotContain(c.email());
                }
            }
            Organisation back = JSON.read(json, Organisation.class);
            assertThat(back.contacts()).isEmpty();
            assertThat(back.toBuilder().contacts(o.contacts()).build()).isEqualTo(o);
        });
    }
}
