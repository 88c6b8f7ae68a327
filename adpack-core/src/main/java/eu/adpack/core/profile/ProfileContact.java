package eu.adpack.core.profile;

import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;

/**
 * The intermediary organisation that published a profile on its client's behalf, e.g. an EEN member (profiles are
 * anonymous, so this is the contact, never the SME itself). No personal data. Immutable and thread-safe.
 *
 * @param organisation the intermediary's name
 * @param country the intermediary's country, or {@code null}
 * @param partnerId the intermediary's id in the registry, e.g. {@code CN00838}, or {@code null}
 */
public record ProfileContact(String organisation, Country country, String partnerId) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if the organisation is blank
     */
    public ProfileContact {
        organisation = Check.text("profile contact", "organisation", organisation, 500);
        partnerId = Check.optionalText("profile contact " + organisation, "partnerId", partnerId, 64);
    }

    /**
     * Returns a contact.
     *
     * @param organisation the intermediary's name
     * @param country its country or {@code null}
     * @param partnerId its registry id or {@code null}
     * @return the contact
     */
    public static ProfileContact of(String organisation, Country country, String partnerId) {
        return new ProfileContact(organisation, country, partnerId);
    }
}
