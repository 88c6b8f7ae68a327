/**
 * Re-ranking of match lists after the exact top-k: diversity across countries and sectors (maximal marginal
 * relevance) and exposure caps that keep one popular partner from topping every list.
 */
package eu.adpack.matching.rank;
