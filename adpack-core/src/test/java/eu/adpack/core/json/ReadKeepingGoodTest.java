package eu.adpack.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.Problem;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.testing.SmallPartnership;
import org.junit.jupiter.api.Test;

class ReadKeepingGoodTest {
    private static final AdpackJson JSON = AdpackJson.standard();
    private static final String GOOD = JSON.write(SmallPartnership.build());

    @Test
    void aGoodDocumentReadsCompletely() {
        ReadReport<Partnership> r = JSON.readKeepingGood(GOOD, Partnership.class);
        assertThat(r.isComplete()).isTrue();
        assertThat(r.value()).isEqualTo(SmallPartnership.build());
    }

    @Test
    void everyBadRecordIsReportedWithItsPlaceInTheFileAndTheRestIsKept() {
        String bad = GOOD.replace("\"country\" : \"PT\"", "\"country\" : \"XX\"")
                .replace("\"priority\" : 9", "\"priority\" : 0");
        ReadReport<Partnership> r = JSON.readKeepingGood(bad, Partnership.class);
        assertThat(r.rejected()).extracting(Problem::toString).containsExactly(
                "[adpack/invalid-record] clusters[1] (c-food): country: 'XX' is not valid (expected an ISO 3166-1"
                        + " alpha-2 code such as CZ or CA)",
                "[adpack/invalid-record] organisations[2] (o-cheese): country: 'XX' is not valid (expected an ISO"
                        + " 3166-1 alpha-2 code such as CZ or CA)",
                "[adpack/invalid-record] organisations[3] (o-big): country: 'XX' is not valid (expected an ISO"
                        + " 3166-1 alpha-2 code such as CZ or CA)",
                "[adpack/invalid-record] activities.events[0].participants[1] (p-cheese): country: 'XX' is not valid"
                        + " (expected an ISO 3166-1 alpha-2 code such as CZ or CA)",
                "[adpack/invalid-record] activities.events[0].requests[0] (meeting request r1): priority: '0' is not"
                        + " valid (expected 1 to 10)");
        Partnership p = r.value();
        assertThat(p.clusters()).hasSize(1);
        assertThat(p.organisations()).extracting(o -> o.id()).containsExactly("o-label", "o-films", "x-ca");
        assertThat(p.validate()).extracting(Problem::id).contains(Problem.DANGLING_REFERENCE);
    }

    @Test
    void anIllegalLifecycleInAFileIsOneRejectedAgreement() {
        String bad = GOOD.replaceFirst("\"status\" : \"NEGOTIATING\"", "\"status\" : \"COMPLETED\"");
        ReadReport<Partnership> r = JSON.readKeepingGood(bad, Partnership.class);
        assertThat(r.rejected()).singleElement().hasToString("[adpack/invalid-record] agreements[0] (agreement ag1):"
                + " history: 'PROPOSED -> COMPLETED' is not a step of the lifecycle (expected NEGOTIATING or"
                + " CANCELLED)");
        assertThat(r.value().agreements()).hasSize(4);
    }

    @Test
    void failuresOutsideAnyArrayAndMalformedJsonStillThrow() {
        assertThatThrownBy(() -> JSON.readKeepingGood(GOOD.replace("\"coordinator\" : \"c-pack\",", ""),
                Partnership.class)).isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("partnership small: coordinator: 'null' is missing");
        assertThatThrownBy(() -> JSON.readKeepingGood("{\"id\": ", Partnership.class))
                .isInstanceOf(InvalidJsonException.class).hasMessageStartingWith("line 1");
        assertThatThrownBy(() -> JSON.readKeepingGood("", Partnership.class))
                .isInstanceOf(InvalidJsonException.class);
        assertThatThrownBy(() -> JSON.readKeepingGood("null", Partnership.class))
                .isInstanceOf(InvalidJsonException.class);
    }
}
