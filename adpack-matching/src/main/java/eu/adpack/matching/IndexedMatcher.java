package eu.adpack.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;

/**
 * The {@link Matcher} over AdPack's inverted index (or, for comparison, over a scan of every pair): the
 * implementation behind {@link Matchers}.
 *
 * <p>Thread-safe: queries share a read lock and run in parallel, each on its own search state; changes take the
 * write lock.
 */
final class IndexedMatcher implements Matcher {
    private static final int CHUNK = 64;

    private final Engine engine;
    private final Explainer explainer;
    private final boolean bruteForce;
    private final ReentrantReadWriteLock lock;
    private final ConcurrentLinkedQueue<Search> searches;

    private IndexedMatcher(MatchPolicy policy, TermResolver resolver, LocalDate today, boolean bruteForce) {
        this.engine = new Engine(policy, resolver, today);
        this.explainer = new Explainer(engine);
        this.bruteForce = bruteForce;
        this.lock = new ReentrantReadWriteLock();
        this.searches = new ConcurrentLinkedQueue<>();
    }

    private IndexedMatcher(IndexedMatcher shared, boolean bruteForce) {
        this.engine = shared.engine;
        this.explainer = shared.explainer;
        this.bruteForce = bruteForce;
        this.lock = shared.lock;
        this.searches = shared.searches;
    }

    /** A view of the same population, under the same lock, that scores every pair instead of searching. */
    IndexedMatcher scanning() {
        return new IndexedMatcher(this, true);
    }

    /**
     * Creates an empty matcher.
     *
     * @param policy the policy
     * @param resolver the taxonomies' hierarchy, mappings and labels
     * @param today the date deadlines and freshness are judged against when the policy names none
     * @param bruteForce whether to score every pair instead of searching the index (same results, slower)
     * @return the matcher
     */
    static IndexedMatcher create(MatchPolicy policy, TermResolver resolver, LocalDate today,
            boolean bruteForce) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(today, "today");
        return new IndexedMatcher(policy, resolver, today, bruteForce);
    }

    /** The engine, for tests in this package. */
    Engine engine() {
        return engine;
    }

    @Override
    public void add(MatchSubject subject) {
        Objects.requireNonNull(subject, "subject");
        lock.writeLock().lock();
        try {
            engine.index.add(engine.compiler.compile(subject), true);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void addAll(Collection<MatchSubject> subjects) {
        lock.writeLock().lock();
        try {
            for (MatchSubject s : subjects) {
                engine.index.add(engine.compiler.compile(Objects.requireNonNull(s, "subject")), false);
            }
            engine.index.finishBulk();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            return engine.index.remove(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return engine.index.live;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Match> query(String id, int k) {
        checkK(k);
        lock.readLock().lock();
        try {
            return run(held(id), k);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Match> query(MatchSubject subject, int k) {
        checkK(k);
        Doc d;
        lock.writeLock().lock();
        try {
            d = engine.compiler.compile(subject);
            engine.index.prepareOutsider(d);
            lock.readLock().lock();
        } finally {
            lock.writeLock().unlock();
        }
        try {
            return run(d, k);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<String> rank(String id, int k) {
        return rank(id, k, bruteForce);
    }

    /**
     * Returns the ids of the best partners of a held subject, best first, searching the index or scanning every
     * subject as asked: both give the same list, which is what benchmarks check.
     *
     * @param id the subject's id
     * @param k how many partners at most
     * @param scan whether to score every subject instead of searching the index
     * @return the partners' ids, best first
     * @throws UnknownSubjectException if there is no subject with that id
     */
    List<String> rank(String id, int k, boolean scan) {
        checkK(k);
        lock.readLock().lock();
        try {
            Search s = borrow();
            try {
                TopK t = scan ? s.bruteForce(held(id), k) : s.search(held(id), k);
                List<String> out = new ArrayList<>(t.size);
                for (int i = 0; i < t.size; i++) {
                    out.add(t.docs[i].id);
                }
                return out;
            } finally {
                searches.add(s);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<String, List<String>> rankAll(int k, Executor executor) {
        return batch(k, executor, (d, t) -> {
            List<String> ids = new ArrayList<>(t.size);
            for (int i = 0; i < t.size; i++) {
                ids.add(t.docs[i].id);
            }
            return ids;
        });
    }

    @Override
    public Map<String, List<Match>> queryAll(int k, Executor executor) {
        return batch(k, executor, this::toMatches);
    }

    private <T> Map<String, List<T>> batch(int k, Executor executor, BiFunction<Doc, TopK, List<T>> result) {
        checkK(k);
        Objects.requireNonNull(executor, "executor");
        lock.readLock().lock();
        int slots;
        Doc[] docs;
        try {
            slots = engine.index.slots;
            docs = engine.index.docs.clone();
        } finally {
            lock.readLock().unlock();
        }
        AtomicReferenceArray<List<T>> results = new AtomicReferenceArray<>(slots);
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int from = 0; from < slots; from += CHUNK) {
            int start = from;
            int end = Math.min(slots, from + CHUNK);
            futures.add(CompletableFuture.runAsync(() -> {
                lock.readLock().lock();
                Search s = borrow();
                try {
                    for (int i = start; i < end; i++) {
                        Doc d = docs[i];
                        if (d != null && engine.index.docs[i] == d) {
                            TopK t = bruteForce ? s.bruteForce(d, k) : s.search(d, k);
                            results.set(i, result.apply(d, t));
                        }
                    }
                } finally {
                    searches.add(s);
                    lock.readLock().unlock();
                }
            }, executor));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
        Map<String, List<T>> out = new TreeMap<>();
        for (int i = 0; i < slots; i++) {
            if (results.get(i) != null) {
                out.put(docs[i].id, results.get(i));
            }
        }
        return out;
    }

    @Override
    public Match explain(String id, String partnerId) {
        lock.readLock().lock();
        try {
            return explainer.explain(held(id), held(partnerId));
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Match> run(Doc d, int k) {
        Search s = borrow();
        try {
            return toMatches(d, bruteForce ? s.bruteForce(d, k) : s.search(d, k));
        } finally {
            searches.add(s);
        }
    }

    private List<Match> toMatches(Doc a, TopK t) {
        List<Match> out = new ArrayList<>(t.size);
        for (int i = 0; i < t.size; i++) {
            out.add(explainer.explain(a, t.docs[i]));
        }
        return List.copyOf(out);
    }

    private Search borrow() {
        Search s = searches.poll();
        return s != null ? s : new Search(engine);
    }

    private Doc held(String id) {
        Integer slot = engine.index.slotOf.get(id);
        if (slot == null) {
            throw new UnknownSubjectException(id);
        }
        return engine.index.docs[slot];
    }

    private static void checkK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k: " + k + " is not valid: expected a number of matches >= 0");
        }
    }
}
