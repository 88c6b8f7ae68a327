/**
 * The agreement pipeline: expressions of interest, meetings and agreements (over the core agreement lifecycle) as
 * leads with dated steps, so that a cluster sees where each lead stands, what converted and what has stalled;
 * recorded step by step and queried by SME, cluster, country, type, stage and status.
 */
package eu.adpack.matching.pipeline;
