package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.util.Set;

/**
 * The value-chain complementarity tables: how well a partner's stage or sector supplies the subject's. Immutable
 * and thread-safe.
 *
 * <p>Stages form a cycle (materials → components → converting → filling and brand owners → logistics and retail →
 * end of life → materials again, as recyclate). A partner one step upstream supplies the subject directly (1.0),
 * two steps upstream indirectly (0.5); a partner one step downstream is the subject's customer (0.6), two steps
 * (0.3); enablers serve every stage (0.8) and are served by none in particular (0.4); the same stage is a
 * competitor as often as a partner (0.25). Sectors: the cross-cutting technology and materials sectors supply
 * packaging (1.0) and food (0.8); packaging supplies food (1.0); the reverse directions count as customers.
 */
final class Context {
    private static final int STAGES = ValueChainStage.values().length;
    /** stageTable[partnerMask * 128 + subjectMask]: the best supply value over the two sets of stages. */
    private static final double[] STAGE_TABLE = stageTable();
    private static final Set<String> ENABLING_SECTORS = Set.of(
            Sector.NANOTECHNOLOGY.code(), Sector.MICROELECTRONICS.code(), Sector.SOFTWARE.code(),
            Sector.TELECOMMUNICATIONS.code(), Sector.PLASMA.code(), Sector.PLASTICS.code());

    private Context() {
    }

    static double stageValue(ValueChainStage partner, ValueChainStage subject) {
        if (partner == subject) {
            return 0.25;
        }
        if (partner == ValueChainStage.ENABLERS) {
            return 0.8;
        }
        if (subject == ValueChainStage.ENABLERS) {
            return 0.4;
        }
        int d = Math.floorMod(subject.ordinal() - partner.ordinal(), STAGES - 1);
        switch (d) {
            case 1:
                return 1.0;
            case 2:
                return 0.5;
            case 5:
                return 0.6;
            case 4:
                return 0.3;
            default:
                return 0;
        }
    }

    static double sectorValue(String partner, String subject) {
        if (partner.equals(subject)) {
            return 0;
        }
        boolean pe = ENABLING_SECTORS.contains(partner);
        boolean se = ENABLING_SECTORS.contains(subject);
        String packaging = Sector.PACKAGING.code();
        String food = Sector.FOOD.code();
        if (pe && subject.equals(packaging)) {
            return 1.0;
        }
        if (pe && subject.equals(food)) {
            return 0.8;
        }
        if (partner.equals(packaging) && subject.equals(food)) {
            return 1.0;
        }
        if (partner.equals(food) && subject.equals(packaging)) {
            return 0.6;
        }
        if (se && partner.equals(packaging)) {
            return 0.6;
        }
        if (se && partner.equals(food)) {
            return 0.5;
        }
        if (pe && se) {
            return 0.3;
        }
        return 0;
    }

    private static double[] stageTable() {
        ValueChainStage[] all = ValueChainStage.values();
        double[] table = new double[128 * 128];
        for (int p = 1; p < 128; p++) {
            for (int s = 1; s < 128; s++) {
                double best = 0;
                for (int i = 0; i < STAGES; i++) {
                    if ((p & (1 << i)) == 0) {
                        continue;
                    }
                    for (int j = 0; j < STAGES; j++) {
                        if ((s & (1 << j)) != 0) {
                            best = Math.max(best, stageValue(all[i], all[j]));
                        }
                    }
                }
                table[p * 128 + s] = best;
            }
        }
        return table;
    }

    static double stages(int partnerMask, int subjectMask) {
        return STAGE_TABLE[partnerMask * 128 + subjectMask];
    }
}
