/**
 * Readiness to go international: a questionnaire model that is data ({@link eu.adpack.core.readiness.Questionnaire},
 * validated on load by {@link eu.adpack.core.readiness.Questionnaires}, with a default for smart-packaging SMEs
 * entering Canada, China and the USA), the scoring of an organisation's assessments per dimension and overall with
 * its level and the gaps that block a market ({@link eu.adpack.core.readiness.ReadinessScoring}), training plans
 * that close those gaps from the partnership's catalogue ({@link eu.adpack.core.readiness.TrainingPlanner}), and
 * the history of an organisation's readiness over time ({@link eu.adpack.core.readiness.ReadinessReports}), and
 * the checks of a partnership's readiness data ({@link eu.adpack.core.readiness.ReadinessChecks}).
 *
 * <p>{@link eu.adpack.core.readiness.ReadinessReports#readiness(eu.adpack.core.partnership.Partnership, String,
 * eu.adpack.core.geo.Country)} is the one call other parts of a programme (mission delegations, say) need: a score
 * in [0, 1] and a level for an organisation and a market.
 */
package eu.adpack.core.readiness;
