/** Checks of the build itself: what the shaded command-line jar may hold. */
package eu.adpack.examples.build;
