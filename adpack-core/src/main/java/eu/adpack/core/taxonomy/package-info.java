/**
 * Taxonomies: hierarchical keyword systems whose terms are identified by (taxonomy, code), the bundled EEN technology
 * and market keywords, NACE Rev. 2, and AdPack's own smart-packaging competence taxonomy with its value-chain stages.
 */
package eu.adpack.core.taxonomy;
