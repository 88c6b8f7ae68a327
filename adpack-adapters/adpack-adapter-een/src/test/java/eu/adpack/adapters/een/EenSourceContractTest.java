package eu.adpack.adapters.een;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.testkit.contract.ProfileSourceContract;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.core.source.ProfileSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Our EEN adapter passes the contract every adapter must pass, against the fault-injecting registry. */
class EenSourceContractTest extends ProfileSourceContract {
    @Override
    protected Responder registry(List<SampleRecord> records, int pageSize) {
        return new EenTestRegistry(records, pageSize);
    }

    @Override
    protected ProfileSource createSource(URI baseUri, int pageSize) {
        return EenSource.of(EenConfig.builder().baseUrl(baseUri).insecureHttp(true).apiKey(() -> "contract-key")
                .pageSize(pageSize)
                .http(HttpSettings.builder().backoff(Duration.ZERO, Duration.ZERO).maxAttempts(10)
                        .responseTimeout(Duration.ofMillis(1000)).rateLimit(0, 1).randomSeed(1).build())
                .build());
    }

    @Override
    protected String referenceFor(int index) {
        return String.format("BOFR20240101%03d", index);
    }
}
