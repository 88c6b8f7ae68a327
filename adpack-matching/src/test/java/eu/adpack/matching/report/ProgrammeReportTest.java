package eu.adpack.matching.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.geo.Country;
import eu.adpack.core.indicator.Indicators;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.OperationsFixture;
import eu.adpack.matching.pipeline.PipelineFunnel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The programme report of the fixture partnership against figures counted by hand, and its page. */
class ProgrammeReportTest {
    private final ProgrammeReport report = ProgrammeReport.of(OperationsFixture.partnership(),
            LocalDate.of(2019, 12, 1), 90);

    @Test
    void theNumbersAreThoseCountedByHand() {
        Indicators in = report.indicators();
        // a2 completed tm1; w1 had a1 and b1; m1 took a1 and b1 to Toronto; mt1 held, mt2 cancelled.
        assertThat(in.smesTrained()).isEqualTo(1);
        assertThat(in.webinars()).isEqualTo(1);
        assertThat(in.webinarAttendees()).isEqualTo(2);
        assertThat(in.businessMissions()).isEqualTo(1);
        assertThat(in.factFindingMissions()).isZero();
        assertThat(in.delegationPlaces()).isEqualTo(2);
        assertThat(in.meetingsHeld()).isEqualTo(1);
        assertThat(in.agreementsByType()).isEqualTo(Map.of(AgreementType.SME_COOPERATION, 1,
                AgreementType.INTERMEDIARY_COOPERATION, 1, AgreementType.BUSINESS_PARTNERSHIP, 1));
        assertThat(in.agreementsByStatus()).isEqualTo(Map.of(AgreementStatus.PROPOSED, 1, AgreementStatus.SIGNED, 1,
                AgreementStatus.ACTIVE, 1));
        // ag1: a1 (DE), s1 (CA); ag2: a1, a2 (DE, once); ag3: cluster c1 (DE), i1 (CA).
        assertThat(in.agreementsByCountry()).isEqualTo(Map.of(Country.parse("DE"), 3, Country.CA, 2));
        assertThat(in.countriesReached()).containsExactly(Country.CA);
        assertThat(in.crossSectorShare()).isEqualTo(1.0);
        // Member SMEs a1, a2, a3, b1: for CA a1 prepared, a2 prepared (trained), a3 not started, b1 ready.
        assertThat(report.readiness()).containsExactly(new ReadinessByMarket("CA", 1, 0, 2, 1),
                new ReadinessByMarket("US", 4, 0, 0, 0));
        assertThat(report.funnel()).isEqualTo(new PipelineFunnel(5, 3, 1, 3, 2, 1.0, 3));
        assertThat(report.stalledLeads()).containsExactly("a1~b1", "ag2", "b1~s1");
        assertThat(report.missions()).singleElement()
                .satisfies(m -> assertThat(m.delegation()).containsExactly("a1", "b1"));
        // tm1 2018-10-01, w1 2018-11-05, ag3 signed 2019-06-01, m1 2019-06-10, e1 2019-06-11, ag1 2019-09-01.
        assertThat(report.timeline()).extracting(TimelineEntry::id)
                .containsExactly("tm1", "w1", "ag3", "m1", "e1", "ag1");
    }

    @Test
    void theJsonFormRoundTrips() {
        AdpackJson json = AdpackJson.standard();
        assertThat(json.read(json.write(report), ProgrammeReport.class)).isEqualTo(report);
    }

    @Test
    void thePageIsSelfContainedAndItsBarsAreScaledToTheNumbers() {
        String html = ReportPage.html(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Operations test partnership")
                .doesNotContain("{{").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=\"http");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        // Agreements per country, by code: CA 2 is two thirds of the longest bar, DE 3 (the full 310 px).
        List<String> widths = widthsAfter(html, "Agreements per country of a party");
        assertThat(widths).containsExactly("206.7", "310.0");
        assertThat(html).contains(">CA Canada<", ">DE Germany<", "leads: 5 (100%)", "signed: 2 (40%)");
        assertThat(html).contains("a1~b1", "No change for 90 days");
    }

    /** The bar widths of the first chart after a caption, in order. */
    private static List<String> widthsAfter(String html, String caption) {
        int from = html.indexOf(caption);
        int to = html.indexOf("</svg>", from);
        Matcher m = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"").matcher(html.substring(from, to));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
