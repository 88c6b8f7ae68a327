/**
 * A test kit for adapter authors: {@link eu.adpack.adapters.testkit.FaultyRegistryServer}, a loopback HTTP server
 * that serves scripted answers and injects the failures of real registries (429 with {@code Retry-After}, 500, 503,
 * slow answers, dropped connections, truncated bodies, malformed payloads) by a seeded plan, and {@link
 * eu.adpack.adapters.testkit.ProfileSourceContract}, the JUnit 5 tests every {@code ProfileSource} must pass.
 */
package eu.adpack.adapters.testkit;
