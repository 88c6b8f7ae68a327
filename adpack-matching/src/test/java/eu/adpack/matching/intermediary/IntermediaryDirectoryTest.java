package eu.adpack.matching.intermediary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.ClusterRole;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.readiness.Questionnaire;
import eu.adpack.core.readiness.Questionnaires;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.Evidence;
import eu.adpack.matching.Feature;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntermediaryDirectoryTest {
    private static Intermediary intermediary(String id, Country country, IntermediaryKind kind,
            List<Sector> sectors, Set<IntermediaryService> services, String... languages) {
        TreeSet<Language> langs = new TreeSet<>();
        for (String l : languages) {
            langs.add(Language.parse(l));
        }
        return new Intermediary(id, "Intermediary " + id, country, null, kind, sectors, null, List.of(),
                new TreeSet<>(services), langs);
    }

    static final List<Intermediary> DIRECTORY = List.of(
            intermediary("cn-lab", Country.CN, IntermediaryKind.RESEARCH_ORGANISATION, List.of(Sector.PACKAGING),
                    Set.of(IntermediaryService.CERTIFICATION, IntermediaryService.REGULATORY_ADVICE), "zh", "en"),
            intermediary("cn-chamber", Country.CN, IntermediaryKind.CHAMBER_OF_COMMERCE, List.of(),
                    Set.of(IntermediaryService.MARKET_INTELLIGENCE, IntermediaryService.PARTNER_SEARCH,
                            IntermediaryService.TRADE_MISSIONS), "zh", "en", "de"),
            intermediary("cn-ip", Country.CN, IntermediaryKind.OTHER, List.of(),
                    Set.of(IntermediaryService.INTELLECTUAL_PROPERTY, IntermediaryService.LEGAL_AND_TAX), "zh"),
            intermediary("ca-reg", Country.CA, IntermediaryKind.TRADE_ASSOCIATION, List.of(Sector.PACKAGING),
                    Set.of(IntermediaryService.REGULATORY_ADVICE, IntermediaryService.CERTIFICATION), "en", "fr"));

    private static IntermediaryNeed need(IntermediaryService... services) {
        return new IntermediaryNeed("sme", Country.of("CZ"), Country.CN, new TreeSet<>(List.of(services)),
                List.of(Sector.PACKAGING), new TreeSet<>(List.of(Language.parse("en"), Language.parse("cs"))),
                List.of());
    }

    @Test
    void theIntermediaryOfferingTheNeededServicesInTheCountryComesFirstWithTheMatchersExplanation() {
        IntermediaryDirectory directory = IntermediaryDirectory.of(DIRECTORY);
        IntermediarySearch found = directory.search(need(IntermediaryService.REGULATORY_ADVICE), 3);
        assertThat(found.intermediaries()).isNotEmpty();
        assertThat(found.intermediaries()).extracting(IntermediaryMatch::country).containsOnly(Country.CN);
        IntermediaryMatch best = found.intermediaries().get(0);
        assertThat(best.intermediaryId()).isEqualTo("cn-lab");
        assertThat(best.services()).containsExactly(IntermediaryService.REGULATORY_ADVICE);
        assertThat(best.languages()).containsExactly(Language.parse("en"));
        assertThat(best.explanation().features()).extracting(Evidence::feature).contains(Feature.TEXT);
        assertThat(best.explanation().text()).isNotBlank();
        double sum = best.explanation().features().stream().mapToDouble(Evidence::contribution).sum();
        assertThat(sum).isCloseTo(best.score(), within(1e-9));
    }

    @Test
    void proposalsSayWhereTheCooperationAgreementStands() {
        Agreement signed = Agreement.propose("ag-1", AgreementType.INTERMEDIARY_COOPERATION, "Testing cooperation",
                List.of("adpack2", "cn-lab"), LocalDate.of(2019, 1, 10))
                .transition(AgreementStatus.NEGOTIATING, LocalDate.of(2019, 2, 1))
                .transition(AgreementStatus.SIGNED, LocalDate.of(2019, 3, 1));
        Agreement other = Agreement.propose("ag-2", AgreementType.SME_COOPERATION, "Not with an intermediary",
                List.of("cn-chamber", "x"), LocalDate.of(2019, 1, 10));
        IntermediaryDirectory directory = IntermediaryDirectory.of(DIRECTORY, List.of(signed, other));
        List<IntermediaryMatch> found = directory.search(need(IntermediaryService.REGULATORY_ADVICE,
                IntermediaryService.PARTNER_SEARCH), 3).intermediaries();
        assertThat(found).filteredOn(m -> m.intermediaryId().equals("cn-lab")).singleElement()
                .satisfies(m -> assertThat(m.cooperation()).isEqualTo(AgreementStatus.SIGNED));
        assertThat(found).filteredOn(m -> !m.intermediaryId().equals("cn-lab"))
                .allSatisfy(m -> assertThat(m.cooperation()).isNull());
    }

    @Test
    void eachNeedFindsItsOwnSpecialist() {
        IntermediaryDirectory directory = IntermediaryDirectory.of(DIRECTORY);
        assertThat(directory.search(need(IntermediaryService.INTELLECTUAL_PROPERTY), 1).intermediaries())
                .extracting(IntermediaryMatch::intermediaryId).containsExactly("cn-ip");
        assertThat(directory.search(need(IntermediaryService.PARTNER_SEARCH), 1).intermediaries())
                .extracting(IntermediaryMatch::intermediaryId).containsExactly("cn-chamber");
    }

    @Test
    void theNeedFollowsTheReadinessGapsOfTheMarket() {
        Questionnaire q = Questionnaires.standard();
        Map<String, Integer> answers = new TreeMap<>();
        q.questions().forEach(x -> answers.put(x.id(), x.dimension().equals("ip") ? 1 : 5));
        Organisation sme = Organisation.builder("sme").legalName("Smart Label s.r.o.").country(Country.of("CZ"))
                .sizeClass(SizeClass.SMALL).sector(Sector.PACKAGING).build();
        Partnership p = Partnership.builder("p").name("P").period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1))
                .coordinator("c").cluster(new Cluster("c", "C", Country.of("CZ"), null, List.of(), List.of("sme"),
                        ClusterRole.COORDINATOR, null))
                .organisation(sme).assessment(ReadinessAssessment.of("a1", "sme", Country.CN,
                        LocalDate.of(2024, 1, 1), q.id(), answers))
                .build();
        IntermediaryNeed n = IntermediaryDirectory.need(p, "sme", Country.CN, q);
        assertThat(n.services()).containsExactly(IntermediaryService.INTELLECTUAL_PROPERTY,
                IntermediaryService.LEGAL_AND_TAX);
        assertThat(n.because()).containsExactly("gap in Intellectual property protection in the target country"
                + " (0.00, CN threshold 0.70)");
        IntermediarySearch s = IntermediaryDirectory.of(DIRECTORY).search(p, "sme", Country.CN, q, 2);
        assertThat(s.intermediaries().get(0).intermediaryId()).isEqualTo("cn-ip");
        IntermediaryNeed newcomer = IntermediaryDirectory.need(p, "sme", Country.US, q);
        assertThat(newcomer.services()).hasSize(IntermediaryService.values().length - 1);
        assertThat(newcomer.because()).containsExactly("no readiness assessment for US: every service");
    }

    @Test
    void searchesRoundTripThroughJson() {
        IntermediarySearch s = IntermediaryDirectory.of(DIRECTORY).search(need(IntermediaryService.CERTIFICATION,
                IntermediaryService.MARKET_INTELLIGENCE), 5);
        AdpackJson json = AdpackJson.standard();
        assertThat(json.read(json.write(s), IntermediarySearch.class)).isEqualTo(s);
    }

    @Test
    void aSearchNeedsAtLeastOneResultAndOneService() {
        assertThatThrownBy(() -> IntermediaryDirectory.of(DIRECTORY).search(need(IntermediaryService.FINANCING), 0))
                .hasMessage("k: 0 (expected at least 1)");
        assertThatThrownBy(() -> need()).hasMessageContaining("services: is empty");
    }
}
