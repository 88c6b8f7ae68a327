package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random populations over a deliberately tiny vocabulary, so that overlaps and exact ties are frequent. */
final class RandomPopulation {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String[] WORDS = {"film", "films", "sensor", "sensing", "barrier", "coating", "coated",
        "oxygen", "scavenger", "printed", "electronics", "freshness", "indicator", "indicators", "polymer", "food",
        "packaging", "recycling", "plasma", "treatment"};
    private static final String[] COUNTRIES = {"DE", "FR", "CZ", "CA", "CN", "US", "IT"};

    /** Codes like 1.2.3 whose ancestors are their prefixes; NACE-like codes in a second taxonomy. */
    static final TermResolver RESOLVER = term -> {
        List<TermId> out = new ArrayList<>();
        String code = term.code();
        int dot = code.lastIndexOf('.');
        while (dot > 0) {
            code = code.substring(0, dot);
            out.add(TermId.of(term.taxonomy(), code));
            dot = code.lastIndexOf('.');
        }
        return out;
    };

    private RandomPopulation() {
    }

    static List<MatchSubject> generate(long seed, int n) {
        Random rnd = new Random(seed);
        List<MatchSubject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(subject(rnd, "S" + (rnd.nextInt(3 * n) + 1000)));
        }
        return out;
    }

    static MatchSubject subject(Random rnd, String id) {
        SubjectKind kind = SubjectKind.values()[rnd.nextInt(SubjectKind.values().length)];
        MatchSubject.Builder b = MatchSubject.builder(id, kind, COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
        b.keywords(terms(rnd, rnd.nextInt(4)));
        b.description(text(rnd, rnd.nextInt(8)));
        if (rnd.nextBoolean()) {
            b.title(text(rnd, 2));
        }
        if (kind == SubjectKind.SME) {
            b.soughtKeywords(terms(rnd, rnd.nextInt(3)));
            b.soughtText(text(rnd, rnd.nextInt(5)));
            b.cluster("cluster-" + rnd.nextInt(3));
        }
        if (rnd.nextInt(3) == 0) {
            b.targetCountries(List.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]));
        }
        if (rnd.nextBoolean()) {
            b.partnershipTypes(List.of(rnd.nextBoolean() ? "commercial agreement" : "licence agreement"));
        }
        if (rnd.nextBoolean()) {
            b.stages(List.of(ValueChainStage.values()[rnd.nextInt(ValueChainStage.values().length)]));
        }
        if (rnd.nextBoolean()) {
            b.sectors(List.of(Sector.adpack2().get(rnd.nextInt(8))));
        }
        if (rnd.nextBoolean()) {
            b.updated(TODAY.minusDays(rnd.nextInt(3) * 200L));
        }
        if (rnd.nextInt(5) == 0) {
            b.deadline(TODAY.plusDays(rnd.nextInt(3) - 1L));
        }
        return b.build();
    }

    private static List<TermId> terms(Random rnd, int n) {
        List<TermId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = rnd.nextBoolean()
                    ? (1 + rnd.nextInt(2)) + "." + (1 + rnd.nextInt(2)) + "." + (1 + rnd.nextInt(3))
                    : (1 + rnd.nextInt(3)) + "." + (1 + rnd.nextInt(5)) + "." + (1 + rnd.nextInt(9));
            out.add(TermId.of(rnd.nextInt(4) == 0 ? TaxonomyId.NACE : TaxonomyId.EEN_TECHNOLOGY, code));
        }
        return out;
    }

    private static String text(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(3) == 0) {
                int w = rnd.nextInt(80);
                sb.append("zq").append((char) ('a' + w % 26)).append((char) ('a' + w / 26)).append(' ');
            } else {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
            }
        }
        return sb.toString();
    }
}
