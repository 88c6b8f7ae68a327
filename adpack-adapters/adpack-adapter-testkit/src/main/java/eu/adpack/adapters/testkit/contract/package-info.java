/**
 * The contract tests of a {@code ProfileSource}: {@link eu.adpack.adapters.testkit.contract.ProfileSourceContract},
 * abstract JUnit 5 tests that an adapter's own test class extends, run against the fault-injecting loopback registry
 * of {@code adpack-adapter-testserver}. JUnit and AssertJ come from the user's test scope; this artifact belongs in
 * test scope only.
 */
package eu.adpack.adapters.testkit.contract;
