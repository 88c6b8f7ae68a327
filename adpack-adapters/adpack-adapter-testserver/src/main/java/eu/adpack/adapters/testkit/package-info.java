/**
 * A fault-injecting loopback registry: {@link eu.adpack.adapters.testkit.FaultyRegistryServer}, a JDK HTTP server
 * on {@code 127.0.0.1} that serves scripted answers and injects the failures of real registries (429 with {@code
 * Retry-After}, 500, 503, slow answers, dropped connections, truncated bodies, malformed payloads) by a seeded plan.
 * It needs no test library, so demos and benchmarks can use it; the JUnit contract tests built on it are in {@code
 * adpack-adapter-testkit} ({@code eu.adpack.adapters.testkit.contract}).
 */
package eu.adpack.adapters.testkit;
