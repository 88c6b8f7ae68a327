/**
 * The directory of business and research intermediaries in the target countries and its search: which chambers,
 * associations, research bodies, accelerators and EEN contact points can help an SME with what it needs for a
 * market, ranked and explained by AdPack's matcher ({@link eu.adpack.matching.intermediary.IntermediaryDirectory}).
 */
package eu.adpack.matching.intermediary;
