package eu.adpack.adapters.companies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One company as the search API writes it, bound by Jackson: every value is kept as text so that a bad value is
 * reported by {@link CompanyMapper} with its field, rather than failing the whole page.
 */
record CompanyRecord(
        @JsonProperty("name") String name,
        @JsonProperty("company_number") String companyNumber,
        @JsonProperty("jurisdiction_code") String jurisdictionCode,
        @JsonProperty("incorporation_date") String incorporationDate,
        @JsonProperty("dissolution_date") String dissolutionDate,
        @JsonProperty("company_type") String companyType,
        @JsonProperty("current_status") String currentStatus,
        @JsonProperty("registered_address_in_full") String registeredAddress,
        @JsonProperty("opencorporates_url") String url,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("industry_codes") List<IndustryCodeEntry> industryCodes) {

    /** The wrapper the API puts around each industry code. */
    record IndustryCodeEntry(@JsonProperty("industry_code") IndustryCode industryCode) {
    }

    /** An industry code and the scheme it belongs to, e.g. {@code 22.22} in {@code eu_nace_2}. */
    record IndustryCode(
            @JsonProperty("code") String code,
            @JsonProperty("description") String description,
            @JsonProperty("code_scheme_id") String scheme) {
    }
}
