package eu.adpack.examples.cli;

import static eu.adpack.examples.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.Problem;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.geo.Country;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TermId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    /** The bundled sample, relative to the module directory where Maven runs the tests. */
    private static final Path SAMPLE = Path.of("samples", "adpack2-partnership.json");
    private static final Pattern PROBLEM_LINE = Pattern.compile("\\[adpack/[a-z-]+] [^:]+: [^:]+: '.*' .+");

    @TempDir
    Path dir;

    private static Partnership sample() {
        return AdpackJson.standard().read(SAMPLE, Partnership.class);
    }

    @Test
    void theBundledSampleValidatesClean() {
        CommandRun r = run("validate", "--partnership", SAMPLE.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.outLines()).containsExactly("ok: partnership adpack2: 6 clusters, 21 organisations, 4 missions,"
                + " 1 event, 11 agreements, no problems");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theSampleFileAndTheBundledResourceAreTheSame() throws IOException {
        try (InputStream in = ValidateCommand.class.getResourceAsStream("/eu/adpack/examples/samples/adpack2-partnership.json")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(SAMPLE));
        }
    }

    @Test
    void theSampleIsAdPack2() {
        Partnership p = sample();
        assertThat(p.grantAgreement()).isEqualTo("783418");
        assertThat(p.targetCountries()).containsExactly(Country.CA, Country.CN, Country.US);
        assertThat(p.cluster(p.coordinator())).map(Cluster::name).contains("Nanoprogress z.s.");
        assertThat(p.members()).hasSize(18).allSatisfy(o -> assertThat(o.isSme() || o.sizeClass() != null).isTrue());
        assertThat(p.members().stream().flatMap(o -> o.sectors().stream()).distinct()).hasSize(8);
        assertThat(p.activities().missions()).extracting(m -> m.title())
                .contains("Fact-finding mission to Shanghai",
                        "Business mission to Toronto with the EU–Canada matchmaking");
        Indicators i = Indicators.of(p);
        assertThat(i.meetingsHeld()).isEqualTo(7);
        assertThat(i.countriesReached()).containsExactly(Country.CA, Country.CN, Country.US);
        assertThat(i.agreementsByStatus()).containsKeys(AgreementStatus.COMPLETED, AgreementStatus.CANCELLED);
    }

    @Test
    void everyTermOfTheSampleIsInTheBundledTaxonomies() {
        Taxonomies t = Taxonomies.bundled();
        List<TermId> terms = new ArrayList<>();
        for (Organisation o : sample().organisations()) {
            terms.addAll(o.naceCodes());
            terms.addAll(o.competences());
            o.offers().forEach(s -> terms.addAll(s.keywords()));
            o.seeks().forEach(s -> terms.addAll(s.keywords()));
        }
        sample().ambassadors().forEach(a -> terms.addAll(a.expertise()));
        assertThat(terms).hasSizeGreaterThan(100).allSatisfy(id -> assertThat(t.findTerm(id)).as(id.toString())
                .isPresent());
    }

    @Test
    void theSampleRoundTripsAndItsExportWithoutPersonalDataHasNoNames() {
        Partnership p = sample();
        assertThat(AdpackJson.standard().read(AdpackJson.standard().write(p), Partnership.class)).isEqualTo(p);
        String without = AdpackJson.withoutPersonalData().write(p);
        assertThat(without).doesNotContain("Petra Dvořáková").doesNotContain("jpuig@").doesNotContain("Emily Tremblay")
                .contains("Nanoshield Coatings s.r.o.");
        assertThat(AdpackJson.standard().read(without, Partnership.class).validate()).isEmpty();
    }

    @Test
    void aPartnershipWithProblemsPrintsEachOnItsOwnLineAndExitsOne() throws IOException {
        Partnership bad = sample().toBuilder()
                .coordinator("ghost-cluster")
                .cluster(Cluster.builder("plastiwin").name("Second Plastiwin").country(Country.of("BE"))
                        .member("be-nowhere").build())
                .build();
        Path file = dir.resolve("bad.json");
        AdpackJson.standard().write(file, bad);
        CommandRun r = run("validate", "--partnership", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<Problem> expected = bad.validate();
        assertThat(r.outLines()).hasSize(expected.size()).allSatisfy(l -> assertThat(l).matches(PROBLEM_LINE))
                .contains("[adpack/coordinator-not-member] partnership adpack2: coordinator: 'ghost-cluster' is not"
                        + " one of the partnership's clusters",
                        "[adpack/dangling-reference] cluster plastiwin: members: 'be-nowhere' names no organisation of"
                                + " the partnership")
                .anySatisfy(l -> assertThat(l).startsWith("[adpack/duplicate-id] cluster plastiwin: id: 'plastiwin'"));
        assertThat(r.err()).isEqualTo("partnership adpack2: " + expected.size() + " problems" + System.lineSeparator());
    }

    @Test
    void unreadableJsonExitsOneWithAOneLineReason() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"id\": \"adpack2\", \"name\": ");
        CommandRun r = run("validate", "--partnership", broken.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("adpack: validate: " + broken + ": line 1").endsWith(System.lineSeparator());
        assertThat(r.err().strip()).doesNotContain("\n");

        Path badCountry = dir.resolve("bad-country.json");
        Files.writeString(badCountry, Files.readString(SAMPLE).replace("\"country\": \"CZ\"", "\"country\": \"ZZ\""));
        CommandRun c = run("validate", "--partnership", badCountry.toString());
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.outLines()).allSatisfy(l -> assertThat(l).matches(PROBLEM_LINE)).contains(
                "[adpack/invalid-record] clusters[0] (nanoprogress): country: 'ZZ' is not valid (expected an ISO"
                        + " 3166-1 alpha-2 code such as CZ or CA)",
                "[adpack/invalid-record] organisations[2] (cz-printsense): country: 'ZZ' is not valid (expected an"
                        + " ISO 3166-1 alpha-2 code such as CZ or CA)",
                "[adpack/coordinator-not-member] partnership adpack2: coordinator: 'nanoprogress' is not one of the"
                        + " partnership's clusters");

        Path topLevel = dir.resolve("no-name.json");
        Files.writeString(topLevel, "{\"id\": \"x\", \"start\": \"2018-01-01\", \"end\": \"2019-01-01\","
                + " \"coordinator\": \"c\"}");
        CommandRun t = run("validate", "--partnership", topLevel.toString());
        assertThat(t.exit()).isEqualTo(1);
        assertThat(t.out()).isEmpty();
        assertThat(t.err().strip()).contains("partnership x: name: 'null' is missing").doesNotContain("\n");

        Path nothing = dir.resolve("null.json");
        Files.writeString(nothing, "null");
        CommandRun n = run("validate", "--partnership", nothing.toString());
        assertThat(n.exit()).isEqualTo(1);
        assertThat(n.err().strip()).endsWith("the document is JSON null (expected Partnership)");

        CommandRun missing = run("validate", "--partnership", dir.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).endsWith("none.json: no such file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").exit()).isEqualTo(2);
        assertThat(run("validate", "--partnership").exit()).isEqualTo(2);
        assertThat(run("validate", "--partnership", SAMPLE.toString(), "--frobnicate").exit()).isEqualTo(2);
        assertThat(run("validate", "--help").exit()).isEqualTo(0);
    }
}
