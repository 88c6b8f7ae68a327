/**
 * The source SPI: what an adapter for a partner registry or a file implements ({@link
 * eu.adpack.core.source.ProfileSource}), how its records arrive (lazily, page by page, behind a resumable {@link
 * eu.adpack.core.source.Cursor}), how records it could not map are reported ({@link
 * eu.adpack.core.source.Rejection}) and how installed sources are found ({@link eu.adpack.core.source.ProfileSources}).
 */
package eu.adpack.core.source;
