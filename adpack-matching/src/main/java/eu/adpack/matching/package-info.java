/**
 * Partner matching: the public entry of AdPack's matcher. A {@link eu.adpack.matching.Matcher} made by
 * {@link eu.adpack.matching.Matchers} holds {@link eu.adpack.matching.MatchSubject}s (registry profiles and SMEs) and
 * proposes for each the partners most worth meeting, scored in both directions under a
 * {@link eu.adpack.matching.MatchPolicy}, each {@link eu.adpack.matching.Match} with the
 * {@link eu.adpack.matching.Evidence} of every feature and a readable {@link eu.adpack.matching.Explanation}.
 */
package eu.adpack.matching;
