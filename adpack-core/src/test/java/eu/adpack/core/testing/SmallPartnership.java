package eu.adpack.core.testing;

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
import eu.adpack.core.event.TimeSlot;
import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.ClusterRole;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.programme.AgendaItem;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.Mission;
import eu.adpack.core.programme.MissionKind;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A small, consistent partnership whose indicators were counted by hand (see {@code IndicatorsTest}): two clusters,
 * four members (one large), one Canadian stakeholder, two training modules, two webinars, two missions, one event
 * and five agreements.
 */
public final class SmallPartnership {
    private SmallPartnership() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The organisations' contact person, whose name tests look for. */
    public static final ContactPerson CONTACT = new ContactPerson("Marta Quintela", "CEO", "marta@label.example",
            "+34 600 000 001");

    /** Builds the partnership. */
    public static Partnership.Builder builder() {
        Organisation label = Organisation.builder("o-label").legalName("Label SL").country(Country.of("ES"))
                .sizeFigures(9, 1_500_000, 1_000_000).sector(Sector.PACKAGING).sector(Sector.MICROELECTRONICS)
                .contact(CONTACT).build();
        Organisation films = Organisation.builder("o-films").legalName("Films SL").country(Country.of("ES"))
                .sizeFigures(60, 12_000_000, 9_000_000).sector(Sector.PACKAGING).build();
        Organisation cheese = Organisation.builder("o-cheese").legalName("Queijo Lda").country(Country.of("PT"))
                .sizeClass(SizeClass.SMALL).sector(Sector.FOOD).readiness(Country.CA, ReadinessLevel.AWARE).build();
        Organisation big = Organisation.builder("o-big").legalName("Grande SA").country(Country.of("PT"))
                .sizeFigures(300, 60_000_000, 50_000_000).sector(Sector.FOOD).build();
        Organisation stakeholder = Organisation.builder("x-ca").legalName("Maple Foods Inc.").country(Country.CA)
                .sizeClass(SizeClass.MEDIUM).sector(Sector.FOOD).build();

        MatchmakingEvent event = MatchmakingEvent.builder("ev-to").name("EU–Canada matchmaking")
                .zone(ZoneId.of("America/Toronto")).city("Toronto").country(Country.CA)
                .session(Session.of("am", "Morning", d("2019-06-11"), List.of(
                        TimeSlot.of("s1", LocalTime.of(9, 0), LocalTime.of(9, 30)),
                        TimeSlot.of("s2", LocalTime.of(9, 30), LocalTime.of(10, 0)),
                        TimeSlot.of("s3", LocalTime.of(10, 0), LocalTime.of(10, 30)))))
                .table(MeetingTable.of("t1", "Table 1")).table(MeetingTable.of("t2", "Table 2"))
                .participant(Participant.of("p-label", "Label SL", "o-label", Country.of("ES")))
                .participant(Participant.of("p-cheese", "Queijo Lda", "o-cheese", Country.of("PT")))
                .participant(Participant.of("p-x", "Maple Foods", "x-ca", Country.CA))
                .participant(Participant.of("p-guest", "Guest Co-op", null, Country.CA)
                        .withForbiddenSlots(List.of("s3")))
                .request(MeetingRequest.of("r1", "p-label", "p-x", 9, RequestStatus.ACCEPTED))
                .request(MeetingRequest.of("r2", "p-cheese", "p-x", 7, RequestStatus.ACCEPTED))
                .request(MeetingRequest.of("r3", "p-guest", "p-label", 3, RequestStatus.DECLINED))
                .meeting(Meeting.planned("mt1", "p-label", "p-x", "r1").scheduledAt("s1", "t1")
                        .withStatus(MeetingStatus.HELD))
                .meeting(Meeting.planned("mt2", "p-cheese", "p-x", "r2").scheduledAt("s2", "t1")
                        .withStatus(MeetingStatus.HELD))
                .meeting(Meeting.planned("mt3", "p-label", "p-cheese", null).fixedAt("s3").scheduledAt("s3", "t2")
                        .withStatus(MeetingStatus.NO_SHOW))
                .precedence(Precedence.of("mt1", "mt2"))
                .build();

        return Partnership.builder("small").name("Small partnership").programme("COSME").grantAgreement("000001")
                .period(d("2017-12-01"), d("2019-12-01")).coordinator("c-pack")
                .cluster(Cluster.builder("c-pack").name("Pack cluster").country(Country.of("ES"))
                        .sector(Sector.PACKAGING).member("o-label").member("o-films").role(ClusterRole.COORDINATOR)
                        .build())
                .cluster(Cluster.builder("c-food").name("Food cluster").country(Country.of("PT"))
                        .sector(Sector.FOOD).member("o-cheese").member("o-big").build())
                .organisations(List.of(label, films, cheese, big, stakeholder))
                .targetCountries(List.of(Country.CA, Country.CN, Country.US))
                .sectors(Sector.adpack2())
                .intermediary(Intermediary.of("i-ca", "Lakes Packaging Council", Country.CA,
                        IntermediaryKind.TRADE_ASSOCIATION))
                .ambassador(Ambassador.of("a-ca", null, List.of(Country.CA), List.of(), 2).serving(List.of("o-label")))
                .trainingModule(TrainingModule.of("tm-basic", "Going international", List.of(), ReadinessLevel.AWARE,
                        d("2018-02-20"), true))
                .trainingModule(new TrainingModule("tm-ca", "Canada", null, new java.util.TreeSet<>(
                        List.of(Country.CA)), ReadinessLevel.PREPARED, d("2018-04-17"), d("2018-04-18"), 12, false))
                .participation(TrainingParticipation.completed("tm-basic", "o-label", d("2018-02-20")))
                .participation(TrainingParticipation.completed("tm-basic", "o-cheese", d("2018-02-20")))
                .participation(TrainingParticipation.completed("tm-basic", "o-big", d("2018-02-20")))
                .participation(TrainingParticipation.completed("tm-ca", "o-cheese", d("2018-04-18")))
                .participation(TrainingParticipation.enrolled("tm-ca", "o-films"))
                .webinar(Webinar.of("w1", "North America", d("2018-03-13"), List.of(Country.CA, Country.US),
                        List.of("o-label", "o-films")))
                .webinar(Webinar.of("w2", "Cooperation", d("2018-10-09"), List.of(), List.of("o-label", "o-cheese")))
                .mission(new Mission("m-sh", MissionKind.FACT_FINDING, "Shanghai", Country.CN, "Shanghai",
                        d("2018-11-05"), d("2018-11-09"), List.of("o-label", "o-films"), List.of("c-pack"), List.of()))
                .mission(new Mission("m-to", MissionKind.BUSINESS, "Toronto", Country.CA, "Toronto", d("2019-06-10"),
                        d("2019-06-13"), List.of("o-label", "o-cheese", "o-films"), List.of("c-pack", "c-food"),
                        List.of(new AgendaItem(d("2019-06-11"), LocalTime.of(9, 0), LocalTime.of(10, 30),
                                "EU–Canada matchmaking", "Convention centre", "ev-to"))))
                .event(event)
                .agreement(Agreement.propose("ag1", AgreementType.SME_COOPERATION, "Labels on cheese",
                                List.of("o-label", "o-cheese"), d("2018-04-18"))
                        .transition(AgreementStatus.NEGOTIATING, d("2018-05-07"))
                        .transition(AgreementStatus.SIGNED, d("2018-09-03"))
                        .transition(AgreementStatus.ACTIVE, d("2018-10-01")))
                .agreement(Agreement.propose("ag2", AgreementType.SME_COOPERATION, "Shared logistics",
                                List.of("o-cheese", "o-big"), d("2018-06-01"))
                        .transition(AgreementStatus.NEGOTIATING, d("2018-06-20"))
                        .transition(AgreementStatus.SIGNED, d("2018-07-20")))
                .agreement(Agreement.propose("ag3", AgreementType.INTERMEDIARY_COOPERATION, "Soft landing",
                                List.of("c-pack", "i-ca"), d("2019-03-04"))
                        .transition(AgreementStatus.NEGOTIATING, d("2019-04-15"))
                        .transition(AgreementStatus.SIGNED, d("2019-06-13")))
                .agreement(Agreement.propose("ag4", AgreementType.BUSINESS_PARTNERSHIP, "Cold chain",
                        List.of("o-label", "x-ca"), d("2019-06-11")).withOrigin("ev-to"))
                .agreement(Agreement.propose("ag5", AgreementType.BUSINESS_PARTNERSHIP, "Cheese import",
                                List.of("o-cheese", "x-ca"), d("2019-06-11"))
                        .transition(AgreementStatus.CANCELLED, d("2019-08-01")));
    }

    /** Returns the partnership. */
    public static Partnership build() {
        return builder().build();
    }
}
