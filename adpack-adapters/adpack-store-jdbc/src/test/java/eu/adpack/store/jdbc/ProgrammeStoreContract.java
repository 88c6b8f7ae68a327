package eu.adpack.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import eu.adpack.core.IllegalTransitionException;
import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.agreement.StatusChange;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.geo.Country;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.store.DuplicateRecordException;
import eu.adpack.core.store.HistoryRewriteException;
import eu.adpack.core.store.ImportSummary;
import eu.adpack.core.store.ProgrammeStore;
import eu.adpack.core.store.StaleVersionException;
import eu.adpack.core.store.UnknownRecordException;
import eu.adpack.core.store.Versioned;
import eu.adpack.core.testing.DomainGen;
import eu.adpack.core.testing.SmallPartnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The promises of {@link ProgrammeStore}, run against every database the JDBC store supports: each subclass opens
 * fresh, empty stores of its database.
 */
abstract class ProgrammeStoreContract {
    private final List<ProgrammeStore> opened = new ArrayList<>();

    /** Opens a new, empty store; each call gives a store of its own. */
    protected abstract JdbcProgrammeStore.Builder newStore();

    private ProgrammeStore store(boolean keepPersonalData, int batchSize) {
        ProgrammeStore s = newStore().keepPersonalData(keepPersonalData).batchSize(batchSize).build();
        opened.add(s);
        return s;
    }

    private ProgrammeStore store() {
        return store(false, 1000);
    }

    @AfterEach
    void closeStores() {
        opened.forEach(ProgrammeStore::close);
    }

    private static final Partnership SMALL = SmallPartnership.build();

    private static Partnership withoutPersonalData(Partnership p) {
        return AdpackJson.standard().read(AdpackJson.withoutPersonalData().write(p), Partnership.class);
    }

    private static Partnership renamed(Partnership p, String id) {
        return new Partnership(id, p.name(), p.programme(), p.grantAgreement(), p.start(), p.end(), p.coordinator(),
                p.clusters(), p.organisations(), p.targetCountries(), p.sectors(), p.intermediaries(),
                p.ambassadors(), p.activities(), p.agreements());
    }

    /**
     * The same record with every unpaired surrogate (which the generators' text holds, but no database column can
     * keep) replaced by U+FFFD.
     */
    static <T> T wellFormed(T value, Class<T> type) {
        String json = AdpackJson.standard().write(value);
        StringBuilder out = new StringBuilder(json);
        for (int at = Codec.malformedAt(json); at >= 0; at = Codec.malformedAt(out.toString())) {
            out.setCharAt(at, '\uFFFD');
        }
        return AdpackJson.standard().read(out.toString(), type);
    }

    /** Whether a drawn partnership can be stored: one record per id. */
    private static boolean storable(Partnership p) {
        try {
            Parts.decompose(p);
            return true;
        } catch (InvalidRecordException e) {
            return false;
        }
    }

    @Test
    void importThenLoadGivesTheSamePartnershipAndJsonForm() {
        ProgrammeStore s = store(true, 1000);
        ImportSummary first = s.importPartnership(SMALL);
        assertThat(first.inserted()).isEqualTo(first.records());
        Versioned<Partnership> loaded = s.loadPartnership("small");
        assertThat(loaded.value()).isEqualTo(SMALL);
        assertThat(AdpackJson.standard().write(loaded.value())).isEqualTo(AdpackJson.standard().write(SMALL));
        assertThat(s.partnershipIds()).containsExactly("small");

        ImportSummary again = s.importPartnership(SMALL);
        assertThat(again).isEqualTo(new ImportSummary(0, 0, first.records(), 0));
        assertThat(s.organisation("small", "o-label").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void exportAndImportBackIsLosslessForRandomPartnerships() {
        ProgrammeStore keeping = store(true, 7);
        ProgrammeStore dropping = store(false, 1000);
        Gen<Partnership> partnerships = DomainGen.partnership();
        AtomicLong n = new AtomicLong();
        qt().withExamples(25).withShrinkCycles(5).withFixedSeed(20261203L).forAll(partnerships)
                .assuming(ProgrammeStoreContract::storable).check(drawn -> {
                    // Each example is a partnership of its own: the same id again would be a re-import.
                    Partnership p = wellFormed(renamed(drawn, "random-" + n.incrementAndGet()), Partnership.class);
                    keeping.importPartnership(p);
                    dropping.importPartnership(p);
                    Partnership back = keeping.loadPartnership(p.id()).value();
                    Partnership handedOver = AdpackJson.standard().read(AdpackJson.standard().write(back),
                            Partnership.class);
                    keeping.importPartnership(handedOver);
                    return back.equals(p) && keeping.loadPartnership(p.id()).value().equals(p)
                            && dropping.loadPartnership(p.id()).value().equals(withoutPersonalData(p));
                });
    }

    @Test
    void contactPersonsAreStoredOnlyWhenAsked() {
        ProgrammeStore dropping = store();
        ProgrammeStore keeping = store(true, 1000);
        dropping.importPartnership(SMALL);
        keeping.importPartnership(SMALL);
        assertThat(dropping.keepsPersonalData()).isFalse();
        assertThat(dropping.organisation("small", "o-label").orElseThrow().value().contacts()).isEmpty();
        assertThat(AdpackJson.standard().write(dropping.loadPartnership("small").value()))
                .doesNotContain(SmallPartnership.CONTACT.name());
        assertThat(dropping.loadPartnership("small").value()).isEqualTo(withoutPersonalData(SMALL));
        assertThat(keeping.organisation("small", "o-label").orElseThrow().value().contacts())
                .containsExactly(SmallPartnership.CONTACT);
    }

    @Test
    void aWriteAgainstAStaleVersionFailsNamingTheRecordAndWritesNothing() {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        Versioned<Organisation> read = s.organisation("small", "o-films").orElseThrow();
        long v2 = s.updateOrganisation("small", read.value().toBuilder().legalName("Films Two SL").build(),
                read.version());
        assertThat(v2).isEqualTo(read.version() + 1);

        assertThatThrownBy(() -> s.updateOrganisation("small",
                read.value().toBuilder().legalName("Films Stale SL").build(), read.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.record()).isEqualTo("organisation o-films of partnership small");
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                })
                .hasMessage("organisation o-films of partnership small: version 1 is stale (the store holds version"
                        + " 2); reload and retry");
        assertThat(s.organisation("small", "o-films").orElseThrow())
                .isEqualTo(new Versioned<>(read.value().toBuilder().legalName("Films Two SL").build(), 2));

        assertThatThrownBy(() -> s.updateOrganisation("small",
                Organisation.builder("o-nobody").legalName("Nobody").country(Country.of("ES")).build(), 1))
                .isInstanceOf(UnknownRecordException.class)
                .hasMessage("organisation o-nobody of partnership small: not in the store");
        assertThatThrownBy(() -> s.addOrganisation("small", read.value()))
                .isInstanceOf(DuplicateRecordException.class);
        assertThatThrownBy(() -> s.addOrganisation("nowhere", read.value()))
                .isInstanceOf(UnknownRecordException.class).hasMessage("partnership nowhere: not in the store");
    }

    @Test
    void aWholeStateSaveFailsWhenAnyRecordChangedSinceItWasLoaded() {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        Versioned<Partnership> loaded = s.loadPartnership("small");
        Versioned<Organisation> films = s.organisation("small", "o-films").orElseThrow();
        s.updateOrganisation("small", films.value().toBuilder().legalName("Films Two SL").build(), films.version());
        Partnership edited = loaded.value().toBuilder().name("Renamed").build();

        assertThatThrownBy(() -> s.savePartnership(edited, loaded.version()))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.record()).isEqualTo("partnership small"));
        assertThat(s.loadPartnership("small").value().name()).isEqualTo("Small partnership");

        Versioned<Partnership> fresh = s.loadPartnership("small");
        s.savePartnership(fresh.value().toBuilder().name("Renamed").build(), fresh.version());
        assertThat(s.loadPartnership("small").value().name()).isEqualTo("Renamed");
        assertThat(s.loadPartnership("small").version()).isGreaterThan(fresh.version());
    }

    @Test
    void agreementStatusChangesAreAppendedAndTheirHistoryIsNeverRewritten() {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        Versioned<Agreement> ag4 = s.agreement("small", "ag4").orElseThrow();
        assertThat(ag4.value().status()).isEqualTo(AgreementStatus.PROPOSED);

        Versioned<Agreement> negotiating = s.changeAgreementStatus("small", "ag4", AgreementStatus.NEGOTIATING,
                LocalDate.parse("2019-07-01"), ag4.version());
        assertThat(negotiating.version()).isEqualTo(ag4.version() + 1);
        assertThat(negotiating.value().history()).containsExactly(
                StatusChange.of(AgreementStatus.PROPOSED, LocalDate.parse("2019-06-11")),
                StatusChange.of(AgreementStatus.NEGOTIATING, LocalDate.parse("2019-07-01")));
        assertThat(s.agreement("small", "ag4").orElseThrow()).isEqualTo(negotiating);

        assertThatThrownBy(() -> s.changeAgreementStatus("small", "ag4", AgreementStatus.SIGNED,
                LocalDate.parse("2019-08-01"), ag4.version()))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.record()).isEqualTo("agreement ag4 of partnership small"));
        assertThatThrownBy(() -> s.changeAgreementStatus("small", "ag4", AgreementStatus.COMPLETED,
                LocalDate.parse("2019-08-01"), negotiating.version()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(s.agreement("small", "ag4").orElseThrow()).isEqualTo(negotiating);

        // The original file still says PROPOSED only: importing it would drop the NEGOTIATING step.
        assertThatThrownBy(() -> s.importPartnership(SMALL))
                .isInstanceOfSatisfying(HistoryRewriteException.class,
                        e -> assertThat(e.record()).isEqualTo("agreement ag4 of partnership small"))
                .hasMessageContaining("drops step 2 NEGOTIATING on 2019-07-01");
        Partnership withoutAg4 = SMALL.toBuilder().build();
        List<Agreement> rest = withoutAg4.agreements().stream().filter(a -> !a.id().equals("ag4")).toList();
        Partnership dropped = new Partnership(SMALL.id(), SMALL.name(), SMALL.programme(), SMALL.grantAgreement(),
                SMALL.start(), SMALL.end(), SMALL.coordinator(), SMALL.clusters(), SMALL.organisations(),
                SMALL.targetCountries(), SMALL.sectors(), SMALL.intermediaries(), SMALL.ambassadors(),
                SMALL.activities(), rest);
        assertThatThrownBy(() -> s.importPartnership(dropped)).isInstanceOf(HistoryRewriteException.class)
                .hasMessageContaining("leaves out this agreement");

        // An import that appends to the history is fine.
        Partnership further = s.loadPartnership("small").value();
        Agreement signed = further.agreements().stream().filter(a -> a.id().equals("ag4")).findFirst().orElseThrow()
                .transition(AgreementStatus.SIGNED, LocalDate.parse("2019-09-01"));
        ImportSummary summary = s.importPartnership(further.withAgreement(signed));
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(s.agreement("small", "ag4").orElseThrow().value()).isEqualTo(signed);
    }

    @Test
    void thePipelineCountsAndListsTheAgreementsAtEachStatus() {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        Map<AgreementStatus, Long> expected = new LinkedHashMap<>();
        for (AgreementStatus st : AgreementStatus.values()) {
            expected.put(st, SMALL.agreements().stream().filter(a -> a.status() == st).count());
        }
        assertThat(s.pipeline("small")).containsExactlyEntriesOf(expected);
        assertThat(s.agreementsAt("small", AgreementStatus.SIGNED)).extracting(v -> v.value().id())
                .containsExactly("ag2", "ag3");
        Agreement ag6 = Agreement.propose("ag6", AgreementType.SME_COOPERATION, "New", List.of("o-label", "o-big"),
                LocalDate.parse("2019-10-01"));
        assertThat(s.addAgreement("small", ag6)).isEqualTo(1);
        assertThat(s.pipeline("small").get(AgreementStatus.PROPOSED)).isEqualTo(expected.get(AgreementStatus.PROPOSED)
                + 1);
        assertThat(s.loadPartnership("small").value().agreements()).last().isEqualTo(ag6);
        assertThatThrownBy(() -> s.addAgreement("small", ag6)).isInstanceOf(DuplicateRecordException.class);
    }

    @Test
    void meetingsAndTrainingParticipationAreVersionedRecords() {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        Versioned<Meeting> mt3 = s.meeting("small", "ev-to", "mt3").orElseThrow();
        long v = s.updateMeeting("small", "ev-to", mt3.value().withStatus(MeetingStatus.HELD), mt3.version());
        assertThat(s.meeting("small", "ev-to", "mt3").orElseThrow())
                .isEqualTo(new Versioned<>(mt3.value().withStatus(MeetingStatus.HELD), v));
        assertThatThrownBy(() -> s.updateMeeting("small", "ev-to", mt3.value(), mt3.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.record())
                        .isEqualTo("meeting mt3 of event ev-to of partnership small"));
        Meeting mt4 = Meeting.planned("mt4", "p-guest", "p-x", null);
        assertThat(s.addMeeting("small", "ev-to", mt4)).isEqualTo(1);
        assertThatThrownBy(() -> s.addMeeting("small", "ev-nowhere", mt4)).isInstanceOf(UnknownRecordException.class)
                .hasMessage("event ev-nowhere of partnership small: not in the store");
        assertThat(s.loadPartnership("small").value().activities().events().get(0).meetings()).last()
                .isEqualTo(mt4);

        Versioned<TrainingParticipation> films = s.participation("small", "tm-ca", "o-films").orElseThrow();
        TrainingParticipation done = TrainingParticipation.completed("tm-ca", "o-films", LocalDate.parse("2018-04-18"));
        s.updateParticipation("small", done, films.version());
        assertThat(s.participation("small", "tm-ca", "o-films").orElseThrow().value()).isEqualTo(done);
        assertThatThrownBy(() -> s.updateParticipation("small", done, films.version()))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.record())
                        .isEqualTo("participation of o-films in training module tm-ca of partnership small"));
        TrainingParticipation added = TrainingParticipation.enrolled("tm-ca", "o-big");
        s.addParticipation("small", added);
        assertThat(s.loadPartnership("small").value().activities().participations()).last().isEqualTo(added);
    }

    @Test
    void aMemberListImportIsOneTransaction() {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        Organisation films = SMALL.organisation("o-films").orElseThrow();
        Organisation fresh = Organisation.builder("o-new").legalName("New SL").country(Country.of("ES")).build();
        ImportSummary summary = s.importMembers("small", "c-pack", List.of(films.toBuilder().legalName("Films 2")
                .build(), fresh));
        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, 0));
        Partnership now = s.loadPartnership("small").value();
        assertThat(now.cluster("c-pack").orElseThrow().members()).containsExactly("o-label", "o-films", "o-new");
        assertThat(now.organisations()).last().isEqualTo(fresh);

        Organisation other = Organisation.builder("o-other").legalName("Other").country(Country.of("ES")).build();
        assertThatThrownBy(() -> s.importMembers("small", "c-nowhere", List.of(other)))
                .isInstanceOf(UnknownRecordException.class);
        assertThatThrownBy(() -> s.importMembers("small", "c-pack", List.of(other, other)))
                .isInstanceOf(InvalidRecordException.class);
        assertThat(s.loadPartnership("small").value()).isEqualTo(now);
    }

    @Test
    void aFailedPartnershipImportLeavesTheStoreAsItWas() {
        ProgrammeStore s = store(false, 1);
        s.importPartnership(SMALL);
        Versioned<Agreement> ag4 = s.agreement("small", "ag4").orElseThrow();
        s.changeAgreementStatus("small", "ag4", AgreementStatus.NEGOTIATING, LocalDate.parse("2019-07-01"),
                ag4.version());
        Versioned<Partnership> before = s.loadPartnership("small");
        // Every organisation and cluster changes and is written, one row a batch, before the agreement refuses.
        Partnership renamed = SMALL.toBuilder().name("Renamed").build();
        List<Organisation> orgs = SMALL.organisations().stream().map(o -> o.toBuilder().legalName("X " + o.legalName())
                .build()).toList();
        Partnership attempt = new Partnership(renamed.id(), renamed.name(), renamed.programme(),
                renamed.grantAgreement(), renamed.start(), renamed.end(), renamed.coordinator(), renamed.clusters(),
                orgs, renamed.targetCountries(), renamed.sectors(), renamed.intermediaries(), renamed.ambassadors(),
                renamed.activities(), renamed.agreements());
        assertThatThrownBy(() -> s.importPartnership(attempt)).isInstanceOf(HistoryRewriteException.class);
        assertThat(s.loadPartnership("small")).isEqualTo(before);
    }

    @Test
    void aRegistrySyncAddsChangesAndKeepsProfilesInOneTransaction() {
        ProgrammeStore s = store(false, 10);
        List<PartnerProfile> profiles = distinctProfiles(60, 7L);
        ImportSummary first = s.importProfiles(profiles, (written, total) -> { });
        assertThat(first).isEqualTo(new ImportSummary(60, 0, 0, 0));
        List<PartnerProfile> expected = profiles.stream().map(ProgrammeStoreContract::withoutPersonalData)
                .sorted(Comparator.comparing(PartnerProfile::reference)).toList();
        List<PartnerProfile> loaded = s.profiles();
        assertThat(loaded).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(AdpackJson.standard().write(loaded.get(i))).isEqualTo(AdpackJson.standard()
                    .write(expected.get(i)));
        }
        assertThat(s.profileCount()).isEqualTo(60);

        List<PartnerProfile> sync = new ArrayList<>(profiles.subList(0, 30));
        PartnerProfile changed = profiles.get(0).toBuilder().title("Changed title").build();
        sync.set(0, changed);
        ImportSummary second = s.importProfiles(sync, (written, total) -> { });
        assertThat(second).isEqualTo(new ImportSummary(0, 1, 29, 0));
        Versioned<PartnerProfile> read = s.profile(changed.reference()).orElseThrow();
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.value().title()).startsWith("Changed ");

        s.updateProfile(read.value(), read.version());
        assertThatThrownBy(() -> s.updateProfile(read.value(), read.version()))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.record()).isEqualTo("profile " + changed.reference()));

        List<PartnerProfile> failing = distinctProfiles(40, 99L);
        assertThatThrownBy(() -> s.importProfiles(failing, (written, total) -> {
            if (written >= 20) {
                throw new IllegalStateException("stop at " + written);
            }
        })).hasMessage("stop at 20");
        assertThat(s.profileCount()).isEqualTo(60);
    }

    private static PartnerProfile withoutPersonalData(PartnerProfile p) {
        return AdpackJson.standard().read(AdpackJson.withoutPersonalData().write(p), PartnerProfile.class);
    }

    static List<PartnerProfile> distinctProfiles(int n, long seed) {
        Map<String, PartnerProfile> byRef = new LinkedHashMap<>();
        Gen<PartnerProfile> gen = DomainGen.profile();
        qt().withExamples(n * 3).withFixedSeed(seed).forAll(gen).checkAssert(p -> {
            if (byRef.size() < n) {
                byRef.putIfAbsent(p.reference(), wellFormed(p, PartnerProfile.class));
            }
        });
        assertThat(byRef).hasSize(n);
        return List.copyOf(byRef.values());
    }

    @Test
    void eightThreadsUpdatingTheSameRecordsLoseNoUpdateAndReportEveryConflict() throws Exception {
        ProgrammeStore s = store();
        s.importPartnership(SMALL);
        List<String> ids = List.of("o-label", "o-films");
        for (String id : ids) {
            Versioned<Organisation> o = s.organisation("small", id).orElseThrow();
            s.updateOrganisation("small", o.value().toBuilder().legalName("Counter 0").build(), o.version());
        }
        int threads = 8;
        int updatesEach = 6;
        AtomicLong conflicts = new AtomicLong();
        AtomicLong attempts = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < updatesEach; i++) {
                        for (String id : ids) {
                            while (true) {
                                attempts.incrementAndGet();
                                Versioned<Organisation> o = s.organisation("small", id).orElseThrow();
                                int n = Integer.parseInt(o.value().legalName().substring("Counter ".length()));
                                try {
                                    s.updateOrganisation("small", o.value().toBuilder().legalName("Counter " + (n + 1))
                                            .build(), o.version());
                                    break;
                                } catch (StaleVersionException e) {
                                    conflicts.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        long successes = (long) threads * updatesEach;
        for (String id : ids) {
            Versioned<Organisation> o = s.organisation("small", id).orElseThrow();
            assertThat(o.value().legalName()).isEqualTo("Counter " + successes);
            assertThat(o.version()).isEqualTo(2 + successes);
        }
        assertThat(attempts.get()).isEqualTo(successes * ids.size() + conflicts.get());
    }
}
