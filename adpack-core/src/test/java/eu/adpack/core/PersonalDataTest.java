package eu.adpack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.testing.DomainGen;
import eu.adpack.core.testing.SmallPartnership;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
    @Test
    void contactPersonsNeverPrintTheirPersonalData() {
        ContactPerson c = SmallPartnership.CONTACT;
        assertThat(c.toString()).doesNotContain("Marta").doesNotContain("marta@").doesNotContain("600")
                .contains("withheld").contains("CEO");
        Partnership p = SmallPartnership.build();
        assertThat(p.toString()).doesNotContain("Marta").doesNotContain("marta@label.example")
                .doesNotContain("+34 600 000 001");
    }

    @Test
    void generatedPartnershipsNeverPrintPersonalData() {
        // The generator prefixes every name with "Person_" and every e-mail with "mail_".
        qt().withFixedSeed(42L).withExamples(40).forAll(DomainGen.partnership()).checkAssert(p ->
                assertThat(p.toString()).doesNotContain("Person_").doesNotContain("mail_").doesNotContain("+420 "));
        qt().withFixedSeed(43L).withExamples(100).forAll(DomainGen.profile()).checkAssert(p ->
                assertThat(p.toString()).doesNotContain("Person_").doesNotContain("mail_"));
    }

    @Test
    void exportWithoutPersonalDataLeavesEveryContactOutAndReadsBack() {
        qt().withFixedSeed(44L).withExamples(40).forAll(DomainGen.partnership()).checkAssert(p -> {
            String standard = AdpackJson.standard().write(p);
            String without = AdpackJson.withoutPersonalData().write(p);
            assertThat(without).doesNotContain("Person_").doesNotContain("mail_").doesNotContain("+420 ");
            Partnership back = AdpackJson.standard().read(without, Partnership.class);
            assertThat(AdpackJson.withoutPersonalData().write(back)).isEqualTo(without);
            if (standard.contains("Person_")) {
                assertThat(without.length()).isLessThan(standard.length());
            }
        });
        String small = AdpackJson.withoutPersonalData().write(SmallPartnership.build());
        assertThat(small).doesNotContain("Marta").doesNotContain("contacts").contains("Label SL");
    }

    @Test
    void everyComponentMarkedPersonalIsOptional() {
        for (Class<?> type : List.of(eu.adpack.core.organisation.Organisation.class,
                eu.adpack.core.profile.PartnerProfile.class, eu.adpack.core.programme.Ambassador.class,
                eu.adpack.core.programme.Intermediary.class, eu.adpack.core.event.Participant.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.isAnnotationPresent(PersonalData.class)) {
                    assertThat(c.getType().isPrimitive()).as(type.getSimpleName() + "." + c.getName()).isFalse();
                }
            }
        }
    }
}
