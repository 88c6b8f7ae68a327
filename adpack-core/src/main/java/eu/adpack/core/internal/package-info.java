/**
 * Code that the core's public types share but that is not API: checks used by the records' compact constructors. It
 * may change in any release; do not call it.
 */
package eu.adpack.core.internal;
