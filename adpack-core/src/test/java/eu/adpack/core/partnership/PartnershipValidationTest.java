package eu.adpack.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.Problem;
import eu.adpack.core.ValidationException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.MissionKind;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.testing.SmallPartnership;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipValidationTest {
    private static List<String> ids(List<Problem> problems) {
        return problems.stream().map(Problem::id).toList();
    }

    @Test
    void theHandBuiltPartnershipIsConsistent() {
        Partnership p = SmallPartnership.build();
        assertThat(p.validate()).isEmpty();
        assertThat(p.requireValid()).isSameAs(p);
        assertThat(p.members()).extracting(Organisation::id).containsExactly("o-label", "o-films", "o-cheese", "o-big");
        assertThat(p.isMember("x-ca")).isFalse();
    }

    @Test
    void duplicateIdsAcrossKindsAreReported() {
        Partnership p = SmallPartnership.builder()
                .organisation(Organisation.builder("c-pack").legalName("Clash").country(Country.CA).build())
                .build();
        assertThat(p.validate()).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(Problem.DUPLICATE_ID);
            assertThat(problem.toString()).isEqualTo("[adpack/duplicate-id] cluster c-pack: id: 'c-pack' is the id of"
                    + " 2 records (cluster, organisation); ids must be unique within the partnership");
        });
    }

    @Test
    void danglingReferencesNameRecordFieldAndValue() {
        Partnership p = SmallPartnership.builder()
                .cluster(Cluster.builder("c-ghost").name("Ghost").country(Country.of("IT")).member("o-nowhere")
                        .build())
                .participation(TrainingParticipation.completed("tm-none", "o-label", LocalDate.of(2018, 5, 1)))
                .build();
        assertThat(p.validate()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "[adpack/dangling-reference] cluster c-ghost: members: 'o-nowhere' names no organisation of the"
                        + " partnership",
                "[adpack/dangling-reference] participation of o-label in tm-none: moduleId: 'tm-none' names no"
                        + " training module of the partnership");
    }

    @Test
    void coordinatorMustBeAMemberCluster() {
        Partnership p = SmallPartnership.builder().coordinator("c-elsewhere").build();
        assertThat(ids(p.validate())).containsExactlyInAnyOrder(Problem.COORDINATOR_NOT_MEMBER, Problem.INCONSISTENT);
        assertThat(p.validate()).anySatisfy(pr -> assertThat(pr.toString()).isEqualTo(
                "[adpack/coordinator-not-member] partnership small: coordinator: 'c-elsewhere' is not one of the"
                        + " partnership's clusters"));
    }

    @Test
    void datesOutOfOrderAreReported() {
        Partnership p = SmallPartnership.builder()
                .period(LocalDate.of(2019, 12, 1), LocalDate.of(2017, 12, 1))
                .build();
        assertThat(p.validate()).extracting(Problem::field).contains("end");
        assertThat(ids(p.validate())).containsOnly(Problem.DATES_OUT_OF_ORDER);
        Partnership early = SmallPartnership.builder()
                .mission(new Mission("m-early", MissionKind.FACT_FINDING, "Too early", Country.US, null,
                        LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 3), List.of(), List.of(), List.of()))
                .participation(TrainingParticipation.completed("tm-ca", "o-films", LocalDate.of(2018, 1, 5)))
                .build();
        assertThat(early.validate()).extracting(Problem::record)
                .contains("mission m-early", "participation of o-films in tm-ca");
    }

    @Test
    void agreementPartiesMustFitTheType() {
        LocalDate d = LocalDate.of(2019, 1, 1);
        Partnership p = SmallPartnership.builder()
                .agreement(Agreement.propose("bad-sme", AgreementType.SME_COOPERATION, "t", List.of("o-label", "x-ca"),
                        d))
                .agreement(Agreement.propose("bad-int", AgreementType.INTERMEDIARY_COOPERATION, "t",
                        List.of("c-pack", "c-food"), d))
                .agreement(Agreement.propose("bad-bp", AgreementType.BUSINESS_PARTNERSHIP, "t",
                        List.of("o-label", "o-films"), d))
                .agreement(Agreement.propose("bad-ref", AgreementType.BUSINESS_PARTNERSHIP, "t",
                        List.of("o-label", "x-unknown"), d).withOrigin("w1"))
                .build();
        assertThat(p.validate()).extracting(Problem::record, Problem::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("agreement bad-sme", Problem.AGREEMENT_PARTIES),
                org.assertj.core.groups.Tuple.tuple("agreement bad-int", Problem.AGREEMENT_PARTIES),
                org.assertj.core.groups.Tuple.tuple("agreement bad-bp", Problem.AGREEMENT_PARTIES),
                org.assertj.core.groups.Tuple.tuple("agreement bad-ref", Problem.DANGLING_REFERENCE),
                org.assertj.core.groups.Tuple.tuple("agreement bad-ref", Problem.AGREEMENT_PARTIES));
    }

    @Test
    void ambassadorsServeNoMoreThanTheirCapacity() {
        Partnership p = SmallPartnership.builder()
                .ambassador(Ambassador.of("a-us", null, List.of(Country.US), List.of(), 1)
                        .serving(List.of("o-label", "o-cheese")))
                .build();
        assertThat(p.validate()).singleElement().extracting(Problem::id).isEqualTo(Problem.OVER_CAPACITY);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Partnership p = SmallPartnership.builder()
                .coordinator("c-elsewhere")
                .period(LocalDate.of(2019, 12, 1), LocalDate.of(2017, 12, 1))
                .cluster(Cluster.builder("c-pack").name("Twin").country(Country.of("ES")).member("o-ghost").build())
                .ambassador(Ambassador.of("a-us", null, List.of(Country.US), List.of(), 0).serving(List.of("o-big")))
                .build();
        List<Problem> problems = p.validate();
        assertThat(ids(problems)).contains(Problem.COORDINATOR_NOT_MEMBER, Problem.DATES_OUT_OF_ORDER,
                Problem.DUPLICATE_ID, Problem.DANGLING_REFERENCE, Problem.OVER_CAPACITY);
        assertThatThrownBy(p::requireValid).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).isEqualTo(problems));
    }

    @Test
    void trainingRaisesReadinessForTheMarketsItCovers() {
        Partnership p = SmallPartnership.build();
        // o-cheese declared AWARE for CA and completed tm-ca (PREPARED, CA).
        assertThat(p.readiness("o-cheese", Country.CA)).isEqualTo(ReadinessLevel.PREPARED);
        // tm-basic covers every market at AWARE.
        assertThat(p.readiness("o-cheese", Country.CN)).isEqualTo(ReadinessLevel.AWARE);
        assertThat(p.readiness("o-label", Country.US)).isEqualTo(ReadinessLevel.AWARE);
        // o-films is only enrolled.
        assertThat(p.readiness("o-films", Country.CA)).isEqualTo(ReadinessLevel.NOT_STARTED);
        assertThatThrownBy(() -> p.readiness("nobody", Country.CA)).isInstanceOf(IllegalArgumentException.class);
    }
}
