package eu.adpack.core.programme;

import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.taxonomy.Sector;
import java.net.URI;
import java.util.List;

/**
 * A business or research intermediary in a target country (a chamber, a trade association, a research body, an
 * accelerator …) with which the partnership cooperates; the cooperation itself is an
 * {@link eu.adpack.core.agreement.Agreement} of type {@code INTERMEDIARY_COOPERATION}. Immutable and thread-safe.
 *
 * @param id the intermediary's id, unique within the partnership
 * @param name its name
 * @param country its country
 * @param city its city, or {@code null}
 * @param kind its kind
 * @param sectors the partnership sectors it serves
 * @param website its web site, or {@code null}
 * @param contacts whom to contact there (personal data)
 */
public record Intermediary(
        String id,
        String name,
        Country country,
        String city,
        IntermediaryKind kind,
        List<Sector> sectors,
        URI website,
        @PersonalData List<ContactPerson> contacts) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid
     */
    public Intermediary {
        String r = Check.name("intermediary", id);
        Check.id(r, "id", id);
        name = Check.text(r, "name", name, 300);
        Check.required(r, "country", country);
        city = Check.optionalText(r, "city", city, 200);
        Check.required(r, "kind", kind);
        sectors = Check.distinct(r, "sectors", sectors);
        contacts = Check.list(r, "contacts", contacts);
    }

    /**
     * Returns an intermediary without sectors, web site or contacts.
     *
     * @param id the id
     * @param name the name
     * @param country the country
     * @param kind the kind
     * @return the intermediary
     */
    public static Intermediary of(String id, String name, Country country, IntermediaryKind kind) {
        return new Intermediary(id, name, country, null, kind, List.of(), null, List.of());
    }
}
