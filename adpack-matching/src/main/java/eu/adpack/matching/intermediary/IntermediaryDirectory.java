package eu.adpack.matching.intermediary;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.readiness.Questionnaire;
import eu.adpack.core.readiness.ReadinessDimension;
import eu.adpack.core.readiness.ReadinessGap;
import eu.adpack.core.readiness.ReadinessReports;
import eu.adpack.core.readiness.ReadinessResult;
import eu.adpack.matching.Combination;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.SubjectKind;
import eu.adpack.matching.TermResolver;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A searchable directory of intermediaries (chambers of commerce, trade associations, research bodies,
 * accelerators, EEN contact points) in the partnership's target countries.
 *
 * <p>The search is AdPack's matcher, one-sided: each intermediary is a supplier (an offer) in its country whose
 * text is its name, kind and the descriptions of its services ({@link IntermediaryService#needs()}), with its
 * sectors; the SME is a seeker whose sought text describes the services it needs and whose sectors are its own. The
 * score is the forward score s(SME → intermediary) ({@link Combination#FORWARD}) with the default feature weights:
 * the BM25 text part rewards the needed services an intermediary offers, rare ones more, and the value-chain part
 * its sectors; only intermediaries in the country asked for are proposed. Each proposal carries the matcher's
 * {@link eu.adpack.matching.Explanation}, and lists the needed services it offers and the languages it shares with
 * the SME (shown, not scored). Results are exact top-k, ties by id.
 *
 * <p>Immutable once built and thread-safe: searches may run in parallel.
 */
public final class IntermediaryDirectory {
    private final Map<String, Intermediary> byId;
    private final Map<String, AgreementStatus> cooperation;
    private final Matcher matcher;

    private IntermediaryDirectory(Map<String, Intermediary> byId, Map<String, AgreementStatus> cooperation,
            Matcher matcher) {
        this.byId = byId;
        this.cooperation = cooperation;
        this.matcher = matcher;
    }

    /**
     * Builds a directory.
     *
     * @param intermediaries the intermediaries; of two with the same id the first is kept
     * @return the directory
     */
    public static IntermediaryDirectory of(Collection<Intermediary> intermediaries) {
        return of(intermediaries, List.of());
    }

    /**
     * Builds a directory whose proposals say where the cooperation agreement with each intermediary stands.
     *
     * @param intermediaries the intermediaries; of two with the same id the first is kept
     * @param agreements agreements; those of type {@code INTERMEDIARY_COOPERATION} are read, the one with the
     *     latest status change counting for each intermediary it names
     * @return the directory
     */
    public static IntermediaryDirectory of(Collection<Intermediary> intermediaries,
            Collection<Agreement> agreements) {
        Map<String, AgreementStatus> cooperation = new HashMap<>();
        Map<String, LocalDate> since = new HashMap<>();
        for (Agreement a : agreements) {
            if (a.type() != AgreementType.INTERMEDIARY_COOPERATION) {
                continue;
            }
            LocalDate last = a.history().get(a.history().size() - 1).date();
            for (String party : a.parties()) {
                LocalDate known = since.get(party);
                if (known == null || !last.isBefore(known)) {
                    since.put(party, last);
                    cooperation.put(party, a.status());
                }
            }
        }
        Map<String, Intermediary> byId = new LinkedHashMap<>();
        intermediaries.forEach(i -> byId.putIfAbsent(i.id(), i));
        MatchPolicy policy = MatchPolicy.DEFAULT.toBuilder().combination(Combination.FORWARD)
                .includeExpired(true).build();
        Matcher matcher = Matchers.indexed(policy, TermResolver.FLAT);
        List<MatchSubject> subjects = new ArrayList<>();
        for (Intermediary i : byId.values()) {
            subjects.add(subject(i));
        }
        matcher.addAll(subjects);
        return new IntermediaryDirectory(byId, cooperation, matcher);
    }

    /**
     * Builds the directory of a partnership's intermediaries, with its cooperation agreements.
     *
     * @param partnership the partnership
     * @return the directory
     */
    public static IntermediaryDirectory of(Partnership partnership) {
        return of(partnership.intermediaries(), partnership.agreements());
    }

    /**
     * Returns how many intermediaries the directory holds.
     *
     * @return the number
     */
    public int size() {
        return byId.size();
    }

    /**
     * Works out what an SME needs from intermediaries in a country from its readiness: the services of the
     * dimensions that block the market (for the latest assessment with the questionnaire), or, when it has no
     * assessment or no gap, the services of every dimension, as a newcomer needs them all.
     *
     * @param partnership the partnership
     * @param organisationId the SME
     * @param country the country
     * @param questionnaire the questionnaire its readiness is scored with
     * @return the need
     * @throws IllegalArgumentException if the partnership has no organisation with that id
     */
    public static IntermediaryNeed need(Partnership partnership, String organisationId, Country country,
            Questionnaire questionnaire) {
        Organisation o = partnership.organisation(organisationId).orElseThrow(() -> new IllegalArgumentException(
                "partnership " + partnership.id() + ": no organisation " + organisationId));
        Optional<ReadinessResult> readiness = ReadinessReports.current(partnership, organisationId, country,
                questionnaire, null);
        SortedSet<IntermediaryService> services = new TreeSet<>();
        List<String> because = new ArrayList<>();
        if (readiness.isPresent() && !readiness.get().gaps().isEmpty()) {
            for (ReadinessGap g : readiness.get().gaps()) {
                questionnaire.dimension(g.dimension()).ifPresent(d -> services.addAll(d.services()));
                because.add(String.format(Locale.ROOT, "gap in %s (%.2f, %s threshold %.2f)", g.name(), g.score(),
                        country.code(), g.threshold()));
            }
        }
        if (services.isEmpty()) {
            for (ReadinessDimension d : questionnaire.dimensions()) {
                services.addAll(d.services());
            }
            because.add(readiness.isPresent() ? "no readiness gap for " + country.code() + ": every service"
                    : "no readiness assessment for " + country.code() + ": every service");
        }
        return new IntermediaryNeed(organisationId, o.country(), country, services, o.sectors(), o.languages(),
                because);
    }

    /**
     * Returns the intermediaries that best answer a need.
     *
     * @param need the need
     * @param k how many at most
     * @return the search answer, best first
     * @throws IllegalArgumentException if k is below 1
     */
    public IntermediarySearch search(IntermediaryNeed need, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: " + k + " (expected at least 1)");
        }
        StringBuilder sought = new StringBuilder();
        for (IntermediaryService s : need.services()) {
            sought.append(s.needs()).append('\n');
        }
        MatchSubject seeker = MatchSubject.builder(need.organisationId(), SubjectKind.SME,
                need.homeCountry().code()).targetCountries(List.of(need.country().code()))
                .soughtText(sought.toString()).sectors(need.sectors()).build();
        List<IntermediaryMatch> out = new ArrayList<>();
        for (Match m : matcher.query(seeker, byId.size())) {
            Intermediary i = byId.get(m.id());
            if (!i.country().equals(need.country())) {
                continue;
            }
            List<IntermediaryService> offered = i.services().stream().filter(need.services()::contains).toList();
            List<Language> shared = i.languages().stream().filter(need.languages()::contains).toList();
            out.add(new IntermediaryMatch(i.id(), i.name(), i.kind(), i.country(), i.city(), m.score(), offered,
                    shared, m.explanation(), cooperation.get(i.id())));
            if (out.size() == k) {
                break;
            }
        }
        return new IntermediarySearch(need, out);
    }

    /**
     * Returns the intermediaries that best answer what an SME needs for a market, worked out from its readiness
     * with {@link #need}.
     *
     * @param partnership the partnership
     * @param organisationId the SME
     * @param country the country
     * @param questionnaire the questionnaire its readiness is scored with
     * @param k how many at most
     * @return the search answer, best first
     * @throws IllegalArgumentException if the partnership has no organisation with that id, or k is below 1
     */
    public IntermediarySearch search(Partnership partnership, String organisationId, Country country,
            Questionnaire questionnaire, int k) {
        return search(need(partnership, organisationId, country, questionnaire), k);
    }

    private static MatchSubject subject(Intermediary i) {
        StringBuilder text = new StringBuilder();
        text.append(i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append('\n');
        for (IntermediaryService s : i.services()) {
            text.append(s.needs()).append('\n');
        }
        return MatchSubject.builder(i.id(), SubjectKind.BO, i.country().code()).title(i.name())
                .description(text.toString()).sectors(i.sectors()).build();
    }
}
