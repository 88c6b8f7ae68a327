package eu.adpack.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.testing.DomainGen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceQueryTest {
    private static final List<ProfileStatus> STATUSES = List.of(ProfileStatus.PUBLISHED, ProfileStatus.EXPIRED,
            ProfileStatus.ARCHIVED);
    private static final List<Country> COUNTRIES = List.of(Country.of("FR"), Country.of("CZ"), Country.of("DE"));

    /** A query whose filters are the subsets that the bits of {@code bits} select. */
    private static SourceQuery query(int bits) {
        List<ProfileType> types = new ArrayList<>();
        for (int i = 0; i < ProfileType.values().length; i++) {
            if ((bits & (1 << i)) != 0) {
                types.add(ProfileType.values()[i]);
            }
        }
        List<ProfileStatus> statuses = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((bits & (1 << (5 + i))) != 0) {
                statuses.add(STATUSES.get(i));
            }
            if ((bits & (1 << (8 + i))) != 0) {
                countries.add(COUNTRIES.get(i));
            }
        }
        return SourceQuery.builder().types(types).statuses(statuses).countries(countries).build();
    }

    @Test
    void aProfileMatchesTheNarrowedQueryExactlyWhenItMatchesBoth() {
        qt().withFixedSeed(2026L).withExamples(400)
                .forAll(DomainGen.profile(), integers().between(0, (1 << 11) - 1), integers().between(0, (1 << 11) - 1))
                .checkAssert((p, a, b) -> {
                    SourceQuery qa = query(a);
                    SourceQuery qb = query(b);
                    boolean both = qa.matches(p) && qb.matches(p);
                    assertThat(qa.narrowedBy(qb).map(q -> q.matches(p)).orElse(false)).isEqualTo(both);
                });
    }

    @Test
    void queriesThatExcludeEachOtherNarrowToNothingAndTheReadsWindowWins() {
        SourceQuery offers = SourceQuery.builder().types(ProfileType.BO).build();
        assertThat(offers.narrowedBy(SourceQuery.builder().types(ProfileType.TR).build())).isEmpty();
        Instant since = Instant.parse("2024-03-01T00:00:00Z");
        assertThat(offers.narrowedBy(SourceQuery.changedSince(since))).hasValueSatisfying(q -> {
            assertThat(q.types()).containsExactly(ProfileType.BO);
            assertThat(q.dateField()).contains(DateField.LAST_MODIFIED);
            assertThat(q.from()).contains(since);
        });
    }

    @Test
    void aWindowMatchesTheWholeDayOfTheProfilesDateAndACreationDateStandsInForAMissingModification() {
        PartnerProfile p = PartnerProfile.builder("BOFR20240229001", ProfileType.BO).title("t")
                .created(LocalDate.of(2024, 2, 29)).build();
        assertThat(SourceQuery.changedSince(Instant.parse("2024-02-29T23:00:00Z")).matches(p)).isTrue();
        assertThat(SourceQuery.changedSince(Instant.parse("2024-03-01T00:00:00Z")).matches(p)).isFalse();
        assertThat(SourceQuery.builder().window(DateField.PUBLISHED, null, Instant.parse("2030-01-01T00:00:00Z"))
                .build().matches(p)).as("no publication date, no match").isFalse();
    }
}
