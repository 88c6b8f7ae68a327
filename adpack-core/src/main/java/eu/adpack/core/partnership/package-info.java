/**
 * The partnership: the alliance of clusters running a programme, its member clusters, sectors and target countries.
 */
package eu.adpack.core.partnership;
