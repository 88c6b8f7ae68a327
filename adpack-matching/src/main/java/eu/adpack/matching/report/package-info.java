/**
 * The programme report: the partnership's indicators, readiness, missions, meetings, agreements and pipeline as one
 * JSON document ({@link eu.adpack.matching.report.ProgrammeReport}) and as one self-contained HTML page with inline
 * SVG charts ({@link eu.adpack.matching.report.ReportPage}), generated with a Mustache template.
 */
package eu.adpack.matching.report;
