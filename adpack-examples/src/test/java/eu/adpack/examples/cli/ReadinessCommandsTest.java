package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.readiness.Questionnaire;
import eu.adpack.core.readiness.Questionnaires;
import eu.adpack.core.readiness.ReadinessReport;
import eu.adpack.core.readiness.ReadinessReports;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.intermediary.IntermediaryDirectory;
import eu.adpack.matching.intermediary.IntermediarySearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReadinessCommandsTest {
    private static final Path SAMPLE = Path.of("samples", "adpack2-partnership.json");
    private static final String SME = "cz-printsense";

    @TempDir
    Path dir;

    /**
     * The bundled sample with an SME assessed for CN (weak on regulation and IP, strong elsewhere), a module it
     * completed since, two more modules, and two Chinese intermediaries with their services.
     */
    private static Partnership partnership() {
        Questionnaire q = Questionnaires.standard();
        Map<String, Integer> answers = new TreeMap<>();
        q.questions().forEach(x -> answers.put(x.id(),
                x.dimension().equals("regulatory") ? 2 : x.dimension().equals("ip") ? 1 : 4));
        Partnership sample = AdpackJson.standard().read(SAMPLE, Partnership.class);
        LocalDate day = LocalDate.of(2019, 3, 1);
        return sample.toBuilder()
                .trainingModule(module("tm-cn-fcm", "Food-contact materials in China: GB 4806 and GB 9685", 10,
                        Map.of("regulatory", 0.3), List.of(), day))
                .trainingModule(module("tm-cn-ip", "Trade marks and patents in China", 6,
                        Map.of("ip", 0.4), List.of("tm-cn-fcm"), day))
                .trainingModule(module("tm-ip-all", "IP strategy for exporters", 30, Map.of("ip", 0.8), List.of(),
                        day))
                .participation(TrainingParticipation.completed("tm-cn-fcm", SME, LocalDate.of(2019, 4, 1)))
                .assessment(ReadinessAssessment.of("as-printsense-cn", SME, Country.CN, LocalDate.of(2019, 2, 1),
                        q.id(), answers))
                .intermediary(intermediary("cn-ip-office", IntermediaryKind.OTHER,
                        List.of(IntermediaryService.INTELLECTUAL_PROPERTY, IntermediaryService.LEGAL_AND_TAX)))
                .intermediary(intermediary("cn-fcm-lab", IntermediaryKind.RESEARCH_ORGANISATION,
                        List.of(IntermediaryService.CERTIFICATION, IntermediaryService.REGULATORY_ADVICE)))
                .build();
    }

    private static TrainingModule module(String id, String title, int hours, Map<String, Double> gains,
            List<String> prerequisites, LocalDate day) {
        return new TrainingModule(id, title, null, new TreeSet<>(id.contains("-cn-") ? List.of(Country.CN)
                : List.of()), ReadinessLevel.PREPARED, day, day, hours, false).withPlanning(gains, prerequisites);
    }

    private static Intermediary intermediary(String id, IntermediaryKind kind, List<IntermediaryService> services) {
        return new Intermediary(id, "Intermediary " + id, Country.CN, "Shanghai", kind, List.of(Sector.PACKAGING),
                null, List.of(), new TreeSet<>(services), new TreeSet<>(List.of(Language.parse("en"))));
    }

    private Path file() throws IOException {
        Path f = dir.resolve("p.json");
        AdpackJson.standard().write(f, partnership());
        return f;
    }

    @Test
    void readinessPrintsTheLibrarysReportAsOneDocument() throws IOException {
        CommandRun r = run("readiness", "--partnership", file().toString(), "--org", SME, "--country", "cn");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        ReadinessReport printed = AdpackJson.standard().read(r.out(), ReadinessReport.class);
        assertThat(printed).isEqualTo(ReadinessReports.report(partnership(), SME, Country.CN,
                Questionnaires.standard()));
        JsonNode json = r.json();
        assertThat(json.path("readiness").path("dimensions")).hasSize(8);
        assertThat(json.path("readiness").path("level").asString()).isEqualTo("PREPARED");
        assertThat(json.path("readiness").path("trainingCounted").get(0).asString()).isEqualTo("tm-cn-fcm");
        List<String> gaps = json.path("readiness").path("gaps").valueStream().map(g -> g.path("dimension")
                .asString()).toList();
        assertThat(gaps).containsExactly("ip", "regulatory");
        JsonNode plan = json.path("plan");
        assertThat(plan.path("method").asString()).isEqualTo("exact");
        assertThat(plan.path("modules").valueStream().map(m -> m.path("moduleId").asString()).toList())
                .containsExactly("tm-ip-all");
        assertThat(plan.path("modules").get(0).path("reason").asString())
                .isEqualTo("raises Intellectual property protection in the target country by 0.80 (now 0.00, CN"
                        + " threshold 0.70)");
        assertThat(plan.path("unclosable").get(0).path("dimension").asString()).isEqualTo("regulatory");
        assertThat(json.path("history").valueStream().map(h -> h.path("event").asString()).toList())
                .containsExactly("assessment as-printsense-cn", "completed tm-cn-fcm");
    }

    @Test
    void readinessRefusesBadInputOnOneLine() throws IOException {
        Path f = file();
        CommandRun nobody = run("readiness", "--partnership", f.toString(), "--org", "nobody", "--country", "CN");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err().strip()).isEqualTo("adpack: --org: partnership adpack2 has no organisation nobody");
        CommandRun country = run("readiness", "--partnership", f.toString(), "--org", SME, "--country", "China");
        assertThat(country.exit()).isEqualTo(1);
        assertThat(country.err()).startsWith("adpack: --country: 'China' is not a country");
        CommandRun unassessed = run("readiness", "--partnership", f.toString(), "--org", SME, "--country", "US");
        assertThat(unassessed.exit()).isEqualTo(1);
        assertThat(unassessed.err()).startsWith("adpack: readiness: organisation cz-printsense has no readiness"
                + " assessment for US with questionnaire adpack-smart-packaging");
        assertThat(unassessed.out()).isEmpty();
        CommandRun usage = run("readiness", "--partnership", f.toString(), "--org", SME);
        assertThat(usage.exit()).isEqualTo(2);
    }

    @Test
    void aQuestionnaireFileIsValidatedWithTheQuestionNamed() throws IOException {
        String json = AdpackJson.standard().write(Questionnaires.standard())
                .replace("\"dimension\" : \"ip\"", "\"dimension\" : \"legal\"");
        Path q = Files.writeString(dir.resolve("q.json"), json);
        CommandRun r = run("readiness", "--partnership", file().toString(), "--org", SME, "--country", "CN",
                "--questionnaire", q.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("adpack: " + q + ": ").contains("question ip-1: dimension: 'legal' is not a"
                + " dimension of the questionnaire");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void intermediariesPrintsTheBestWithTheMatchersExplanations() throws IOException {
        CommandRun r = run("intermediaries", "--partnership", file().toString(), "--org", SME, "--country", "CN",
                "--top", "2");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        IntermediarySearch printed = AdpackJson.standard().read(r.out(), IntermediarySearch.class);
        Partnership p = partnership();
        assertThat(printed).isEqualTo(IntermediaryDirectory.of(p).search(p, SME, Country.CN,
                Questionnaires.standard(), 2));
        assertThat(printed.need().services()).contains(IntermediaryService.INTELLECTUAL_PROPERTY,
                IntermediaryService.REGULATORY_ADVICE);
        assertThat(printed.intermediaries()).hasSizeLessThanOrEqualTo(2).isNotEmpty();
        assertThat(printed.intermediaries()).allSatisfy(m -> {
            assertThat(m.country()).isEqualTo(Country.CN);
            assertThat(m.explanation().text()).isNotBlank();
        });
        assertThat(printed.intermediaries().get(0).intermediaryId()).isIn("cn-ip-office", "cn-fcm-lab");
        CommandRun zero = run("intermediaries", "--partnership", file().toString(), "--org", SME, "--country", "CN",
                "--top", "0");
        assertThat(zero.exit()).isEqualTo(2);
    }

    @Test
    void intermediariesCanSearchADirectoryCsvNamingItsRejectedRows() throws IOException {
        Path csv = Files.writeString(dir.resolve("dir.csv"), """
                id,name,country,kind,services,sectors
                cn-ip,IP desk,CN,other,intellectual_property;legal_and_tax,packaging
                bad,Bad,XX,other,,
                """);
        CommandRun r = run("intermediaries", "--partnership", file().toString(), "--org", SME, "--country", "CN",
                "--directory", csv.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.json().path("intermediaries").valueStream().map(m -> m.path("intermediaryId").asString())
                .toList()).containsExactly("cn-ip");
        assertThat(r.err().strip()).isEqualTo("adpack: " + csv + ": line 3 (bad): country: 'XX' is not a country"
                + " (expected an ISO 3166-1 alpha-2 code such as CN or CA; UK is read as GB); row left out");
    }

    @Test
    void importIntermediariesKeepsTheGoodRowsReportsTheBadAndLeavesOutContacts() throws IOException {
        Path csv = Files.writeString(dir.resolve("dir.csv"), """
                id,name,country,kind,services,contact_name,contact_email
                cn-lab,Lab,CN,research,certification;regulatory_advice,Li Wei,li@lab.example.cn
                bad,Bad,XX,other,,,
                ca-assoc,Association,CA,association,partner search;juggling,,
                """);
        CommandRun r = run("import", "intermediaries", "--file", csv.toString());
        assertThat(r.exit()).isZero();
        JsonNode json = r.json();
        assertThat(json.propertyNames()).containsExactly("intermediaries", "rejected", "stats");
        assertThat(json.path("intermediaries")).hasSize(2);
        assertThat(r.out()).doesNotContain("Li Wei");
        assertThat(json.path("rejected").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(json.path("rejected").get(0).path("field").asString()).isEqualTo("country");
        assertThat(json.path("rejected").get(1).path("reason").asString())
                .startsWith("'juggling' is not a service");
        assertThat(json.path("stats").path("records").asInt()).isEqualTo(3);
        assertThat(run("import", "intermediaries", "--file", csv.toString(), "--keep-personal-data").out())
                .contains("Li Wei");
        Path noCountry = Files.writeString(dir.resolve("bad.csv"), "id,name,kind\nx,X,other\n");
        CommandRun bad = run("import", "intermediaries", "--file", noCountry.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("adpack: intermediaries: bad.csv: line 1: the header lacks the"
                + " required column country (expected at least id, name, country, kind; found: id, name, kind)");
        CommandRun missing = run("import", "intermediaries", "--file", dir.resolve("none.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().lines()).hasSize(1);
    }
}
