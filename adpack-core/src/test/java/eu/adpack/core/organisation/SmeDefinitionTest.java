package eu.adpack.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SmeDefinitionTest {
    @ParameterizedTest(name = "staff {0}, turnover {1}, balance {2} -> {3}")
    @CsvSource({
        // micro: < 10 staff and turnover or balance <= 2m
        "9, 2000000, 99000000, MICRO",
        "9, 99000000, 2000000, MICRO",
        "9, 2000001, 2000001, SMALL",
        "10, 0, 0, SMALL",
        // small: < 50 staff and turnover or balance <= 10m
        "49, 10000000, 99000000, SMALL",
        "49, 99000000, 10000000, SMALL",
        "49, 10000001, 10000001, MEDIUM",
        "50, 0, 0, MEDIUM",
        // medium: < 250 staff and turnover <= 50m or balance <= 43m
        "249, 50000000, 99000000, MEDIUM",
        "249, 99000000, 43000000, MEDIUM",
        "249, 50000001, 43000001, LARGE",
        "249, 43000001, 50000000, MEDIUM",
        "250, 0, 0, LARGE",
        "0, 0, 0, MICRO"
    })
    void classAtTheExactThresholds(long staff, long turnover, long balance, SizeClass expected) {
        assertThat(SmeDefinition.classify(staff, turnover, balance)).isEqualTo(expected);
        assertThat(SizeFigures.of(staff, turnover, balance).sizeClass()).isEqualTo(expected);
    }

    @Test
    void classNeverShrinksWhenAFigureGrows() {
        qt().withFixedSeed(2003361L).withExamples(2000)
                .forAll(longs().between(0, 400), longs().between(0, 80_000_000), longs().between(0, 80_000_000),
                        longs().between(0, 5_000_000))
                .checkAssert((s, t, b, d) -> {
                    SizeClass base = SmeDefinition.classify(s, t, b);
                    assertThat(SmeDefinition.classify(s + 1, t, b)).isGreaterThanOrEqualTo(base);
                    assertThat(SmeDefinition.classify(s, t + d, b + d)).isGreaterThanOrEqualTo(base);
                });
    }

    @Test
    void onlyLargeIsNotAnSme() {
        assertThat(SizeClass.MICRO.isSme()).isTrue();
        assertThat(SizeClass.SMALL.isSme()).isTrue();
        assertThat(SizeClass.MEDIUM.isSme()).isTrue();
        assertThat(SizeClass.LARGE.isSme()).isFalse();
    }

    @Test
    void organisationComputesTheClassAndRefusesAContradictingOne() {
        Organisation o = Organisation.builder("m1").legalName("M").country(Country.CA)
                .sizeFigures(5, 1_000_000, 500_000).build();
        assertThat(o.sizeClass()).isEqualTo(SizeClass.MICRO);
        assertThat(o.isSme()).isTrue();
        assertThatThrownBy(() -> o.toBuilder().sizeClass(SizeClass.LARGE).build())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("organisation m1: sizeClass: 'LARGE'");
        Organisation unknown = Organisation.builder("u1").legalName("U").country(Country.US).build();
        assertThat(unknown.sizeClass()).isNull();
        assertThat(unknown.isSme()).isFalse();
        assertThat(unknown.toBuilder().sizeClass(SizeClass.MEDIUM).build().isSme()).isTrue();
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThatThrownBy(() -> SizeFigures.of(-1, 0, 0)).isInstanceOf(InvalidRecordException.class);
    }
}
