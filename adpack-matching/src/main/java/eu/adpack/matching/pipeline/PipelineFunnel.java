package eu.adpack.matching.pipeline;

/**
 * The funnel of a pipeline: how many leads reached each stage and how many converted. Immutable and thread-safe.
 *
 * @param leads every lead
 * @param interest leads with an expression of interest
 * @param meetings leads with a meeting
 * @param agreements leads with an agreement, whatever its status
 * @param concluded leads whose agreement was signed (signed, active or completed)
 * @param meetingToAgreement among leads with a meeting, the share that also has an agreement (0 when none met)
 * @param stalled leads that stalled, for the pipeline's reference day and number of days
 */
public record PipelineFunnel(int leads, int interest, int meetings, int agreements, int concluded,
        double meetingToAgreement, int stalled) {
}
