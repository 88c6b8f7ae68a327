package eu.adpack.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.geo.Country;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.testing.SmallPartnership;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures below were counted by hand from {@link SmallPartnership}. */
class IndicatorsTest {
    private final Partnership p = SmallPartnership.build();
    private final Indicators i = Indicators.of(p);

    @Test
    void trainingCountsSmesThatCompletedAModuleAndNotTheLargeOne() {
        // o-label and o-cheese completed tm-basic; o-big did too but is large; o-films is only enrolled.
        assertThat(i.smesTrained()).isEqualTo(2);
        assertThat(i.trainingCompletions()).isEqualTo(4);
        assertThat(i.webinars()).isEqualTo(2);
        assertThat(i.webinarAttendees()).isEqualTo(3);
    }

    @Test
    void missionsDelegationsAndMeetings() {
        assertThat(i.factFindingMissions()).isEqualTo(1);
        assertThat(i.businessMissions()).isEqualTo(1);
        assertThat(i.delegationPlaces()).isEqualTo(5);
        assertThat(i.organisationsInDelegations()).isEqualTo(3);
        assertThat(i.events()).isEqualTo(1);
        // mt1 and mt2 were held; mt3 was a no-show.
        assertThat(i.meetingsHeld()).isEqualTo(2);
    }

    @Test
    void agreementsByTypeStatusAndCountry() {
        assertThat(i.agreementsByType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                AgreementType.SME_COOPERATION, 2, AgreementType.INTERMEDIARY_COOPERATION, 1,
                AgreementType.BUSINESS_PARTNERSHIP, 2));
        assertThat(i.agreementsByStatus()).containsOnly(
                Map.entry(AgreementStatus.PROPOSED, 1), Map.entry(AgreementStatus.SIGNED, 2),
                Map.entry(AgreementStatus.ACTIVE, 1), Map.entry(AgreementStatus.CANCELLED, 1));
        // ES: ag1, ag3 (c-pack), ag4; PT: ag1, ag2, ag5; CA: ag3 (i-ca), ag4, ag5.
        assertThat(i.agreementsByCountry()).containsOnly(
                Map.entry(Country.of("ES"), 3), Map.entry(Country.of("PT"), 3), Map.entry(Country.CA, 3));
        assertThat(i.agreementsConcluded()).isEqualTo(3);
    }

    @Test
    void countriesReachedAndCrossSectorShare() {
        // Missions to CN and CA, the event in CA, the signed agreement with i-ca (CA); ag4 is only proposed.
        assertThat(i.countriesReached()).containsExactly(Country.CA, Country.CN);
        // ag1 joins packaging/microelectronics with food; ag2 joins food with food.
        assertThat(i.smeCooperationAgreements()).isEqualTo(2);
        assertThat(i.crossSectorAgreements()).isEqualTo(1);
        assertThat(i.crossSectorShare()).isEqualTo(0.5);
        assertThat(Indicators.isCrossSector(p, p.agreements().get(0))).isTrue();
        assertThat(Indicators.isCrossSector(p, p.agreements().get(1))).isFalse();
    }

    @Test
    void indicatorsFollowTheModelNotATypedFigure() {
        Partnership later = p.withAgreement(p.agreements().get(3)
                .transition(AgreementStatus.NEGOTIATING, java.time.LocalDate.of(2019, 7, 1))
                .transition(AgreementStatus.SIGNED, java.time.LocalDate.of(2019, 9, 1)));
        Indicators j = Indicators.of(later);
        assertThat(j.agreementsConcluded()).isEqualTo(4);
        assertThat(j.agreementsByStatus().get(AgreementStatus.PROPOSED)).isNull();
        assertThat(j.toLines()).hasSize(11).allSatisfy(line -> assertThat(line).contains(": "));
    }

    @Test
    void emptyPartnershipHasZeroShare() {
        Indicators none = Indicators.of(Partnership.builder("e").name("E").coordinator("c")
                .period(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2021, 1, 1)).build());
        assertThat(none.crossSectorShare()).isZero();
        assertThat(none.countriesReached()).isEmpty();
    }
}
