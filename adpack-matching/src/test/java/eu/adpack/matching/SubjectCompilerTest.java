package eu.adpack.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SubjectCompiler}: sides, stems with frequencies, keyword depths, and the context bits of a document. */
class SubjectCompilerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Terms terms = new Terms();
    private final SectorTable sectors = new SectorTable();
    private final SubjectCompiler compiler = new SubjectCompiler(
            MatchPolicy.builder().freshnessHalfLifeDays(100).build(), RandomPopulation.RESOLVER, terms, sectors,
            TODAY.toEpochDay());

    private static TermId een(String code) {
        return TermId.of(TaxonomyId.EEN_TECHNOLOGY, code);
    }

    private static int codeOf(Doc d, int side, int term) {
        for (int i = 0; i < d.terms[side].length; i++) {
            if (d.terms[side][i] == term) {
                return d.codes[side][i];
            }
        }
        return -1;
    }

    @Test
    void anOfferHoldsItsContentOnTheSupplySideWithStemFrequenciesAndKeywordDepths() {
        Doc d = compiler.compile(MatchSubject.builder("BO-1", SubjectKind.BO, "DE")
                .title("Barrier films").description("a film for the barrier of trays").keywords(List.of(een("1.2.3")))
                .build());

        int film = terms.stem("film", "film");
        int barrier = terms.stem("barrier", "barrier");
        int tray = terms.stem("trai", "trays");
        assertThat(codeOf(d, Doc.SUPPLY, film)).isEqualTo(2);
        assertThat(codeOf(d, Doc.SUPPLY, barrier)).isEqualTo(2);
        assertThat(codeOf(d, Doc.SUPPLY, tray)).isEqualTo(1);
        assertThat(d.textLength[Doc.SUPPLY]).isEqualTo(5);
        assertThat(codeOf(d, Doc.SUPPLY, terms.keyword(een("1.2.3")))).isZero();
        assertThat(codeOf(d, Doc.SUPPLY, terms.keyword(een("1.2")))).isEqualTo(1);
        assertThat(codeOf(d, Doc.SUPPLY, terms.keyword(een("1")))).isEqualTo(2);
        assertThat(d.terms[Doc.DEMAND]).isEmpty();
        assertThat(d.terms[Doc.SUPPLY]).isSorted();
    }

    @Test
    void requestsSeekWithTheirContentResearchBothOffersAndSeeksAndSmesSeekWhatTheyName() {
        Doc br = compiler.compile(MatchSubject.builder("BR-1", SubjectKind.BR, "DE").description("sensor").build());
        assertThat(br.terms[Doc.SUPPLY]).isEmpty();
        assertThat(br.terms[Doc.DEMAND]).hasSize(1);

        Doc rdr = compiler.compile(MatchSubject.builder("RDR-1", SubjectKind.RDR, "DE").description("sensor").build());
        assertThat(rdr.terms[Doc.SUPPLY]).isSameAs(rdr.terms[Doc.DEMAND]);

        Doc sme = compiler.compile(MatchSubject.builder("sme", SubjectKind.SME, "CZ").description("coating")
                .soughtText("printed sensors").soughtKeywords(List.of(een("2.1"))).build());
        assertThat(sme.terms[Doc.SUPPLY]).containsExactly(terms.stem("coat", "coating"));
        assertThat(sme.terms[Doc.DEMAND]).contains(terms.stem("sensor", "sensors"), terms.keyword(een("2.1")),
                terms.keyword(een("2")));
    }

    @Test
    void contextBecomesBitsFreshnessHalvesPerHalfLifeAndAPastDeadlineCloses() {
        Doc d = compiler.compile(MatchSubject.builder("TO-1", SubjectKind.TO, "DE").description("plasma")
                .targetCountries(List.of("FR")).partnershipTypes(List.of("licence agreement"))
                .sectors(List.of(Sector.PACKAGING)).cluster("c1").updated(TODAY.minusDays(100))
                .deadline(TODAY.minusDays(1)).build());
        assertThat(d.targets(Doc.countryNumber("FR"))).isTrue();
        assertThat(d.targets(Doc.countryNumber("DE"))).isFalse();
        assertThat(compiler.partnershipTypeNames[Integer.numberOfTrailingZeros(d.partnershipTypes)])
                .isEqualTo("licence agreement");
        assertThat(d.sectors).isEqualTo(sectors.bit(Sector.PACKAGING.code()));
        assertThat(d.cluster).isZero();
        assertThat(d.freshness).isEqualTo(0.5);
        assertThat(d.closed).isTrue();
        Doc open = compiler.compile(MatchSubject.builder("TO-2", SubjectKind.TO, "DE").description("plasma")
                .deadline(TODAY).build());
        assertThat(open.closed).isFalse();
        assertThat(open.freshness).isZero();
    }
}
