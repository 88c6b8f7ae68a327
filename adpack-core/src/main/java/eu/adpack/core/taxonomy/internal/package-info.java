/**
 * Implementation helpers of the taxonomy package that other AdPack modules may reuse, such as the RFC 4180 CSV
 * reader; not API, so they may change without notice between releases.
 */
package eu.adpack.core.taxonomy.internal;
