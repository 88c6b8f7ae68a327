package eu.adpack.matching.corpus;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.SubjectKind;
import eu.adpack.matching.TermResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A reproducible population of registry profiles and SMEs for tests and benchmarks: keywords drawn from the real EEN
 * technology and market keywords and NACE Rev. 2 (the bundled
 * {@link Taxonomies}) with Zipf-like popularity (and a preference for siblings of a
 * profile's first keyword, as real profiles stay on topic), text built from the keywords' labels and a packaging
 * domain vocabulary, and country, kind and date mixes like those of the EEN database.
 *
 * <p>Subject {@code i} depends only on the seed and {@code i}, so a corpus of a million subjects can be streamed in
 * slices and regenerated on demand. The reference date is fixed (2026-11-25), so that expiry and freshness are
 * reproducible too. Immutable and thread-safe.
 */
public final class SyntheticCorpus {
    /** The date the corpus is generated against: deadlines and updates are placed around it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 25);

    private static final Taxonomies TAXONOMIES = Taxonomies.bundled();
    private static final TermResolver RESOLVER = TermResolver.of(TAXONOMIES);
    private static final SubjectKind[] KINDS = {SubjectKind.BO, SubjectKind.BR, SubjectKind.TO, SubjectKind.TR,
        SubjectKind.RDR, SubjectKind.SME};
    private static final double[] KIND_SHARES = {0.33, 0.12, 0.25, 0.10, 0.08, 0.12};
    private static final String[] COUNTRIES = {"DE", "IT", "ES", "FR", "PL", "CZ", "NL", "BE", "AT", "PT", "GR",
        "SE", "FI", "DK", "IE", "HU", "RO", "SK", "SI", "BG", "HR", "LT", "GB", "TR", "CH", "NO", "IL", "UA", "CN",
        "CA", "US", "KR", "JP", "IN", "BR"};
    private static final double[] COUNTRY_SHARES = {12, 10, 9, 8, 6, 5, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1,
        1, 1, 4, 3, 2, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1};
    private static final String[] TARGET_MARKETS = {"CA", "CN", "US"};
    private static final String[] PARTNERSHIP_TYPES = {"commercial agreement",
        "commercial agreement with technical assistance", "licence agreement", "joint venture agreement",
        "research cooperation agreement", "manufacturing agreement", "services agreement"};
    private static final String[] VOCABULARY = ("packaging food shelf life freshness indicator sensor film barrier "
            + "coating oxygen scavenger moisture absorber antimicrobial active intelligent smart label tag rfid nfc "
            + "printed electronics ink substrate polymer biopolymer compostable biodegradable recyclable recycling "
            + "circular plastic paper board laminate multilayer extrusion injection moulding thermoforming printing "
            + "flexographic digital converting machinery filling sealing tray bottle pouch container closure "
            + "traceability software cloud platform data analytics iot connectivity wireless telecom network "
            + "plasma surface treatment adhesion nanomaterial nanoparticle coating deposition vacuum temperature "
            + "time cold chain logistics retail consumer safety quality contamination spoilage meat dairy fruit "
            + "vegetable beverage bakery prototype pilot production scale industrial market customer distributor "
            + "supplier manufacturer partner cooperation development research innovation testing certification "
            + "regulation standard sustainable lightweight cost efficient automation robotics vision inspection "
            + "design engineering process material component system solution product service technology").split(" ");
    private static final String[] FILLER = ("The company has long experience and a strong team. It works with "
            + "customers across Europe and looks for reliable partners. The solution is ready for the market and "
            + "has been tested in real conditions.").split(" ");

    private final int size;
    private final long seed;
    private final Zipf tech;
    private final Zipf market;
    private final Zipf nace;
    private final Zipf words;
    private final List<Term> techRows;
    private final List<Term> marketRows;
    private final List<Term> naceRows;
    private final Map<TermId, List<Term>> techSiblings = new HashMap<>();

    private SyntheticCorpus(int size, long seed) {
        this.size = size;
        this.seed = seed;
        this.techRows = level(TaxonomyId.EEN_TECHNOLOGY, 3);
        this.marketRows = level(TaxonomyId.EEN_MARKET, 3);
        this.naceRows = level(TaxonomyId.NACE, 4);
        Random r = new Random(seed);
        this.tech = new Zipf(techRows.size(), 1.0, r);
        this.market = new Zipf(marketRows.size(), 1.0, r);
        this.nace = new Zipf(naceRows.size(), 1.1, r);
        this.words = new Zipf(VOCABULARY.length, 0.9, r);
        for (Term row : techRows) {
            techSiblings.computeIfAbsent(row.parent().orElse(row.id()), p -> new ArrayList<>()).add(row);
        }
    }

    private static List<Term> level(TaxonomyId taxonomy, int level) {
        List<Term> out = new ArrayList<>();
        for (Term t : TAXONOMIES.get(taxonomy).terms()) {
            if (t.level() == level && t.selectable()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Returns the corpus of that size and seed.
     *
     * @param size how many subjects, at least 0
     * @param seed the seed; the same seed gives the same corpus
     * @return the corpus
     */
    public static SyntheticCorpus of(int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("corpus size: " + size + " is not valid: expected a count >= 0");
        }
        return new SyntheticCorpus(size, seed);
    }

    /**
     * Returns how many subjects the corpus has.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Returns the resolver of the EEN taxonomies and NACE the corpus draws from: ancestors and labels.
     *
     * @return the resolver
     */
    public static TermResolver resolver() {
        return RESOLVER;
    }

    /**
     * Returns the subjects from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from the first index
     * @param to one past the last index
     * @return the subjects, in index order
     */
    public List<MatchSubject> subjects(int from, int to) {
        List<MatchSubject> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(subject(i));
        }
        return out;
    }

    /**
     * Returns subject number {@code i}, whose id is its kind, country and number, e.g. {@code BO-DE-0000042}.
     *
     * @param i the index, in [0, size)
     * @return the subject
     */
    public MatchSubject subject(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("subject " + i + " of a corpus of " + size);
        }
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
        SubjectKind kind = KINDS[pick(r, KIND_SHARES)];
        String country = COUNTRIES[pick(r, COUNTRY_SHARES)];
        String id = String.format(Locale.ROOT, "%s-%s-%07d", kind, country, i);
        MatchSubject.Builder b = MatchSubject.builder(id, kind, country);
        List<Term> techs = techKeywords(r, 1 + r.nextInt(4));
        List<Term> markets = draw(r, market, marketRows, 1 + r.nextInt(3));
        List<Term> naces = draw(r, nace, naceRows, 1 + r.nextInt(2));
        List<TermId> keywords = new ArrayList<>();
        techs.forEach(t -> keywords.add(t.id()));
        markets.forEach(t -> keywords.add(t.id()));
        naces.forEach(t -> keywords.add(t.id()));
        String main = techs.get(0).label().toLowerCase(Locale.ROOT);
        String app = markets.get(0).label().toLowerCase(Locale.ROOT);
        b.title(title(kind, main, app));
        b.summary(sentence(r, techs, markets, 6 + r.nextInt(6)));
        b.description(sentence(r, techs, markets, 25 + r.nextInt(40)) + " " + filler(r));
        b.keywords(keywords);
        int types = 1 + r.nextInt(2);
        Set<String> pt = new LinkedHashSet<>();
        for (int t = 0; t < types; t++) {
            pt.add(PARTNERSHIP_TYPES[r.nextInt(PARTNERSHIP_TYPES.length)]);
        }
        b.partnershipTypes(pt);
        LocalDate updated = REFERENCE_DATE.minusDays(r.nextInt(1000));
        b.updated(updated);
        if (kind == SubjectKind.SME) {
            List<Term> sought = techKeywords(r, 1 + r.nextInt(3));
            List<TermId> soughtIds = new ArrayList<>();
            sought.forEach(t -> soughtIds.add(t.id()));
            b.soughtKeywords(soughtIds);
            b.soughtText("We look for " + sought.get(0).label().toLowerCase(Locale.ROOT) + " "
                    + sentence(r, sought, List.of(), 8 + r.nextInt(8)));
            b.cluster("cluster-" + r.nextInt(6));
            b.stages(List.of(ValueChainStage.values()[r.nextInt(ValueChainStage.values().length)]));
            b.sectors(List.of(Sector.adpack2().get(r.nextInt(8))));
            if (r.nextInt(10) < 7) {
                Set<String> targets = new LinkedHashSet<>();
                targets.add(TARGET_MARKETS[r.nextInt(3)]);
                if (r.nextBoolean()) {
                    targets.add(TARGET_MARKETS[r.nextInt(3)]);
                }
                b.targetCountries(targets);
            }
        } else {
            if (r.nextInt(4) == 0) {
                Set<String> targets = new LinkedHashSet<>();
                for (int t = 0; t < 1 + r.nextInt(3); t++) {
                    targets.add(COUNTRIES[pick(r, COUNTRY_SHARES)]);
                }
                b.targetCountries(targets);
            }
            if (r.nextInt(10) < 6) {
                b.deadline(updated.plusDays(180 + r.nextInt(540)));
            }
        }
        return b.build();
    }

    private static String title(SubjectKind kind, String main, String app) {
        switch (kind) {
            case BO:
                return "Manufacturer of " + main + " for " + app + " offers commercial partnership";
            case BR:
                return "Company seeks suppliers of " + main + " for " + app;
            case TO:
                return "Technology in " + main + " available for licensing and technical cooperation";
            case TR:
                return "Technology sought: " + main + " for " + app;
            case RDR:
                return "Partners sought for research on " + main + " in " + app;
            case SME:
                return "SME working on " + main + " for " + app;
            default:
                throw new AssertionError(kind);
        }
    }

    private List<Term> techKeywords(Random r, int n) {
        List<Term> out = new ArrayList<>();
        Term first = techRows.get(tech.sample(r));
        out.add(first);
        List<Term> siblings = techSiblings.get(first.parent().orElse(first.id()));
        for (int i = 1; i < n; i++) {
            Term next = r.nextBoolean() && siblings.size() > 1
                    ? siblings.get(r.nextInt(siblings.size())) : techRows.get(tech.sample(r));
            if (!out.contains(next)) {
                out.add(next);
            }
        }
        return out;
    }

    private static List<Term> draw(Random r, Zipf z, List<Term> rows, int n) {
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Term row = rows.get(z.sample(r));
            if (!out.contains(row)) {
                out.add(row);
            }
        }
        return out;
    }

    private String sentence(Random r, List<Term> techs, List<Term> markets, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(10);
            if (c < 2 && !techs.isEmpty()) {
                sb.append(techs.get(r.nextInt(techs.size())).label());
            } else if (c < 3 && !markets.isEmpty()) {
                sb.append(markets.get(r.nextInt(markets.size())).label());
            } else {
                sb.append(VOCABULARY[words.sample(r)]);
            }
            sb.append(i + 1 < n ? ' ' : '.');
        }
        return sb.toString();
    }

    private static String filler(Random r) {
        int from = r.nextInt(FILLER.length / 2);
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < FILLER.length; i++) {
            sb.append(FILLER[i]).append(' ');
        }
        return sb.toString().strip();
    }

    private static int pick(Random r, double[] shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < shares.length; i++) {
            x -= shares[i];
            if (x < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** Zipf-like sampling over a random permutation of n items: rank i is drawn with weight 1 / (i + 1)^s. */
    private static final class Zipf {
        private final double[] cdf;
        private final int[] item;

        Zipf(int n, double s, Random r) {
            cdf = new double[n];
            item = new int[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cdf[i] = sum;
                item[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = item[i];
                item[i] = item[j];
                item[j] = t;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
        }

        int sample(Random r) {
            int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
            if (i < 0) {
                i = -i - 1;
            }
            return item[Math.min(i, item.length - 1)];
        }
    }
}
