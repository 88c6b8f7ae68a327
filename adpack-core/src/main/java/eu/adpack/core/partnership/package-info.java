/**
 * The partnership: the alliance of clusters running a programme, its clusters and their member organisations,
 * sectors and target countries, and the validation of its whole state, which reports every problem at once.
 */
package eu.adpack.core.partnership;
