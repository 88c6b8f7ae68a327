package eu.adpack.adapters.files;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.NutsRegion;
import java.net.URI;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A cluster organisation as the European Cluster Collaboration Platform's directory lists it: name, where it is,
 * its web site, the EU industrial ecosystems and sectors it serves, its members counted by type, and the year it was
 * established. A directory entry, not a member of the partnership: it is what a partnership searches when it looks
 * for clusters to cooperate with.
 *
 * <p>Texts are stripped; ecosystems and sectors are kept as the platform names them, without duplicates. Immutable
 * and thread-safe.
 *
 * @param name the cluster organisation's name
 * @param country the country it is based in
 * @param nutsRegion its NUTS region, or {@code null}
 * @param city its city, or {@code null}
 * @param website its web site, or {@code null}
 * @param ecosystems the EU industrial ecosystems it serves, e.g. {@code Agri-food}, {@code Digital}
 * @param sectors its sectors as the platform names them, e.g. {@code Packaging}, {@code Plastics}
 * @param memberCounts its members counted by type; a type it does not report is absent
 * @param totalMembers its total number of members as reported, or {@code null}
 * @param yearEstablished the year it was established, or {@code null}
 */
public record ClusterDirectoryEntry(
        String name,
        Country country,
        NutsRegion nutsRegion,
        String city,
        URI website,
        List<String> ecosystems,
        List<String> sectors,
        Map<MemberType, Integer> memberCounts,
        Integer totalMembers,
        Integer yearEstablished) {
    /** The earliest year of establishment accepted; cluster organisations are younger. */
    public static final int EARLIEST_YEAR = 1800;

    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException naming the cluster and the field if the name or country is missing, a count is
     *     negative, the counts by type add up to more than the total, or the year is before {@value #EARLIEST_YEAR}
     *     or in the future
     */
    public ClusterDirectoryEntry {
        String r = "cluster " + (name == null || name.isBlank() ? "(no name)" : name.strip());
        if (name == null || name.isBlank()) {
            throw new InvalidRecordException(r, "name", name, "is missing", "the cluster organisation's name");
        }
        name = name.strip();
        if (name.length() > 300) {
            throw new InvalidRecordException(r, "name", name.substring(0, 40) + "…", "is too long",
                    "at most 300 characters");
        }
        if (country == null) {
            throw new InvalidRecordException(r, "country", null, "is missing", "an ISO 3166-1 alpha-2 code");
        }
        city = city == null || city.isBlank() ? null : city.strip();
        ecosystems = distinct(ecosystems);
        sectors = distinct(sectors);
        EnumMap<MemberType, Integer> counts = new EnumMap<>(MemberType.class);
        if (memberCounts != null) {
            counts.putAll(memberCounts);
        }
        int sum = 0;
        for (Map.Entry<MemberType, Integer> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new InvalidRecordException(r, "memberCounts." + e.getKey(), e.getValue(), "a count >= 0");
            }
            sum += e.getValue();
        }
        memberCounts = Collections.unmodifiableMap(counts);
        if (totalMembers != null && totalMembers < 0) {
            throw new InvalidRecordException(r, "totalMembers", totalMembers, "a count >= 0");
        }
        if (totalMembers != null && sum > totalMembers) {
            throw new InvalidRecordException(r, "totalMembers", totalMembers, "is less than the " + sum
                    + " members counted by type", "a total at least the sum of the counts by type");
        }
        int now = Year.now().getValue();
        if (yearEstablished != null && (yearEstablished < EARLIEST_YEAR || yearEstablished > now)) {
            throw new InvalidRecordException(r, "yearEstablished", yearEstablished,
                    "a year from " + EARLIEST_YEAR + " to " + now);
        }
    }

    private static List<String> distinct(List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the number of members: the reported total, else the sum of the counts by type.
     *
     * @return the number, 0 when nothing is reported
     */
    public int memberCount() {
        if (totalMembers != null) {
            return totalMembers;
        }
        return memberCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
