package eu.adpack.core.partnership;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.internal.Check;
import eu.adpack.core.taxonomy.Sector;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A cluster organisation, member of a partnership: its identity, the sectors it covers, its member organisations (by
 * id; the organisations themselves are the partnership's) and its role. Build one with {@link #builder(String)}.
 * Immutable and thread-safe.
 *
 * @param id the cluster's id, unique within the partnership
 * @param name its name
 * @param country its country
 * @param nutsRegion its NUTS region, or {@code null}
 * @param sectors the sectors it covers
 * @param members ids of its member organisations
 * @param role its role in the partnership
 * @param website its web site, or {@code null}
 */
public record Cluster(
        String id,
        String name,
        Country country,
        NutsRegion nutsRegion,
        List<Sector> sectors,
        List<String> members,
        ClusterRole role,
        URI website) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid
     */
    public Cluster {
        String r = Check.name("cluster", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 300);
        Check.required(r, "country", country);
        sectors = Check.distinct(r, "sectors", sectors);
        members = Check.list(r, "members", members);
        for (String m : members) {
            Check.id(r, "members", m);
        }
        Check.required(r, "role", role);
    }

    /**
     * Starts building a cluster.
     *
     * @param id its id
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this cluster's parts, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).country(country).nutsRegion(nutsRegion).role(role).website(website);
        b.sectors.addAll(sectors);
        b.members.addAll(members);
        return b;
    }

    /** Builds a {@link Cluster}; the role defaults to {@code PARTNER}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private Country country;
        private NutsRegion nutsRegion;
        private final List<Sector> sectors = new ArrayList<>();
        private final List<String> members = new ArrayList<>();
        private ClusterRole role = ClusterRole.PARTNER;
        private URI website;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets the country.
         *
         * @param value the country
         * @return this builder
         */
        public Builder country(Country value) {
            country = value;
            return this;
        }

        /**
         * Sets the NUTS region.
         *
         * @param value the region or {@code null}
         * @return this builder
         */
        public Builder nutsRegion(NutsRegion value) {
            nutsRegion = value;
            return this;
        }

        /**
         * Adds sectors.
         *
         * @param values the sectors
         * @return this builder
         */
        public Builder sectors(Collection<Sector> values) {
            sectors.addAll(values);
            return this;
        }

        /**
         * Adds a sector.
         *
         * @param value the sector
         * @return this builder
         */
        public Builder sector(Sector value) {
            sectors.add(value);
            return this;
        }

        /**
         * Adds members.
         *
         * @param organisationIds their ids
         * @return this builder
         */
        public Builder members(Collection<String> organisationIds) {
            members.addAll(organisationIds);
            return this;
        }

        /**
         * Adds a member.
         *
         * @param organisationId its id
         * @return this builder
         */
        public Builder member(String organisationId) {
            members.add(organisationId);
            return this;
        }

        /**
         * Sets the role.
         *
         * @param value the role
         * @return this builder
         */
        public Builder role(ClusterRole value) {
            role = value;
            return this;
        }

        /**
         * Sets the web site.
         *
         * @param value the address or {@code null}
         * @return this builder
         */
        public Builder website(URI value) {
            website = value;
            return this;
        }

        /**
         * Builds the cluster.
         *
         * @return the cluster
         * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid
         */
        public Cluster build() {
            return new Cluster(id, name, country, nutsRegion, sectors, members, role, website);
        }
    }
}
