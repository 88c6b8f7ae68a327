package eu.adpack.adapters.companies;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.testkit.contract.ProfileSourceContract;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.core.source.ProfileSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The example adapter passes the contract every adapter must pass, against the fault-injecting registry. */
class CompanySearchSourceContractTest extends ProfileSourceContract {
    @Override
    protected Responder registry(List<SampleRecord> records, int pageSize) {
        return new CompanyRegistry(records.stream().map(CompanySearchSourceContractTest::company).toList());
    }

    private static Map<String, Object> company(SampleRecord r) {
        // The reference the mapper makes is jurisdiction/number, so number = the part after "gb/".
        Map<String, Object> c = CompanyRegistry.company("gb", r.reference().substring(3), "Company " + r.index(),
                "2010-01-01", "22.22");
        if (r.malformed()) {
            c.put("incorporation_date", "2024-02-30");
        }
        return c;
    }

    @Override
    protected ProfileSource createSource(URI baseUri, int pageSize) {
        return CompanySearchSource.of(CompanySearchConfig.builder().baseUrl(baseUri).insecureHttp(true)
                .apiToken(() -> "contract-token").pageSize(pageSize)
                .http(HttpSettings.builder().backoff(Duration.ZERO, Duration.ZERO).maxAttempts(10)
                        .responseTimeout(Duration.ofMillis(1000)).rateLimit(0, 1).randomSeed(1).build())
                .build());
    }

    @Override
    protected String referenceFor(int index) {
        return String.format("gb/%08d", index);
    }
}
