package eu.adpack.core.organisation;

/**
 * The thresholds of the EU SME definition (Commission Recommendation 2003/361/EC, Annex, Article 2) and the rule
 * that gives an organisation's size class from its staff headcount, annual turnover and annual balance sheet total.
 *
 * <p>The staff ceiling must be respected, and at least one of the two financial ceilings (turnover or balance
 * sheet); the smallest class whose ceilings are met wins. Stateless and thread-safe.
 */
public final class SmeDefinition {
    /** A micro enterprise has fewer staff than this. */
    public static final int MICRO_STAFF = 10;
    /** A micro enterprise's turnover or balance sheet total is at most this, in euros. */
    public static final long MICRO_EUR = 2_000_000L;
    /** A small enterprise has fewer staff than this. */
    public static final int SMALL_STAFF = 50;
    /** A small enterprise's turnover or balance sheet total is at most this, in euros. */
    public static final long SMALL_EUR = 10_000_000L;
    /** A medium-sized enterprise has fewer staff than this. */
    public static final int MEDIUM_STAFF = 250;
    /** A medium-sized enterprise's turnover is at most this, in euros (or its balance sheet at most the next). */
    public static final long MEDIUM_TURNOVER_EUR = 50_000_000L;
    /** A medium-sized enterprise's balance sheet total is at most this, in euros (or its turnover the previous). */
    public static final long MEDIUM_BALANCE_SHEET_EUR = 43_000_000L;

    private SmeDefinition() {}

    /**
     * Returns the size class for the given figures.
     *
     * @param staffHeadcount staff in annual work units, rounded to a whole number, at least 0
     * @param turnoverEur annual turnover in euros, at least 0
     * @param balanceSheetEur annual balance sheet total in euros, at least 0
     * @return the size class
     * @throws IllegalArgumentException if a figure is negative
     */
    public static SizeClass classify(long staffHeadcount, long turnoverEur, long balanceSheetEur) {
        if (staffHeadcount < 0 || turnoverEur < 0 || balanceSheetEur < 0) {
            throw new IllegalArgumentException("SME figures must not be negative: staff " + staffHeadcount
                    + ", turnover " + turnoverEur + ", balance sheet " + balanceSheetEur);
        }
        if (staffHeadcount < MICRO_STAFF && (turnoverEur <= MICRO_EUR || balanceSheetEur <= MICRO_EUR)) {
            return SizeClass.MICRO;
        }
        if (staffHeadcount < SMALL_STAFF && (turnoverEur <= SMALL_EUR || balanceSheetEur <= SMALL_EUR)) {
            return SizeClass.SMALL;
        }
        if (staffHeadcount < MEDIUM_STAFF
                && (turnoverEur <= MEDIUM_TURNOVER_EUR || balanceSheetEur <= MEDIUM_BALANCE_SHEET_EUR)) {
            return SizeClass.MEDIUM;
        }
        return SizeClass.LARGE;
    }

    /**
     * Returns the size class for the given figures.
     *
     * @param figures the figures
     * @return the size class
     */
    public static SizeClass classify(SizeFigures figures) {
        return classify(figures.staffHeadcount(), figures.turnoverEur(), figures.balanceSheetEur());
    }
}
