package eu.adpack.core.organisation;

import eu.adpack.core.internal.Check;

/**
 * The three figures the EU SME definition rests on: staff headcount, annual turnover and annual balance sheet total.
 * Immutable and thread-safe.
 *
 * @param staffHeadcount staff in annual work units, rounded to a whole number
 * @param turnoverEur annual turnover in euros
 * @param balanceSheetEur annual balance sheet total in euros
 */
public record SizeFigures(long staffHeadcount, long turnoverEur, long balanceSheetEur) {
    /**
     * Validates the figures.
     *
     * @throws eu.adpack.core.InvalidRecordException if a figure is negative
     */
    public SizeFigures {
        Check.nonNegative("size figures", "staffHeadcount", staffHeadcount);
        Check.nonNegative("size figures", "turnoverEur", turnoverEur);
        Check.nonNegative("size figures", "balanceSheetEur", balanceSheetEur);
    }

    /**
     * Returns the figures.
     *
     * @param staffHeadcount staff in annual work units
     * @param turnoverEur annual turnover in euros
     * @param balanceSheetEur annual balance sheet total in euros
     * @return the figures
     */
    public static SizeFigures of(long staffHeadcount, long turnoverEur, long balanceSheetEur) {
        return new SizeFigures(staffHeadcount, turnoverEur, balanceSheetEur);
    }

    /**
     * Returns the size class these figures give.
     *
     * @return the size class under the EU SME definition
     */
    public SizeClass sizeClass() {
        return SmeDefinition.classify(this);
    }
}
