/**
 * The roots of AdPack's core: the unchecked exception hierarchy shared by every module ({@link
 * eu.adpack.core.AdpackException} and the failures named below it), the {@link eu.adpack.core.Problem} that
 * validation reports, and the {@link eu.adpack.core.PersonalData} marker. The domain model lives in the feature
 * packages below ({@code partnership}, {@code organisation}, {@code profile}, {@code programme}, {@code event},
 * {@code agreement}, {@code indicator}, …).
 */
package eu.adpack.core;
