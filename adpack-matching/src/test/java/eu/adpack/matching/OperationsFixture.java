package eu.adpack.matching;

import eu.adpack.core.agreement.Agreement;
import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.MissionKind;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TermId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A small partnership whose figures are checked by hand in the operations tests: two clusters, four member SMEs
 * and one large member, a Canadian stakeholder and intermediary, two ambassadors, one training module, webinar,
 * mission and event, and three agreements. The hand-checked figures are written next to the assertions.
 */
public final class OperationsFixture {
    private OperationsFixture() {
    }

    static TermId t(String code) {
        return TermId.parse("adpack:" + code);
    }

    private static Organisation org(String id, String country, SizeClass size, Sector sector, String competence,
            String offer, String seek, String seekTerm, List<Country> targets, List<String> languages) {
        Organisation.Builder b = Organisation.builder(id).legalName("Org " + id).country(Country.parse(country))
                .sizeClass(size).sector(sector).competence(t(competence))
                .offer(Statement.of(offer, List.of(t(competence)))).seek(Statement.of(seek, List.of(t(seekTerm))))
                .targetMarkets(targets);
        languages.forEach(l -> b.language(Language.parse(l)));
        return b.build();
    }

    /**
     * Returns the partnership.
     *
     * @return the partnership "ops"
     */
    public static Partnership partnership() {
        Organisation a1 = org("a1", "DE", SizeClass.SMALL, Sector.PACKAGING, "AP.07.04",
                "Antimicrobial nanosilver coatings for food-contact films", "Film converter to scale up coated films",
                "AP.04.01", List.of(Country.CA), List.of("en", "de")).toBuilder()
                .readiness(Country.CA, ReadinessLevel.PREPARED).build();
        Organisation a2 = org("a2", "DE", SizeClass.SMALL, Sector.FOOD, "AP.12.06",
                "Regulatory affairs for food-contact materials", "Packaging supplier with barrier films", "AP.04.01",
                List.of(Country.CA, Country.US), List.of("en")).toBuilder()
                .readiness(Country.CA, ReadinessLevel.AWARE).build();
        Organisation a3 = org("a3", "DE", SizeClass.MEDIUM, Sector.PACKAGING, "AP.04.01",
                "High-barrier films for fresh food", "Antimicrobial coating for films", "AP.07.04",
                List.of(Country.US), List.of("de"));
        Organisation b1 = org("b1", "FR", SizeClass.SMALL, Sector.SOFTWARE, "AP.09.02",
                "Laminating of multilayer films", "Regulatory advice for Canada", "AP.12.06", List.of(Country.CA),
                List.of("fr", "en")).toBuilder().readiness(Country.CA, ReadinessLevel.READY).build();
        Organisation b2 = org("b2", "FR", SizeClass.LARGE, Sector.FOOD, "AP.12.06", "Dairy products",
                "Freshness labels", "AP.07.04", List.of(Country.CA), List.of("fr"));
        Organisation s1 = org("s1", "CA", SizeClass.SMALL, Sector.FOOD, "AP.04.01", "Canadian cheese packer",
                "Antimicrobial films", "AP.07.04", List.of(), List.of("en", "fr"));
        TimeSlot slot1 = TimeSlot.of("t1", LocalTime.of(9, 0), LocalTime.of(9, 30));
        TimeSlot slot2 = TimeSlot.of("t2", LocalTime.of(9, 30), LocalTime.of(10, 0));
        MatchmakingEvent event = MatchmakingEvent.builder("e1").name("EU-Canada matchmaking")
                .zone(java.time.ZoneId.of("America/Toronto")).city("Toronto").country(Country.CA)
                .session(Session.of("s-1", "Morning", LocalDate.of(2019, 6, 11), List.of(slot1, slot2)))
                .table(MeetingTable.of("tb1", "Table 1"))
                .participant(Participant.of("p-a1", "Org a1", "a1", Country.parse("DE")))
                .participant(Participant.of("p-b1", "Org b1", "b1", Country.parse("FR")))
                .participant(Participant.of("p-s1", "Org s1", "s1", Country.CA))
                .request(MeetingRequest.of("r1", "p-a1", "p-s1", 8, RequestStatus.ACCEPTED))
                .request(MeetingRequest.of("r2", "p-b1", "p-s1", 5, RequestStatus.ACCEPTED))
                .request(MeetingRequest.of("r3", "p-a1", "p-b1", 3, RequestStatus.PENDING))
                .meeting(Meeting.planned("mt1", "p-a1", "p-s1", "r1").scheduledAt("t1", "tb1")
                        .withStatus(MeetingStatus.HELD))
                .meeting(Meeting.planned("mt2", "p-b1", "p-s1", "r2").scheduledAt("t2", "tb1")
                        .withStatus(MeetingStatus.CANCELLED))
                .build();
        Agreement ag1 = Agreement.propose("ag1", AgreementType.BUSINESS_PARTNERSHIP, "Coated films for cheese",
                List.of("a1", "s1"), LocalDate.of(2019, 6, 12))
                .transition(AgreementStatus.NEGOTIATING, LocalDate.of(2019, 7, 1))
                .transition(AgreementStatus.SIGNED, LocalDate.of(2019, 9, 1));
        Agreement ag2 = Agreement.propose("ag2", AgreementType.SME_COOPERATION, "Compliant coated films",
                List.of("a1", "a2"), LocalDate.of(2019, 3, 1));
        Agreement ag3 = Agreement.propose("ag3", AgreementType.INTERMEDIARY_COOPERATION, "Toronto desk",
                List.of("c1", "i1"), LocalDate.of(2019, 5, 1))
                .transition(AgreementStatus.NEGOTIATING, LocalDate.of(2019, 5, 20))
                .transition(AgreementStatus.SIGNED, LocalDate.of(2019, 6, 1))
                .transition(AgreementStatus.ACTIVE, LocalDate.of(2019, 6, 15));
        return Partnership.builder("ops").name("Operations test partnership")
                .period(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)).coordinator("c1")
                .cluster(Cluster.builder("c1").name("Cluster one").country(Country.parse("DE"))
                        .members(List.of("a1", "a2", "a3")).build())
                .cluster(Cluster.builder("c2").name("Cluster two").country(Country.parse("FR"))
                        .members(List.of("b1", "b2")).build())
                .organisations(List.of(a1, a2, a3, b1, b2, s1))
                .targetCountries(List.of(Country.CA, Country.US))
                .sectors(List.of(Sector.PACKAGING, Sector.FOOD, Sector.SOFTWARE))
                .intermediary(Intermediary.of("i1", "Toronto Packaging Desk", Country.CA,
                        IntermediaryKind.TRADE_ASSOCIATION))
                .ambassador(Ambassador.of("amb1", null, List.of(Country.CA), List.of(Language.parse("en"),
                        Language.parse("fr")), 1).withDetails(List.of(t("AP.12.06")), "Canadian food-contact rules",
                        "c1", null))
                .ambassador(Ambassador.of("amb2", null, List.of(Country.US), List.of(Language.parse("en")), 1))
                .trainingModule(TrainingModule.of("tm1", "Selling to Canada", List.of(Country.CA),
                        ReadinessLevel.PREPARED, LocalDate.of(2018, 10, 1), true))
                .participation(TrainingParticipation.completed("tm1", "a2", LocalDate.of(2018, 10, 1)))
                .webinar(Webinar.of("w1", "Canadian retail", LocalDate.of(2018, 11, 5), List.of(Country.CA),
                        List.of("a1", "b1")))
                .mission(new Mission("m1", MissionKind.BUSINESS, "Business mission to Toronto", Country.CA,
                        "Toronto", LocalDate.of(2019, 6, 10), LocalDate.of(2019, 6, 13), List.of("a1", "b1"),
                        List.of("c1"), List.of()))
                .event(event)
                .agreement(ag1).agreement(ag2).agreement(ag3)
                .build();
    }

    /**
     * Returns registry profiles in Canada and one in the United States, about the fixture's competences.
     *
     * @return the profiles as match subjects
     */
    public static List<MatchSubject> profiles() {
        return List.of(
                profile("BRCA1", SubjectKind.BR, "CA", "Cheese packer seeks antimicrobial coated films",
                        "AP.07.04", "AP.04.01"),
                profile("BOCA2", SubjectKind.BO, "CA", "Converter offers high-barrier films and laminating",
                        "AP.04.01", "AP.09.02"),
                profile("BRCA3", SubjectKind.BR, "CA", "Retailer seeks regulatory advice on food-contact rules",
                        "AP.12.06", "AP.07.04"),
                profile("BOUS4", SubjectKind.BO, "US", "US converter of barrier films", "AP.04.01", "AP.07.04"));
    }

    private static MatchSubject profile(String id, SubjectKind kind, String country, String title, String k1,
            String k2) {
        return MatchSubject.builder(id, kind, country).title(title).keywords(List.of(t(k1), t(k2)))
                .updated(LocalDate.of(2019, 5, 1)).build();
    }
}
