/**
 * AdPack's JSON form of the domain model, read and written by {@link eu.adpack.core.json.AdpackJson} (Jackson 3).
 *
 * <p>Each record is an object whose properties are the record's components, in declaration order. Dates are ISO
 * {@code yyyy-MM-dd}, clock times {@code HH:mm}, time zones their IANA ids ({@code America/Toronto}); enum values
 * are their constant names ({@code SIGNED}); countries ({@code CA}), languages ({@code en}), NUTS regions
 * ({@code CZ010}) and sectors ({@code packaging}) are their codes, a sector outside the eight of AdPack² being written
 * {@code {"code":"cosmetics","label":"Cosmetics"}}; a term is {@code "taxonomy:code"} ({@code "nace:C.22.2.2"}). A
 * missing value is left out; a missing collection reads as empty; unknown properties are ignored, and no class names
 * are read or written. An organisation, for example:
 *
 * <pre>{@code
 * {
 *   "id" : "plasmatreat-cz",
 *   "legalName" : "Plasma Surface s.r.o.",
 *   "country" : "CZ",
 *   "sizeFigures" : { "staffHeadcount" : 12, "turnoverEur" : 1800000, "balanceSheetEur" : 900000 },
 *   "sizeClass" : "SMALL",
 *   "naceCodes" : [ "nace:C.25.6.1" ],
 *   "competences" : [ "adpack:plasma-surface-treatment" ],
 *   "sectors" : [ "plasma", "packaging" ],
 *   "targetMarkets" : [ "CA", "US" ],
 *   "readiness" : [ { "market" : "CA", "level" : "PREPARED" } ]
 * }
 * }</pre>
 *
 * <p>Components marked {@link eu.adpack.core.PersonalData} (contact persons) are left out entirely by
 * {@link eu.adpack.core.json.AdpackJson#withoutPersonalData()}; such a file reads back as the same state without
 * them.
 */
package eu.adpack.core.json;
