package eu.adpack.core.source;

import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to read from a source: profile types, statuses, countries of origin and a date window, each empty for "all".
 * Records come in ascending order of the window's date where the source can sort.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceQuery {
    private static final SourceQuery ALL = builder().build();

    private final Set<ProfileType> types;
    private final Set<ProfileStatus> statuses;
    private final Set<Country> countries;
    private final DateField dateField;
    private final Instant from;
    private final Instant to;

    private SourceQuery(Builder b) {
        types = Set.copyOf(b.types);
        statuses = Set.copyOf(b.statuses);
        countries = Set.copyOf(b.countries);
        dateField = b.dateField;
        from = b.from;
        to = b.to;
    }

    /**
     * Returns the query of every record.
     *
     * @return the query without filters
     */
    public static SourceQuery all() {
        return ALL;
    }

    /**
     * Returns the query of incremental sync: every record changed at or after an instant, oldest change first.
     *
     * @param since the time of the last sync
     * @return the query
     */
    public static SourceQuery changedSince(Instant since) {
        return builder().window(DateField.LAST_MODIFIED, since, null).build();
    }

    /**
     * Returns a builder of a query without filters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the profile types wanted; empty for all */
    public Set<ProfileType> types() {
        return types;
    }

    /** @return the statuses wanted; empty for all */
    public Set<ProfileStatus> statuses() {
        return statuses;
    }

    /** @return the countries of origin wanted; empty for all */
    public Set<Country> countries() {
        return countries;
    }

    /** @return the date the window applies to, if there is a window */
    public Optional<DateField> dateField() {
        return Optional.ofNullable(dateField);
    }

    /** @return the window's start, inclusive, if any */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /** @return the window's end, exclusive, if any */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    /**
     * Returns this query narrowed by another, e.g. an adapter's configured restriction by a read's query: each filter
     * keeps the values both allow (an empty filter allows all); the other's date window wins when it has one.
     *
     * @param other the narrower query
     * @return the query of both, or empty when their filters exclude each other, so that nothing need be fetched
     */
    public Optional<SourceQuery> narrowedBy(SourceQuery other) {
        Objects.requireNonNull(other, "other");
        Set<ProfileType> t = both(types, other.types);
        Set<ProfileStatus> s = both(statuses, other.statuses);
        Set<Country> c = both(countries, other.countries);
        if (t == null || s == null || c == null) {
            return Optional.empty();
        }
        Builder b = builder().types(t).statuses(s).countries(c);
        SourceQuery window = other.dateField != null ? other : this;
        if (window.dateField != null) {
            b.window(window.dateField, window.from, window.to);
        }
        return Optional.of(b.build());
    }

    /** Both restrictions at once: empty means none; null means they exclude each other. */
    private static <T> Set<T> both(Set<T> mine, Set<T> theirs) {
        if (mine.isEmpty()) {
            return theirs;
        }
        if (theirs.isEmpty()) {
            return mine;
        }
        Set<T> common = new HashSet<>(mine);
        common.retainAll(theirs);
        return common.isEmpty() ? null : common;
    }

    /**
     * Tells whether a profile passes this query's filters, for sources that cannot query (a file) and filter what
     * they read. A date window matches a profile whose date, taken as the whole UTC day, overlaps it; a profile
     * without the window's date does not match (for {@link DateField#LAST_MODIFIED} the creation date stands in for a
     * missing modification date, for {@link DateField#DEADLINE} the expiry date for a missing deadline).
     *
     * @param profile the profile
     * @return true if it passes every filter
     */
    public boolean matches(PartnerProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (!types.isEmpty() && !types.contains(profile.type())) {
            return false;
        }
        if (!statuses.isEmpty() && (profile.status() == null || !statuses.contains(profile.status()))) {
            return false;
        }
        if (!countries.isEmpty() && (profile.originCountry() == null
                || !countries.contains(profile.originCountry()))) {
            return false;
        }
        if (dateField == null) {
            return true;
        }
        LocalDate d = switch (dateField) {
            case CREATED -> profile.created();
            case LAST_MODIFIED -> profile.modified() != null ? profile.modified() : profile.created();
            case PUBLISHED -> profile.published();
            case DEADLINE -> profile.deadline() != null ? profile.deadline() : profile.expiry();
        };
        if (d == null) {
            return false;
        }
        Instant start = d.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return (from == null || end.isAfter(from)) && (to == null || start.isBefore(to));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceQuery q && q.types.equals(types) && q.statuses.equals(statuses)
                && q.countries.equals(countries) && Objects.equals(q.dateField, dateField)
                && Objects.equals(q.from, from) && Objects.equals(q.to, to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(types, statuses, countries, dateField, from, to);
    }

    @Override
    public String toString() {
        return "SourceQuery[types=" + new TreeSet<>(types) + ", statuses=" + new TreeSet<>(statuses) + ", countries="
                + new TreeSet<>(countries) + (dateField == null ? "" : ", " + dateField + " in [" + from + ", " + to
                + ")") + "]";
    }

    /**
     * Builds a {@link SourceQuery}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final Set<ProfileType> types = EnumSet.noneOf(ProfileType.class);
        private final Set<ProfileStatus> statuses = EnumSet.noneOf(ProfileStatus.class);
        private final Set<Country> countries = new TreeSet<>();
        private DateField dateField;
        private Instant from;
        private Instant to;

        private Builder() {
        }

        /**
         * @param values profile types to add to the filter
         * @return this builder
         */
        public Builder types(Collection<ProfileType> values) {
            types.addAll(values);
            return this;
        }

        /**
         * @param values profile types to add to the filter
         * @return this builder
         */
        public Builder types(ProfileType... values) {
            return types(Set.of(values));
        }

        /**
         * @param values statuses to add to the filter
         * @return this builder
         */
        public Builder statuses(Collection<ProfileStatus> values) {
            statuses.addAll(values);
            return this;
        }

        /**
         * @param values countries of origin to add to the filter
         * @return this builder
         */
        public Builder countries(Collection<Country> values) {
            countries.addAll(values);
            return this;
        }

        /**
         * Sets the date window.
         *
         * @param field the date it applies to
         * @param start the start, inclusive, or null for none
         * @param end the end, exclusive, or null for none
         * @return this builder
         * @throws IllegalArgumentException if both ends are null or the end is not after the start
         */
        public Builder window(DateField field, Instant start, Instant end) {
            Objects.requireNonNull(field, "field");
            if (start == null && end == null) {
                throw new IllegalArgumentException("date window on " + field + " has neither start nor end");
            }
            if (start != null && end != null && !end.isAfter(start)) {
                throw new IllegalArgumentException("date window on " + field + " is not valid: end " + end
                        + " is not after start " + start);
            }
            dateField = field;
            from = start;
            to = end;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public SourceQuery build() {
            return new SourceQuery(this);
        }
    }
}
