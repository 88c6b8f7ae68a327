package eu.adpack.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Members written in the CSV template form, or as JSON, read back equal. */
class MemberListRoundTripTest {
    private static final List<TermId> NACE = terms(TaxonomyId.NACE);
    private static final List<TermId> ADPACK = terms(TaxonomyId.ADPACK);
    private static final List<TermId> EEN = terms(TaxonomyId.EEN_TECHNOLOGY);
    private static final List<String> COUNTRIES = List.of("CZ", "SK", "FR", "IT", "PL", "GB", "CA", "CN", "US", "DE");
    private static final String TEXT_CHARS = "abc XYZ,\"\n\r;'é€ž.-&[]|:";

    private final MemberListReader reader = MemberListReader.withDefaults();

    private static List<TermId> terms(TaxonomyId id) {
        return Taxonomies.bundled().get(id).terms().stream().map(Term::id).toList();
    }

    /** Members from a seed: each part present or not, texts with the characters CSV must quote. */
    private static Member member(long seed) {
        Random r = new Random(seed);
        Organisation.Builder b = Organisation.builder("m-" + Long.toHexString(seed & 0xFFFFFFFFL))
                .legalName(text(r, 1, 40))
                .country(Country.of(pick(r, COUNTRIES)));
        if (r.nextBoolean()) {
            b.nutsRegion(NutsRegion.parse(pick(r, COUNTRIES) + r.nextInt(10) + r.nextInt(10)));
        }
        if (r.nextBoolean()) {
            b.sizeFigures(r.nextInt(400), r.nextInt(80_000_000), r.nextInt(60_000_000));
        } else if (r.nextBoolean()) {
            b.sizeClass(pick(r, List.of(SizeClass.values())));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.naceCode(pick(r, NACE).code());
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            b.competence(pick(r, r.nextBoolean() ? ADPACK : EEN));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.valueChainStage(pick(r, List.of(ValueChainStage.values())));
        }
        List<Sector> sectors = new ArrayList<>(Sector.adpack2());
        Collections.shuffle(sectors, r);
        b.sectors(sectors.subList(0, r.nextInt(4)));
        for (int i = r.nextInt(3); i > 0; i--) {
            b.offer(statement(r));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.seek(statement(r));
        }
        List<String> markets = new ArrayList<>(List.of("CA", "CN", "US", "JP"));
        Collections.shuffle(markets, r);
        for (String m : markets.subList(0, r.nextInt(4))) {
            b.targetMarket(Country.of(m));
            if (r.nextBoolean()) {
                b.readiness(Country.of(m), pick(r, List.of(ReadinessLevel.values())));
            }
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.language(Language.parse(pick(r, List.of("en", "cs", "zh", "fr", "de"))));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.certification(pick(r, List.of("ISO 9001", "ISO 14001", "BRCGS Packaging", "FSC, chain of custody")));
        }
        if (r.nextBoolean()) {
            b.website(URI.create("https://www.example" + r.nextInt(100) + ".cz/members?id=" + r.nextInt(9)));
        }
        if (r.nextBoolean()) {
            b.contact(new ContactPerson(text(r, 1, 20), r.nextBoolean() ? "Export manager" : null,
                    r.nextBoolean() ? "x" + r.nextInt(99) + "@example.cz" : null,
                    r.nextBoolean() ? "+420 555 0" + r.nextInt(99) : null));
        }
        return new Member(b.build(), r.nextBoolean() ? "cluster-" + r.nextInt(6) : null,
                r.nextBoolean() ? text(r, 1, 200) : null);
    }

    private static Statement statement(Random r) {
        List<TermId> keywords = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            keywords.add(pick(r, r.nextBoolean() ? ADPACK : NACE));
        }
        String text = text(r, 1, 60).replace(";", ",").replace("]", ")");
        return Statement.of(text.isBlank() ? "statement" : text, keywords);
    }

    private static String text(Random r, int min, int max) {
        StringBuilder sb = new StringBuilder();
        int n = min + r.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            sb.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? "x" : s;
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static Gen<List<Member>> memberLists() {
        return SourceDSL.lists().of(SourceDSL.longs().all().map(MemberListRoundTripTest::member))
                .ofSizeBetween(0, 8)
                .map(l -> {
                    List<Member> unique = new ArrayList<>();
                    Set<String> ids = new HashSet<>();
                    for (Member m : l) {
                        if (ids.add(m.organisation().id())) {
                            unique.add(m);
                        }
                    }
                    return unique;
                });
    }

    @Test
    void membersWrittenInTheCsvTemplateFormReadBackEqual() {
        qt().withFixedSeed(20171201L).withExamples(200).forAll(memberLists()).checkAssert(members -> {
            String csv = MemberListWriter.toCsv(members);
            MemberImport back = reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    "round-trip.csv");
            assertThat(back.rejections()).isEmpty();
            assertThat(back.members()).isEqualTo(members);
        });
    }

    @Test
    void membersWrittenAsJsonReadBackEqual() {
        qt().withFixedSeed(20191201L).withExamples(100).forAll(memberLists()).checkAssert(members -> {
            String json = MemberListWriter.toJson(members);
            MemberImport back = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "round-trip.json");
            assertThat(back.rejections()).isEmpty();
            assertThat(back.members()).isEqualTo(members);
        });
    }

    @Test
    void theWriterRefusesWhatTheCsvFormCannotHold() {
        Organisation two = Organisation.builder("two").legalName("Two").country(Country.CA)
                .contact(ContactPerson.named("A")).contact(ContactPerson.named("B")).build();
        Organisation semicolon = Organisation.builder("semi").legalName("Semi").country(Country.CA)
                .certification("ISO 9001; ISO 14001").build();

        assertThatThrownBy(() -> MemberListWriter.toCsv(List.of(Member.of(two))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 contact persons");
        assertThatThrownBy(() -> MemberListWriter.toCsv(List.of(Member.of(semicolon))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certifications: 'ISO 9001; ISO 14001'");
    }
}
