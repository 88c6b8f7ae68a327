package eu.adpack.adapters.companies;

import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.adapters.testkit.ScriptedResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A company search API on loopback for the tests: serves given companies (each a map of the API's fields) in pages,
 * as OpenCorporates does: {@code page} from 1, {@code per_page}, {@code results.total_pages}.
 */
final class CompanyRegistry implements Responder {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<Map<String, Object>> companies;

    CompanyRegistry(List<Map<String, Object>> companies) {
        this.companies = List.copyOf(companies);
    }

    /** A plausible active company, in the API's form. */
    static Map<String, Object> company(String jurisdiction, String number, String name, String incorporated,
            String naceCode) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("company_number", number);
        c.put("jurisdiction_code", jurisdiction);
        c.put("incorporation_date", incorporated);
        c.put("dissolution_date", null);
        c.put("company_type", "Private Limited Company");
        c.put("current_status", "Active");
        c.put("registered_address_in_full", "1 Example Street, Exampletown");
        c.put("opencorporates_url", "https://companies.example/companies/" + jurisdiction + "/" + number);
        c.put("updated_at", "2024-02-01T10:00:00+00:00");
        c.put("industry_codes", List.of(Map.of("industry_code", Map.of("code", naceCode, "description",
                "Manufacture of plastic packing goods", "code_scheme_id", "eu_nace_2"))));
        return c;
    }

    @Override
    public ScriptedResponse respond(RecordedRequest request) {
        if (!request.path().equals("/companies/search")) {
            return ScriptedResponse.status(404, "no such resource");
        }
        int page = Integer.parseInt(request.param("page").orElse("1"));
        int perPage = Integer.parseInt(request.param("per_page").orElse("30"));
        int from = Math.min(companies.size(), (page - 1) * perPage);
        int to = Math.min(companies.size(), from + perPage);
        List<Map<String, Object>> items = companies.subList(from, to).stream()
                .map(c -> Map.<String, Object>of("company", c)).toList();
        int totalPages = Math.max(1, (companies.size() + perPage - 1) / perPage);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("companies", items);
        results.put("page", page);
        results.put("per_page", perPage);
        results.put("total_pages", totalPages);
        results.put("total_count", companies.size());
        return ScriptedResponse.json(JSON.writeValueAsString(Map.of("api_version", "0.4", "results", results)));
    }
}
