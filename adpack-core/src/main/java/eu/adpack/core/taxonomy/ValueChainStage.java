package eu.adpack.core.taxonomy;

/**
 * A stage of the smart-packaging value chain, in the order goods flow, plus the cross-cutting enablers that serve
 * every stage. Immutable and thread-safe.
 */
public enum ValueChainStage {
    /** Raw and advanced materials: polymers, biopolymers, nanomaterials, inks, coatings. */
    MATERIALS,
    /** Components: films, labels, sensors, tags, indicators, electronics. */
    COMPONENTS,
    /** Converting: printing, laminating, forming, surface treatment, packaging machinery. */
    CONVERTING,
    /** Filling and brand owners: food processors and packers who put products into packs. */
    FILLING_AND_BRAND_OWNERS,
    /** Logistics and retail: transport, cold chain, warehouses, shops. */
    LOGISTICS_AND_RETAIL,
    /** End of life: collection, sorting, recycling, composting. */
    END_OF_LIFE,
    /** Cross-cutting enablers: software, telecommunications, testing, research. */
    ENABLERS
}
