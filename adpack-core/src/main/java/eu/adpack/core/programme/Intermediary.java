package eu.adpack.core.programme;

import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.geo.Language;
import java.net.URI;
import java.util.List;
import java.util.SortedSet;

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
 * @param services what it offers SMEs; empty when not known
 * @param languages the languages it works in; empty when not known
 */
public record Intermediary(
        String id,
        String name,
        Country country,
        String city,
        IntermediaryKind kind,
        List<Sector> sectors,
        URI website,
        @PersonalData List<ContactPerson> contacts,
        SortedSet<IntermediaryService> services,
        SortedSet<Language> languages) {
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
        services = Check.sortedSet(r, "services", services);
        languages = Check.sortedSet(r, "languages", languages);
    }

    /**
     * Returns an intermediary whose services and languages are not known (the form before the directory).
     *
     * @param id the id
     * @param name the name
     * @param country the country
     * @param city the city, or {@code null}
     * @param kind the kind
     * @param sectors the sectors it serves
     * @param website its web site, or {@code null}
     * @param contacts whom to contact there
     */
    public Intermediary(String id, String name, Country country, String city, IntermediaryKind kind,
            List<Sector> sectors, URI website, List<ContactPerson> contacts) {
        this(id, name, country, city, kind, sectors, website, contacts, null, null);
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
        return new Intermediary(id, name, country, null, kind, List.of(), null, List.of(), null, null);
    }
}
