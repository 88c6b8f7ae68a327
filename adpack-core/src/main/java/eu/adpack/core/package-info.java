/**
 * The roots of AdPack's core: the unchecked exception hierarchy shared by every module. The domain model lives in the
 * feature packages below ({@code partnership}, {@code organisation}, {@code taxonomy}, {@code profile}, …).
 */
package eu.adpack.core;
