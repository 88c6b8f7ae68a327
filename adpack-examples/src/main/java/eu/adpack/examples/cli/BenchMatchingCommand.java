package eu.adpack.examples.cli;

import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.SubjectKind;
import eu.adpack.matching.TermResolver;
import eu.adpack.matching.corpus.SyntheticCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code adpack bench matching}: builds a synthetic corpus and runs the same top-10 queries, in one JVM after a
 * warm-up, on AdPack's index through the public {@link Matcher} API ({@code query} with explanations, what a user
 * gets, and {@code rank} without them), on the brute force over every pair ({@link Matchers#scanning}) and on Lucene 9
 * (BM25, MoreLikeThis-style queries over the same text and keyword fields, minimum term and document frequency 1),
 * then the top-10 of every subject in parallel ({@code rankAll}, then {@code queryAll} with explanations). The last
 * line is the summary: {@code adpack_qps}, {@code p50_ms}, {@code ratio} and {@code selfjoin_s} are with
 * explanations, {@code rank_qps}, {@code rank_p50_ms} and {@code selfjoin_rank_s} without. Instances hold the
 * parsed options of one run; not thread-safe.
 */
@Command(name = "matching", mixinStandardHelpOptions = true,
        description = "Benchmark matching: AdPack's index vs brute force vs Lucene 9 on a synthetic corpus.")
public final class BenchMatchingCommand implements Callable<Integer> {
    private static final int K = 10;

    @Option(names = "--profiles", required = true, description = "Corpus size N (profiles and SMEs).")
    int profiles;

    @Option(names = "--queries", defaultValue = "500", description = "Number of timed queries Q (default 500).")
    int queries;

    @Option(names = "--threads", defaultValue = "2", description = "Threads of the self-join (default 2).")
    int threads;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default 42).")
    long seed;

    @Option(names = "--skip-selfjoin", description = "Do not run the self-join; selfjoin_s is then reported as NaN.")
    boolean skipSelfJoin;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        if (profiles < 2 || queries < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--profiles must be at least 2 and --queries at least 1");
        }
        out = spec.commandLine().getOut();
        SyntheticCorpus corpus = SyntheticCorpus.of(profiles, seed);
        TermResolver resolver = SyntheticCorpus.resolver();
        MatchPolicy policy = MatchPolicy.builder().asOf(SyntheticCorpus.REFERENCE_DATE).build();
        out.printf(Locale.ROOT, "corpus: n=%d seed=%d, %d queries, top-%d, %d cores (shared machine: figures are"
                + " pessimistic)%n", profiles, seed, queries, K, Runtime.getRuntime().availableProcessors());

        // (a) AdPack's index
        Matcher matcher = Matchers.indexed(policy, resolver);
        Matcher scan = Matchers.scanning(matcher);
        long buildNanos = 0;
        int slice = 20_000;
        for (int from = 0; from < profiles; from += slice) {
            List<MatchSubject> batch = corpus.subjects(from, Math.min(profiles, from + slice));
            long t0 = System.nanoTime();
            matcher.addAll(batch);
            buildNanos += System.nanoTime() - t0;
        }
        long heap = usedHeap();
        out.printf(Locale.ROOT, "adpack: index build %.2f s, heap after build %d MB%n", buildNanos / 1e9,
                heap >> 20);

        Random r = new Random(seed + 1);
        int[] queryIndex = new int[queries];
        List<String> queryIds = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            queryIndex[i] = r.nextInt(profiles);
            queryIds.add(corpus.subject(queryIndex[i]).id());
        }
        int warm = 500;
        Timing adpack = time("adpack query (explained)", warm, queryIds, id -> matcher.query(id, K));
        Timing ranked = time("adpack rank (ids only)", warm, queryIds, id -> matcher.rank(id, K));
        Map<String, List<String>> adpackResults = new HashMap<>();
        for (String id : queryIds) {
            adpackResults.put(id, matcher.rank(id, K));
        }

        // (b) brute force on the same engine
        int bruteQueries = Math.min(queries, profiles >= 500_000 ? 50 : 200);
        List<String> bruteIds = queryIds.subList(0, bruteQueries);
        Timing brute = time("brute force rank", Math.min(bruteQueries, 20), bruteIds, id -> scan.rank(id, K));
        boolean exact = true;
        int agree = 0;
        for (String id : bruteIds) {
            List<String> explained = matcher.query(id, K).stream().map(Match::id).toList();
            if (scan.rank(id, K).equals(adpackResults.get(id)) && explained.equals(adpackResults.get(id))) {
                agree++;
            } else {
                exact = false;
            }
        }
        out.printf(Locale.ROOT, "agreement: AdPack top-%d equals brute force on %d of %d queries%n", K, agree,
                bruteQueries);

        // (c) Lucene 9
        Path dir = Files.createTempDirectory("adpack-bench-lucene");
        Timing lucene;
        try {
            lucene = lucene(corpus, resolver, dir, queryIndex, warm);
        } finally {
            deleteTree(dir);
        }

        // self-join: top-10 of every subject, in parallel
        double selfJoin = Double.NaN;
        double selfJoinRank = Double.NaN;
        if (!skipSelfJoin) {
            selfJoinRank = selfJoin("rankAll (ids only)", pool -> matcher.rankAll(K, pool).size());
            selfJoin = selfJoin("queryAll (explained)", pool -> matcher.queryAll(K, pool).size());
        }
        double ratio = adpack.qps / lucene.qps;
        out.printf(Locale.ROOT, "matching: n=%d adpack_qps=%.1f lucene_qps=%.1f ratio=%.2f exact=%b p50_ms=%.3f"
                + " selfjoin_s=%.2f rank_qps=%.1f rank_p50_ms=%.3f selfjoin_rank_s=%.2f%n", profiles, adpack.qps,
                lucene.qps, ratio, exact, adpack.p50, selfJoin, ranked.qps, ranked.p50, selfJoinRank);
        out.flush();
        return 0;
    }

    /** Runs one self-join on a fresh pool of {@code threads} and reports its wall and CPU time. */
    private double selfJoin(String name, java.util.function.ToIntFunction<ExecutorService> join) {
        double selfJoin;
        {
            List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread th = new Thread(task, "selfjoin-" + workers.size());
                th.setDaemon(true);
                workers.add(th);
                return th;
            });
            try {
                long t0 = System.nanoTime();
                int subjects = join.applyAsInt(pool);
                selfJoin = (System.nanoTime() - t0) / 1e9;
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                long cpu = 0;
                for (Thread th : workers) {
                    cpu += Math.max(0, mx.getThreadCpuTime(th.getId()));
                }
                out.printf(Locale.ROOT, "selfjoin %s: top-%d for all %d subjects on %d threads in %.2f s wall,"
                        + " %.2f s CPU (the wall time on %d idle cores would be about CPU / %d)%n", name, K, subjects,
                        threads, selfJoin, cpu / 1e9, threads, threads);
            } finally {
                pool.shutdown();
            }
        }
        return selfJoin;
    }

    /** Query throughput and latency of one engine, single-threaded, after a warm-up. */
    private record Timing(double qps, double p50, double p99) {
    }

    private Timing time(String name, int warm, List<String> ids, Function<String, ? extends List<?>> query) {
        for (int i = 0; i < warm; i++) {
            query.apply(ids.get(i % ids.size()));
        }
        long[] lat = new long[ids.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            long s = System.nanoTime();
            query.apply(ids.get(i));
            lat[i] = System.nanoTime() - s;
        }
        double total = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(lat);
        Timing t = new Timing(ids.size() / total, lat[lat.length / 2] / 1e6,
                lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.99) - 1)] / 1e6);
        out.printf(Locale.ROOT, "%s: %.1f qps, p50 %.3f ms, p99 %.3f ms over %d queries (one thread)%n", name, t.qps,
                t.p50, t.p99, ids.size());
        return t;
    }

    private Timing lucene(SyntheticCorpus corpus, TermResolver resolver, Path dir, int[] queryIndex, int warm)
            throws IOException {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put("kw", new WhitespaceAnalyzer());
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), fields);
        long t0 = System.nanoTime();
        try (FSDirectory fs = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < corpus.size(); i++) {
                MatchSubject s = corpus.subject(i);
                Document d = new Document();
                d.add(new StringField("id", s.id(), Field.Store.YES));
                d.add(new StringField("kind", s.kind().name(), Field.Store.NO));
                d.add(new TextField("text", text(s), Field.Store.NO));
                d.add(new TextField("kw", keywords(s, resolver), Field.Store.NO));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        out.printf(Locale.ROOT, "lucene: index build %.2f s (corpus generation included), on disk%n",
                (System.nanoTime() - t0) / 1e9);
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setFieldNames(new String[] {"text", "kw"});
            mlt.setAnalyzer(analyzer);
            List<Query> qs = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i : queryIndex) {
                MatchSubject s = corpus.subject(i);
                Map<String, Collection<Object>> like = new HashMap<>();
                like.put("text", List.of(text(s)));
                like.put("kw", List.of(keywords(s, resolver)));
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(mlt.like(like), BooleanClause.Occur.MUST);
                List<BytesRef> kinds = new ArrayList<>();
                for (SubjectKind k : partners(s.kind())) {
                    kinds.add(new BytesRef(k.name()));
                }
                b.add(new TermInSetQuery("kind", kinds), BooleanClause.Occur.FILTER);
                b.add(new TermQuery(new Term("id", s.id())), BooleanClause.Occur.MUST_NOT);
                qs.add(b.build());
                labels.add(s.id());
            }
            Map<String, Query> byId = new HashMap<>();
            for (int i = 0; i < qs.size(); i++) {
                byId.put(labels.get(i), qs.get(i));
            }
            return time("lucene", warm, labels, id -> {
                try {
                    TopDocs top = searcher.search(byId.get(id), K);
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc sd : top.scoreDocs) {
                        ids.add(searcher.storedFields().document(sd.doc).get("id"));
                    }
                    return ids;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static List<SubjectKind> partners(SubjectKind kind) {
        switch (kind) {
            case BO:
                return List.of(SubjectKind.BR, SubjectKind.SME);
            case BR:
                return List.of(SubjectKind.BO, SubjectKind.SME);
            case TO:
                return List.of(SubjectKind.TR, SubjectKind.SME);
            case TR:
                return List.of(SubjectKind.TO, SubjectKind.SME);
            case RDR:
                return List.of(SubjectKind.RDR, SubjectKind.SME);
            default:
                return List.of(SubjectKind.values());
        }
    }

    private static String text(MatchSubject s) {
        return s.text() + "\n" + s.soughtText();
    }

    private static String keywords(MatchSubject s, TermResolver resolver) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<TermId> set : List.of(s.keywords(), s.soughtKeywords())) {
            for (TermId t : set) {
                out.add(t.toString());
                for (TermId a : resolver.ancestors(t)) {
                    out.add(a.toString());
                }
            }
        }
        return String.join(" ", out);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
