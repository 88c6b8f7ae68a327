/**
 * The consortium builder for joint collaborative projects (activity 6): from a project's weighted competences and
 * rules, the top-k alternative consortia of partnership SMEs and registry profiles, each saying which partner covers
 * which competence and why it was chosen over the runner-up; greedy weighted max-coverage with cohesion from
 * two-sided match scores, and an exact search for small pools.
 */
package eu.adpack.matching.consortium;
