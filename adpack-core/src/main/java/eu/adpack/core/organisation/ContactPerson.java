package eu.adpack.core.organisation;

import eu.adpack.core.PersonalData;
import eu.adpack.core.internal.Check;

/**
 * A person to contact at an organisation: personal data.
 *
 * <p>{@code toString} never shows the name, phone or e-mail, and AdPack's JSON export without personal data leaves
 * out every field that holds a contact person. Immutable and thread-safe.
 *
 * @param name the person's full name
 * @param role the person's role, e.g. {@code Export manager}, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, or {@code null}
 */
public record ContactPerson(
        @PersonalData String name, String role, @PersonalData String email, @PersonalData String phone) {
    private static final String RECORD = "contact person";

    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if the name is blank, or the e-mail has no {@code @}
     */
    public ContactPerson {
        name = Check.text(RECORD, "name", name, 200);
        role = Check.optionalText(RECORD, "role", role, 200);
        email = Check.optionalText(RECORD, "email", email, 320);
        phone = Check.optionalText(RECORD, "phone", phone, 64);
        if (email != null && (email.indexOf('@') <= 0 || email.indexOf('@') == email.length() - 1)) {
            throw new eu.adpack.core.InvalidRecordException(RECORD, "email", "(withheld)", "an e-mail address");
        }
    }

    /**
     * Returns a contact person with a name only.
     *
     * @param name the full name
     * @return the contact person
     */
    public static ContactPerson named(String name) {
        return new ContactPerson(name, null, null, null);
    }

    /** Returns a text that shows the role but no personal data. */
    @Override
    public String toString() {
        return "ContactPerson[personal data withheld" + (role == null ? "" : ", role=" + role) + "]";
    }
}
