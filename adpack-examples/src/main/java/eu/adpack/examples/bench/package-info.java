/**
 * Benchmark commands of the {@code adpack} command line ({@code adpack bench …}) and the peer models they compare
 * against, such as a Timefold Solver model of B2B meeting scheduling; benchmark-only code, not library API.
 */
package eu.adpack.examples.bench;
