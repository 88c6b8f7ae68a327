/**
 * The Enterprise Europe Network Partnering Opportunities adapter: {@link eu.adpack.adapters.een.EenSource} and its
 * {@link eu.adpack.adapters.een.EenConfig} read the current JSON API (paged, incremental by last modification) and the
 * legacy POD XML, streaming, and map both onto {@code PartnerProfile}s with a rejection report.
 */
package eu.adpack.adapters.een;
