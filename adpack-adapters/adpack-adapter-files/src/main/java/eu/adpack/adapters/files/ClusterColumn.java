package eu.adpack.adapters.files;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a cluster-directory CSV, with the names under which the European Cluster Collaboration Platform's
 * export and hand-made lists write them.
 */
enum ClusterColumn {
    NAME("name", true, "cluster_name", "cluster", "organisation_name", "cluster_organisation", "organisation"),
    COUNTRY("country", true, "country_code"),
    NUTS("nuts", false, "nuts_region", "nuts_code", "region"),
    CITY("city", false, "town"),
    WEBSITE("website", false, "web_site", "url", "web"),
    ECOSYSTEMS("ecosystems", false, "industrial_ecosystems", "industrial_ecosystem", "ecosystem"),
    SECTORS("sectors", false, "sector", "industrial_sectors"),
    MEMBERS_SME("members_sme", false, "sme_members", "smes", "number_of_smes", "sme"),
    MEMBERS_LARGE("members_large", false, "large_company_members", "large_companies", "members_large_companies",
            "number_of_large_companies"),
    MEMBERS_RESEARCH("members_research", false, "research_organisation_members", "research_organisations",
            "members_research_organisations", "number_of_research_organisations"),
    MEMBERS_UNIVERSITY("members_university", false, "university_members", "universities", "members_universities",
            "number_of_universities"),
    MEMBERS_OTHER("members_other", false, "other_members", "others", "number_of_other_members"),
    MEMBERS_TOTAL("members_total", false, "total_members", "members", "number_of_members"),
    YEAR_ESTABLISHED("year_established", false, "established", "year_of_establishment", "founded",
            "establishment_year");

    final String header;
    final boolean required;
    private final String[] aliases;

    ClusterColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = aliases;
    }

    static Optional<ClusterColumn> forHeader(String cell) {
        String key = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return Header.column(values(), key, c -> c.header, c -> c.aliases);
    }

    MemberType memberType() {
        return switch (this) {
            case MEMBERS_SME -> MemberType.SME;
            case MEMBERS_LARGE -> MemberType.LARGE_COMPANY;
            case MEMBERS_RESEARCH -> MemberType.RESEARCH_ORGANISATION;
            case MEMBERS_UNIVERSITY -> MemberType.UNIVERSITY;
            case MEMBERS_OTHER -> MemberType.OTHER;
            default -> null;
        };
    }
}
