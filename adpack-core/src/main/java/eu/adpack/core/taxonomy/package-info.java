/**
 * Taxonomies: hierarchical keyword systems whose terms are identified by (taxonomy, code), with the bundled EEN
 * technology and market keywords, NACE Rev. 2 and AdPack's own smart-packaging competence taxonomy.
 *
 * <p>Start from {@link eu.adpack.core.taxonomy.Taxonomies#bundled()}: it loads the four bundled taxonomies once and
 * finds terms by {@link eu.adpack.core.taxonomy.TermId} or parses keywords written as {@code taxonomy:code} or as a
 * label. A {@link eu.adpack.core.taxonomy.Taxonomy} looks terms up by code (exact string: {@code 011007} is not
 * {@code 11007}) and by label (ignoring case; labels may repeat), and walks parents, children, ancestors and lowest
 * common ancestors.
 *
 * <p><b>AdPack's CSV form</b>, used by the bundled {@code adpack-competences.csv} and by
 * {@link eu.adpack.core.taxonomy.Taxonomies#loadCsv} for a user's own taxonomy, is RFC 4180 CSV in UTF-8 with a
 * header row naming the columns, in any order: {@code code} (required, unique, kept as written), {@code label}
 * (required), {@code parent} (the parent's code, empty for a root; levels follow from it), {@code selectable}
 * ({@code yes} by default, {@code no} for a heading), {@code stages} (value-chain stages separated by {@code ;},
 * e.g. {@code materials;components}, named as {@link eu.adpack.core.taxonomy.ValueChainStage} in lower case),
 * {@code sectors} (sector codes separated by {@code ;}, e.g. {@code packaging;plasma}), {@code een_technology},
 * {@code een_market} and {@code nace} (codes of those taxonomies separated by {@code ;}, which must exist when the
 * taxonomy joins a {@link eu.adpack.core.taxonomy.Taxonomies} set) and {@code description}. The AdPack taxonomy
 * has 16 groups coded {@code AP.01} to {@code AP.16}, each with five to eight competences coded {@code AP.nn.mm};
 * codes are stable and never reused.
 */
package eu.adpack.core.taxonomy;
