/**
 * The AdPack² end-to-end demo behind {@code adpack demo}: {@link eu.adpack.examples.demo.DemoData} generates the
 * partnership and its registry from a seed, and {@link eu.adpack.examples.demo.Demo} runs a list of named
 * {@link eu.adpack.examples.demo.DemoStep}s that write their outputs into one folder and link them from its {@code
 * index.html}, rendered with Mustache.
 */
package eu.adpack.examples.demo;
