package eu.adpack.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.Precedence;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.SessionCap;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.ClusterRole;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.AgendaItem;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.MissionKind;
import eu.adpack.core.programme.ParticipationStatus;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.time.LocalTime;
import java.time.ZoneId;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.MarketReadiness;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.organisation.SizeFigures;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.profile.IprStatus;
import eu.adpack.core.profile.OrganisationFacts;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.PartnerType;
import eu.adpack.core.profile.PartnershipType;
import eu.adpack.core.profile.ProfileContact;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.profile.RdrCall;
import eu.adpack.core.profile.StageOfDevelopment;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the core domain model, shared by the core's property tests. */
public final class DomainGen {
    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());
    private static final List<String> LANGUAGES = List.of(Locale.getISOLanguages());
    private static final List<TaxonomyId> TAXONOMIES = List.of(TaxonomyId.EEN_TECHNOLOGY, TaxonomyId.EEN_MARKET,
            TaxonomyId.NACE, TaxonomyId.ADPACK, TaxonomyId.of("een-sdg"));

    private DomainGen() {}

    /** A value or, one time in four, {@code null}. */
    public static <T> Gen<T> nullable(Gen<T> gen) {
        Gen<Integer> dice = integers().between(0, 3);
        return in -> dice.generate(in) == 0 ? null : gen.generate(in);
    }

    /** A list of 0 to {@code max} values. */
    public static <T> Gen<List<T>> listOf(Gen<T> gen, int max) {
        Gen<Integer> size = integers().between(0, max);
        return in -> {
            int n = size.generate(in);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(gen.generate(in));
            }
            return out;
        };
    }

    /** Non-blank text of at most {@code max} characters, including non-Latin letters. */
    public static Gen<String> text(int max) {
        Gen<String> body = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, Math.max(0, max - 1));
        return body.map(s -> ("T" + s).strip()).map(s -> s.length() > max ? s.substring(0, max) : s)
                .map(s -> s.isBlank() || !s.equals(s.strip()) ? "T" : s);
    }

    /** An id of letters, digits and hyphens. */
    public static Gen<String> id() {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)
                .zip(integers().between(0, 999), (s, n) -> s + "-" + n);
    }

    /** A day between 2000 and 2040. */
    public static Gen<LocalDate> date() {
        return integers().between(0, 40 * 365).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    /** Any ISO country. */
    public static Gen<Country> country() {
        return Generate.pick(COUNTRIES).map(Country::of);
    }

    /** Any ISO language. */
    public static Gen<Language> language() {
        return Generate.pick(LANGUAGES).map(Language::new);
    }

    /** A term of one of five taxonomies, codes with leading zeros and dots included. */
    public static Gen<TermId> term() {
        Gen<TaxonomyId> tax = Generate.pick(TAXONOMIES);
        Gen<String> code = strings().betweenCodePoints('.', '9').ofLengthBetween(1, 10)
                .map(s -> s.replace('/', '0'))
                .zip(booleans().all(), (s, zero) -> zero ? "0" + s : s);
        return tax.zip(code, TermId::of);
    }

    /** One of the eight AdPack² sectors or an invented one, with or without its own label. */
    public static Gen<Sector> sector() {
        Gen<Sector> known = Generate.pick(Sector.adpack2());
        Gen<Sector> invented = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10)
                .zip(booleans().all(), (c, labelled) -> labelled ? new Sector(c, "Sector " + c) : Sector.of(c));
        return known.mix(invented);
    }

    /** A contact person, every part but the name optional. */
    public static Gen<ContactPerson> contactPerson() {
        // Distinctive prefixes, so that tests can tell personal data apart from any other text in a file.
        return in -> new ContactPerson("Person_" + id().generate(in) + " " + text(20).generate(in),
                nullable(text(30)).generate(in), nullable(id().map(s -> "mail_" + s + "@example.org")).generate(in),
                nullable(integers().between(100000, 999999).map(n -> "+420 " + n)).generate(in));
    }

    /** A statement with keywords. */
    public static Gen<Statement> statement() {
        return in -> Statement.of(text(200).generate(in), listOf(term(), 4).generate(in));
    }

    /** An organisation, with figures, a given class or neither. */
    public static Gen<Organisation> organisation() {
        Gen<Integer> sizeMode = integers().between(0, 2);
        return in -> {
            Organisation.Builder b = Organisation.builder(id().generate(in))
                    .legalName(text(60).generate(in))
                    .country(country().generate(in))
                    .nutsRegion(nullable(Generate.pick(List.of("CZ010", "DE3", "FR10", "PL9"))
                            .map(NutsRegion::new)).generate(in));
            switch (sizeMode.generate(in)) {
                case 0:
                    b.sizeFigures(SizeFigures.of(longs().between(0, 400).generate(in),
                            longs().between(0, 80_000_000).generate(in), longs().between(0, 80_000_000).generate(in)));
                    break;
                case 1:
                    b.sizeClass(Generate.enumValues(SizeClass.class).generate(in));
                    break;
                default:
                    break;
            }
            b.naceCodes(listOf(strings().numericBetween(10, 99).map(s -> TermId.of(TaxonomyId.NACE, "C." + s)), 3)
                            .generate(in))
                    .competences(listOf(term(), 4).generate(in))
                    .valueChainStages(listOf(Generate.enumValues(ValueChainStage.class), 3).generate(in))
                    .sectors(listOf(sector(), 3).generate(in))
                    .offers(listOf(statement(), 2).generate(in))
                    .seeks(listOf(statement(), 2).generate(in))
                    .targetMarkets(listOf(country(), 3).generate(in))
                    .languages(listOf(language(), 3).generate(in))
                    .certifications(listOf(text(20), 2).generate(in))
                    .website(nullable(id().map(s -> URI.create("https://" + s + ".example.org/"))).generate(in))
                    .contacts(listOf(contactPerson(), 2).generate(in));
            for (Country c : listOf(country(), 3).generate(in)) {
                if (b.build().readinessFor(c).isEmpty()) {
                    b.readiness(List.of(MarketReadiness.of(c, Generate.enumValues(ReadinessLevel.class)
                            .generate(in))));
                }
            }
            return b.build();
        };
    }

    /** A partner profile of any type; limited ones may lack a title. */
    public static Gen<PartnerProfile> profile() {
        return in -> {
            ProfileType type = Generate.enumValues(ProfileType.class).generate(in);
            boolean limited = booleans().all().generate(in);
            String ref = type.name() + country().generate(in).code() + "2016072" + integers().between(1000, 9999)
                    .generate(in);
            PartnerProfile.Builder b = PartnerProfile.builder(ref, type)
                    .status(nullable(Generate.enumValues(ProfileStatus.class)).generate(in))
                    .created(nullable(date()).generate(in))
                    .modified(nullable(date()).generate(in))
                    .published(nullable(date()).generate(in))
                    .deadline(nullable(date()).generate(in))
                    .expiry(nullable(date()).generate(in))
                    .title(limited ? nullable(text(256)).generate(in) : text(256).generate(in))
                    .summary(nullable(text(500)).generate(in))
                    .description(nullable(text(4000)).generate(in))
                    .advantages(nullable(text(300)).generate(in))
                    .expertiseSought(nullable(text(300)).generate(in))
                    .partnerRole(nullable(text(100)).generate(in))
                    .stageOfDevelopment(nullable(Generate.enumValues(StageOfDevelopment.class)).generate(in))
                    .stageComment(nullable(text(100)).generate(in))
                    .iprStatus(nullable(Generate.enumValues(IprStatus.class)).generate(in))
                    .iprComment(nullable(text(100)).generate(in))
                    .keywords(listOf(term(), 8).generate(in))
                    .partnershipTypes(listOf(Generate.enumValues(PartnershipType.class), 3).generate(in))
                    .legacyPartnershipTypes(listOf(text(40), 2).generate(in))
                    .partnerTypesSought(listOf(Generate.enumValues(PartnerType.class), 3).generate(in))
                    .originCountry(nullable(country()).generate(in))
                    .targetedCountries(listOf(country(), 4).generate(in))
                    .sectorGroups(listOf(text(30), 2).generate(in))
                    .openForEoi(booleans().all().generate(in))
                    .publicUrl(nullable(id().map(s -> URI.create("https://een.ec.europa.eu/partnering-opportunities/"
                            + s))).generate(in))
                    .organisation(nullable(organisationFacts()).generate(in))
                    .source(nullable(Generate.pick(List.of("een", "een-legacy", "file"))).generate(in))
                    .sourceId(nullable(id()).generate(in))
                    .contact(nullable(profileContact()).generate(in))
                    .adviser(nullable(contactPerson()).generate(in))
                    .limited(limited);
            if (type == ProfileType.RDR) {
                b.rdrCall(nullable(rdrCall()).generate(in));
            }
            return b.build();
        };
    }

    static Gen<OrganisationFacts> organisationFacts() {
        return in -> new OrganisationFacts(nullable(text(20)).generate(in),
                nullable(integers().between(1900, 2030)).generate(in), nullable(text(20)).generate(in),
                nullable(text(200)).generate(in), listOf(text(20), 2).generate(in),
                new java.util.TreeSet<>(listOf(language(), 3).generate(in)));
    }

    static Gen<ProfileContact> profileContact() {
        return in -> ProfileContact.of(text(80).generate(in), nullable(country()).generate(in),
                nullable(Generate.pick(List.of("CN00838", "CZ00012", "UK00231"))).generate(in));
    }

    static Gen<RdrCall> rdrCall() {
        return in -> new RdrCall(nullable(text(30)).generate(in), nullable(text(200)).generate(in),
                nullable(text(10)).generate(in), nullable(booleans().all()).generate(in),
                nullable(date()).generate(in), nullable(date()).generate(in), nullable(text(30)).generate(in),
                nullable(integers().between(1, 300)).generate(in),
                nullable(Generate.constant(URI.create("https://ec.europa.eu/info/funding-tenders/"))).generate(in));
    }

    /** A cluster. */
    public static Gen<Cluster> cluster() {
        return in -> Cluster.builder(id().generate(in)).name(text(60).generate(in)).country(country().generate(in))
                .nutsRegion(nullable(Generate.pick(List.of("CZ053", "ES51", "DE80")).map(NutsRegion::parse))
                        .generate(in))
                .sectors(listOf(sector(), 3).generate(in)).members(listOf(id(), 5).generate(in))
                .role(Generate.enumValues(ClusterRole.class).generate(in))
                .website(nullable(Generate.constant(URI.create("https://cluster.example.org/"))).generate(in))
                .build();
    }

    /** An intermediary. */
    public static Gen<Intermediary> intermediary() {
        return in -> new Intermediary(id().generate(in), text(60).generate(in), country().generate(in),
                nullable(text(30)).generate(in), Generate.enumValues(IntermediaryKind.class).generate(in),
                listOf(sector(), 2).generate(in), null, listOf(contactPerson(), 2).generate(in));
    }

    /** An ambassador. */
    public static Gen<Ambassador> ambassador() {
        return in -> {
            List<Country> markets = new ArrayList<>(listOf(country(), 2).generate(in));
            markets.add(country().generate(in));
            return Ambassador.of(id().generate(in), nullable(text(40)).generate(in), markets,
                            listOf(language(), 3).generate(in), integers().between(0, 20).generate(in))
                    .withDetails(listOf(term(), 3).generate(in), nullable(text(100)).generate(in),
                            nullable(id()).generate(in), nullable(contactPerson()).generate(in))
                    .serving(listOf(id(), 4).generate(in));
        };
    }

    /** A training module. */
    public static Gen<TrainingModule> trainingModule() {
        return in -> {
            LocalDate start = date().generate(in);
            return new TrainingModule(id().generate(in), text(80).generate(in), nullable(text(200)).generate(in),
                    new java.util.TreeSet<>(listOf(country(), 2).generate(in)),
                    Generate.enumValues(ReadinessLevel.class).generate(in), start,
                    start.plusDays(integers().between(0, 5).generate(in)),
                    nullable(integers().between(1, 40)).generate(in), booleans().all().generate(in));
        };
    }

    /** A participation in a training module. */
    public static Gen<TrainingParticipation> participation() {
        return in -> {
            ParticipationStatus st = Generate.enumValues(ParticipationStatus.class).generate(in);
            return new TrainingParticipation(id().generate(in), id().generate(in), st,
                    st == ParticipationStatus.COMPLETED ? date().generate(in) : null);
        };
    }

    /** A webinar. */
    public static Gen<Webinar> webinar() {
        return in -> new Webinar(id().generate(in), text(80).generate(in), date().generate(in),
                new java.util.TreeSet<>(listOf(country(), 2).generate(in)), listOf(id(), 6).generate(in),
                nullable(Generate.constant(URI.create("https://video.example.org/w1"))).generate(in));
    }

    /** A mission with an agenda inside its days. */
    public static Gen<Mission> mission() {
        return in -> {
            LocalDate start = date().generate(in);
            int days = integers().between(0, 6).generate(in);
            List<AgendaItem> agenda = new ArrayList<>();
            for (int i = 0; i <= days; i++) {
                if (booleans().all().generate(in)) {
                    LocalTime t = nullable(integers().between(7, 18).map(h -> LocalTime.of(h, 0))).generate(in);
                    agenda.add(new AgendaItem(start.plusDays(i), t, t == null ? null : t.plusMinutes(90),
                            text(60).generate(in), nullable(text(30)).generate(in), nullable(id()).generate(in)));
                }
            }
            return new Mission(id().generate(in), Generate.enumValues(MissionKind.class).generate(in),
                    text(80).generate(in), country().generate(in), nullable(text(30)).generate(in), start,
                    start.plusDays(days), listOf(id(), 6).generate(in), listOf(id(), 3).generate(in), agenda);
        };
    }

    /** A matchmaking event with sessions, tables, participants, requests, meetings and precedences. */
    public static Gen<MatchmakingEvent> event() {
        return in -> {
            MatchmakingEvent.Builder b = MatchmakingEvent.builder(id().generate(in)).name(text(60).generate(in))
                    .zone(ZoneId.of(Generate.pick(List.of("America/Toronto", "Asia/Shanghai", "America/New_York",
                            "Europe/Prague")).generate(in)))
                    .city(nullable(text(20)).generate(in)).country(nullable(country()).generate(in));
            LocalDate day = date().generate(in);
            int nSessions = integers().between(1, 2).generate(in);
            List<String> slotIds = new ArrayList<>();
            for (int s = 0; s < nSessions; s++) {
                List<TimeSlot> slots = new ArrayList<>();
                LocalTime t = LocalTime.of(s == 0 ? 9 : 14, 0);
                int n = integers().between(1, 6).generate(in);
                for (int i = 0; i < n; i++) {
                    slots.add(TimeSlot.of("s" + s + "t" + i, t, t.plusMinutes(20)));
                    slotIds.add("s" + s + "t" + i);
                    t = t.plusMinutes(integers().between(20, 40).generate(in));
                }
                b.session(Session.of("s" + s, s == 0 ? "Morning" : "Afternoon", day, slots));
            }
            int nTables = integers().between(1, 4).generate(in);
            for (int i = 0; i < nTables; i++) {
                b.table(booleans().all().generate(in) ? MeetingTable.of("t" + i, "Table " + i)
                        : MeetingTable.virtualRoom("t" + i, "Room " + i, URI.create("https://meet.example.org/" + i)));
            }
            int nPart = integers().between(2, 8).generate(in);
            for (int i = 0; i < nPart; i++) {
                Participant p = Participant.of("p" + i, text(40).generate(in), nullable(id()).generate(in),
                                nullable(country()).generate(in))
                        .withForbiddenSlots(listOf(Generate.pick(slotIds), 2).generate(in))
                        .withCaps(booleans().all().generate(in) ? List.of(SessionCap.of("s0", 3)) : List.of(),
                                nullable(integers().between(0, 10)).generate(in))
                        .withDetails(nullable(text(80)).generate(in), nullable(contactPerson()).generate(in));
                b.participant(p);
            }
            int nReq = integers().between(0, 8).generate(in);
            for (int i = 0; i < nReq; i++) {
                int a = integers().between(0, nPart - 1).generate(in);
                int c = (a + integers().between(1, nPart - 1).generate(in)) % nPart;
                b.request(new MeetingRequest("r" + i, "p" + a, "p" + c, integers().between(1, 10).generate(in),
                        Generate.enumValues(RequestStatus.class).generate(in),
                        nullable(Generate.constant("s0")).generate(in), nullable(text(40)).generate(in)));
                if (booleans().all().generate(in)) {
                    Meeting m = Meeting.planned("m" + i, "p" + a, "p" + c, "r" + i)
                            .withStatus(Generate.enumValues(MeetingStatus.class).generate(in));
                    if (booleans().all().generate(in)) {
                        m = m.scheduledAt(Generate.pick(slotIds).generate(in), nullable(Generate.constant("t0"))
                                .generate(in));
                        if (booleans().all().generate(in)) {
                            m = m.fixedAt(m.slotId());
                        }
                    }
                    b.meeting(m);
                }
            }
            if (booleans().all().generate(in)) {
                b.precedence(Precedence.of("m0", "m1"));
            }
            return b.build();
        };
    }

    /** An agreement with a random legal history. */
    public static Gen<Agreement> agreement() {
        return in -> {
            List<String> parties = new ArrayList<>(List.of("a-" + integers().between(0, 9).generate(in)));
            parties.add("b-" + integers().between(0, 9).generate(in));
            parties.addAll(listOf(id().map(s -> "c" + s), 2).generate(in));
            LocalDate d = date().generate(in);
            Agreement a = Agreement.propose(id().generate(in), Generate.enumValues(AgreementType.class).generate(in),
                    text(80).generate(in), new ArrayList<>(new java.util.LinkedHashSet<>(parties)), d);
            int steps = integers().between(0, 5).generate(in);
            for (int i = 0; i < steps && !a.status().next().isEmpty(); i++) {
                List<AgreementStatus> next = new ArrayList<>(a.status().next());
                d = d.plusDays(integers().between(0, 90).generate(in));
                a = a.transition(Generate.pick(next).generate(in), d);
            }
            if (booleans().all().generate(in)) {
                a = a.withOrigin(id().generate(in));
            }
            return a.withDescription(nullable(text(200)).generate(in));
        };
    }

    /** A partnership with every kind of part; references between parts are random, not necessarily valid. */
    public static Gen<Partnership> partnership() {
        return in -> {
            LocalDate start = date().generate(in);
            Partnership.Builder b = Partnership.builder(id().generate(in)).name(text(80).generate(in))
                    .programme(nullable(Generate.constant("COSME")).generate(in))
                    .grantAgreement(nullable(strings().numericBetween(100000, 999999)).generate(in))
                    .period(start, start.plusDays(integers().between(-10, 900).generate(in)))
                    .coordinator(id().generate(in))
                    .organisations(listOf(organisation(), 4).generate(in))
                    .targetCountries(listOf(country(), 3).generate(in))
                    .sectors(listOf(sector(), 4).generate(in));
            listOf(cluster(), 3).generate(in).forEach(b::cluster);
            listOf(intermediary(), 2).generate(in).forEach(b::intermediary);
            listOf(ambassador(), 2).generate(in).forEach(b::ambassador);
            listOf(trainingModule(), 2).generate(in).forEach(b::trainingModule);
            listOf(participation(), 3).generate(in).forEach(b::participation);
            listOf(webinar(), 2).generate(in).forEach(b::webinar);
            listOf(mission(), 2).generate(in).forEach(b::mission);
            listOf(event(), 2).generate(in).forEach(b::event);
            listOf(agreement(), 3).generate(in).forEach(b::agreement);
            return b.build();
        };
    }

    /** Draws one value, for generators written as lambdas. */
    public static <T> T draw(Gen<T> gen, RandomnessSource in) {
        return gen.generate(in);
    }
}
