/**
 * File imports for cluster managers: member lists as CSV (the template in the module's {@code template} folder, filled
 * in a spreadsheet) or JSON, read by {@link eu.adpack.adapters.files.MemberListReader} into
 * {@link eu.adpack.adapters.files.Member}s, and cluster directories exported from the European Cluster Collaboration
 * Platform, read by {@link eu.adpack.adapters.files.ClusterDirectoryReader} into
 * {@link eu.adpack.adapters.files.ClusterDirectoryEntry}s; each import returns the good records, a rejection report
 * naming line, column and reason for every bad one, and figures, and throws
 * {@link eu.adpack.adapters.files.UnreadableFileException} only when a file is unusable as a whole.
 */
package eu.adpack.adapters.files;
