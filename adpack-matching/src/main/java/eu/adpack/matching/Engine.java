package eu.adpack.matching;

import java.time.LocalDate;

/**
 * The parts of one matcher's state, wired together: the {@link SubjectCompiler} that turns subjects into
 * documents, the {@link CorpusIndex} of postings and statistics, and the {@link PairScorer}; {@link Search} runs the
 * top-k over them and {@link Explainer} explains a pair. Not thread-safe: {@link IndexedMatcher} guards it with a
 * read-write lock.
 */
final class Engine {
    final MatchPolicy policy;
    final TermResolver resolver;
    final Terms terms = new Terms();
    final SectorTable sectors = new SectorTable();
    final SubjectCompiler compiler;
    final CorpusIndex index;
    final PairScorer scorer;

    Engine(MatchPolicy policy, TermResolver resolver, LocalDate today) {
        this.policy = policy;
        this.resolver = resolver;
        long asOfDay = policy.asOf().orElse(today).toEpochDay();
        this.compiler = new SubjectCompiler(policy, resolver, terms, sectors, asOfDay);
        this.index = new CorpusIndex(policy, terms);
        this.scorer = new PairScorer(policy, terms, index, sectors);
    }
}
