/**
 * Implementation helpers shared by AdPack's own modules, such as the record reader over Jackson's CSV data format
 * behind the taxonomy loaders and the file adapter; not API: the types are public only so that other AdPack modules
 * can reach them, and they may change without notice between releases.
 */
package eu.adpack.core.internal.csv;
