package eu.adpack.adapters.files;

import java.util.Locale;
import java.util.Optional;

/** The columns of the member-list CSV form, in the template's order; the README documents each. */
enum MemberColumn {
    ID("id", true),
    NAME("name", true, "legal_name"),
    COUNTRY("country", true),
    CLUSTER("cluster", false),
    NUTS("nuts", false, "nuts_region"),
    SECTOR("sector", false, "sectors"),
    SIZE("size", false, "size_class"),
    STAFF("staff", false, "staff_headcount"),
    TURNOVER_EUR("turnover_eur", false, "turnover"),
    BALANCE_SHEET_EUR("balance_sheet_eur", false, "balance_sheet"),
    NACE("nace", false, "nace_codes"),
    KEYWORDS("keywords", false),
    COMPETENCES("competences", false),
    VALUE_CHAIN("value_chain", false, "value_chain_stages"),
    OFFERS("offers", false),
    SEEKS("seeks", false),
    DESCRIPTION("description", false),
    TARGET_COUNTRIES("target_countries", false, "target_markets"),
    READINESS("readiness", false),
    LANGUAGES("languages", false),
    CERTIFICATIONS("certifications", false),
    WEBSITE("website", false),
    CONTACT_NAME("contact_name", false),
    CONTACT_ROLE("contact_role", false),
    CONTACT_EMAIL("contact_email", false),
    CONTACT_PHONE("contact_phone", false);

    final String header;
    final boolean required;
    private final String[] aliases;

    MemberColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = aliases;
    }

    /** Finds the column a header cell names; case, blanks and hyphens do not matter ({@code Target countries}). */
    static Optional<MemberColumn> forHeader(String cell) {
        String key = normalise(cell);
        return Header.column(values(), key, c -> c.header, c -> c.aliases);
    }

    static String normalise(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
