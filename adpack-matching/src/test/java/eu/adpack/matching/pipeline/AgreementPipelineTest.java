package eu.adpack.matching.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.AdpackException;
import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.matching.OperationsFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pipeline of the fixture partnership, whose leads are checked by hand. */
class AgreementPipelineTest {
    private static final LocalDate AS_OF = LocalDate.of(2019, 12, 1);
    private final AgreementPipeline pipeline = AgreementPipeline.of(OperationsFixture.partnership());

    @Test
    void theRecordedRequestsMeetingsAndAgreementsBecomeFiveLeads() {
        // Requests r1 a1-s1, r2 b1-s1, r3 a1-b1; meeting mt1 a1-s1 held (mt2 cancelled); agreement ag1 joins the
        // a1-s1 lead, ag2 (a1, a2) and ag3 (c1, i1) start their own.
        assertThat(pipeline.leads()).extracting(Lead::id)
                .containsExactlyInAnyOrder("ag1", "b1~s1", "a1~b1", "ag2", "ag3");
        Lead ag1 = pipeline.query(LeadQuery.builder().sme("a1").status(AgreementStatus.SIGNED).build()).get(0);
        assertThat(ag1.id()).isEqualTo("ag1");
        assertThat(ag1.steps()).extracting(PipelineStep::stage).containsExactly(PipelineStage.INTEREST,
                PipelineStage.MEETING, PipelineStage.AGREEMENT, PipelineStage.AGREEMENT, PipelineStage.AGREEMENT);
        assertThat(ag1.country()).isEqualTo("CA");
        assertThat(ag1.lastChange()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(pipeline.query(LeadQuery.builder().country("ca").build())).extracting(Lead::id)
                .containsExactly("ag1", "ag3", "b1~s1");
        assertThat(pipeline.query(LeadQuery.builder().cluster("c1").build())).extracting(Lead::id)
                .containsExactly("a1~b1", "ag1", "ag2");
        assertThat(pipeline.query(LeadQuery.builder().type(AgreementType.SME_COOPERATION).build()))
                .extracting(Lead::id).containsExactly("a1~b1", "ag2");
        assertThat(pipeline.query(LeadQuery.builder().stage(PipelineStage.INTEREST).build())).extracting(Lead::id)
                .containsExactly("a1~b1", "b1~s1");
    }

    @Test
    void theFunnelAndTheStalledLeadsAreAsCheckedByHand() {
        PipelineFunnel f = pipeline.funnel(LeadQuery.ALL, AS_OF, 90);
        // 5 leads; interest ag1, b1~s1, a1~b1; meeting ag1; agreements ag1, ag2, ag3; signed ag1, active ag3;
        // the only lead with a meeting has an agreement; open and unchanged for 90 days: a1~b1, b1~s1 (June)
        // and ag2 (proposed in March).
        assertThat(f).isEqualTo(new PipelineFunnel(5, 3, 1, 3, 2, 1.0, 3));
        assertThat(pipeline.stalled(AS_OF, 90)).extracting(Lead::id).containsExactly("a1~b1", "ag2", "b1~s1");
        assertThat(pipeline.stalled(LocalDate.of(2019, 7, 1), 90)).extracting(Lead::id).containsExactly("ag2");
    }

    @Test
    void recordingStepsMovesLeadsOnAndUnknownPartiesAreRefused() {
        Agreement ag2 = OperationsFixture.partnership().agreements().get(1)
                .transition(AgreementStatus.NEGOTIATING, LocalDate.of(2019, 11, 20));
        AgreementPipeline next = pipeline.withMeeting("a1", "b1", LocalDate.of(2019, 11, 2), "visit-1")
                .withAgreement(ag2).withInterest("a3", "i1", LocalDate.of(2019, 11, 25), "mail-7");
        assertThat(next.stalled(AS_OF, 90)).extracting(Lead::id).containsExactly("b1~s1");
        assertThat(next.query(LeadQuery.builder().sme("a3").build())).singleElement()
                .satisfies(l -> assertThat(l.type()).isEqualTo(AgreementType.INTERMEDIARY_COOPERATION));
        assertThat(next.query(LeadQuery.builder().status(AgreementStatus.NEGOTIATING).build()))
                .extracting(Lead::id).containsExactly("ag2");
        assertThat(pipeline.leads()).hasSize(5);
        assertThatThrownBy(() -> pipeline.withInterest("zz", "a1", AS_OF, "x")).isInstanceOf(AdpackException.class)
                .hasMessageContaining("sme: 'zz' is not an organisation");
    }

    @Test
    void theViewRoundTrips() {
        PipelineView view = pipeline.view(LeadQuery.ALL, AS_OF, 90);
        AdpackJson json = AdpackJson.standard();
        assertThat(json.read(json.write(view), PipelineView.class)).isEqualTo(view);
    }
}
