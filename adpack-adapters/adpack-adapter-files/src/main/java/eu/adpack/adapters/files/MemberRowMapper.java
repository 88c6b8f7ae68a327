package eu.adpack.adapters.files;

import static eu.adpack.adapters.files.MemberColumn.*;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.internal.Check;
import eu.adpack.core.internal.csv.CsvRecords;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.MarketReadiness;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.organisation.SizeFigures;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.ValueChainStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps one CSV record of a member list to a member, collecting every problem of the record. */
final class MemberRowMapper {
    /** Where the model's field names point in the CSV form, for the model's own validation messages. */
    private static final Map<String, MemberColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("id", ID), Map.entry("legalName", NAME), Map.entry("country", COUNTRY),
            Map.entry("sizeClass", SIZE), Map.entry("naceCodes", NACE), Map.entry("competences", KEYWORDS),
            Map.entry("sectors", SECTOR), Map.entry("offers", OFFERS), Map.entry("seeks", SEEKS),
            Map.entry("targetMarkets", TARGET_COUNTRIES), Map.entry("readiness", READINESS),
            Map.entry("languages", LANGUAGES), Map.entry("certifications", CERTIFICATIONS),
            Map.entry("website", WEBSITE), Map.entry("description", DESCRIPTION), Map.entry("name", CONTACT_NAME),
            Map.entry("email", CONTACT_EMAIL), Map.entry("phone", CONTACT_PHONE), Map.entry("role", CONTACT_ROLE),
            Map.entry("text", OFFERS));

    private final FileImportConfig config;
    private final Keywords keywords;
    private final Header<MemberColumn> header;

    /** The outcome for one record: the member, or {@code null} when rejected, and what was reported. */
    record Outcome(Member member, List<ImportRejection> rejections, int dropped) {}

    MemberRowMapper(FileImportConfig config, Keywords keywords, Header<MemberColumn> header) {
        this.config = config;
        this.keywords = keywords;
        this.header = header;
    }

    Outcome map(CsvRecords.Record r) {
        RowProblems p = new RowProblems(config.unknownValues());
        String id = header.cell(r, ID);
        if (r.brokenColumn() != 0) {
            p.reject(header.nameAt(r.brokenColumn() - 1), r.problem()
                    + "; the rows after this line were read again from the next line");
            return new Outcome(null, p.rejections(r.line(), id), 0);
        }
        int overflow = header.overflow(r);
        if (overflow != 0) {
            p.reject("column " + overflow, "'" + r.cell(overflow - 1).strip() + "' lies beyond the header's "
                    + header.width() + " columns (expected at most " + header.width() + " cells; is a value with the"
                    + " delimiter in it not quoted?)");
            return new Outcome(null, p.rejections(r.line(), id), 0);
        }
        if (id.isEmpty()) {
            p.reject(header.name(ID), "'' is missing (expected a unique id of letters, digits and . _ : -)");
        } else {
            try {
                Check.id("organisation " + id, "id", id);
            } catch (InvalidRecordException e) {
                p.reject(header.name(ID), reasonOf(e));
            }
        }
        Organisation.Builder b = Organisation.builder(id);
        String name = header.cell(r, NAME);
        if (name.isEmpty()) {
            p.reject(header.name(NAME), "'' is missing (expected the organisation's registered name)");
        }
        b.legalName(name);
        one(r, COUNTRY, p, true, v -> b.country(country(v)));
        one(r, NUTS, p, false, v -> b.nutsRegion(NutsRegion.parse(v)));
        SizeClass size = size(r, p);
        SizeFigures figures = figures(r, p);
        b.sizeFigures(figures);
        b.sizeClass(size);
        for (String v : Values.split(header.cell(r, NACE))) {
            item(p, NACE, v, () -> b.naceCodes(List.of(keywords.resolveNace(v))));
        }
        for (MemberColumn c : List.of(KEYWORDS, COMPETENCES)) {
            for (String v : Values.split(header.cell(r, c))) {
                item(p, c, v, () -> b.competence(keywords.resolve(v)));
            }
        }
        for (String v : Values.split(header.cell(r, SECTOR))) {
            item(p, SECTOR, v, () -> b.sector(sector(v)));
        }
        for (String v : Values.split(header.cell(r, VALUE_CHAIN))) {
            item(p, VALUE_CHAIN, v, () -> b.valueChainStage(stage(v)));
        }
        for (String v : Values.split(header.cell(r, OFFERS))) {
            one(p, OFFERS, () -> b.offer(statement(v, p, OFFERS)));
        }
        for (String v : Values.split(header.cell(r, SEEKS))) {
            one(p, SEEKS, () -> b.seek(statement(v, p, SEEKS)));
        }
        for (String v : Values.split(header.cell(r, TARGET_COUNTRIES))) {
            item(p, TARGET_COUNTRIES, v, () -> b.targetMarket(country(v)));
        }
        Set<Country> readinessSeen = new HashSet<>();
        for (String v : Values.split(header.cell(r, READINESS))) {
            item(p, READINESS, v, () -> {
                MarketReadiness m = readiness(v);
                if (!readinessSeen.add(m.market())) {
                    throw new IllegalArgumentException("'" + v + "' gives a second readiness for " + m.market()
                            + " (expected one per market)");
                }
                b.readiness(List.of(m));
            });
        }
        for (String v : Values.split(header.cell(r, LANGUAGES))) {
            item(p, LANGUAGES, v, () -> b.language(language(v)));
        }
        b.certifications(Values.split(header.cell(r, CERTIFICATIONS)));
        one(r, WEBSITE, p, false, v -> b.website(Values.website(v)));
        contact(r, p, b);
        String cluster = header.cell(r, CLUSTER);
        String description = header.cell(r, DESCRIPTION);
        if (p.isFatal()) {
            return new Outcome(null, p.rejections(r.line(), id), 0);
        }
        try {
            Member m = new Member(b.build(), cluster, description);
            return new Outcome(m, p.rejections(r.line(), id), p.dropped());
        } catch (InvalidRecordException e) {
            p.reject(fieldOf(e), reasonOf(e));
            return new Outcome(null, p.rejections(r.line(), id), 0);
        }
    }

    private interface CellAction {
        void apply(String value);
    }

    private interface Action {
        void run();
    }

    /** A single-valued cell: a bad value rejects the record. */
    private void one(CsvRecords.Record r, MemberColumn c, RowProblems p, boolean required, CellAction action) {
        String v = header.cell(r, c);
        if (v.isEmpty()) {
            if (required) {
                p.reject(header.name(c), "'' is missing (expected " + expectation(c) + ")");
            }
            return;
        }
        try {
            action.apply(v);
        } catch (RuntimeException e) {
            p.reject(header.name(c), reason(v, e, c));
        }
    }

    private void one(RowProblems p, MemberColumn c, Action action) {
        try {
            action.run();
        } catch (InvalidRecordException e) {
            p.reject(header.name(c), reasonOf(e));
        } catch (RuntimeException e) {
            p.reject(header.name(c), e.getMessage());
        }
    }

    /** One value of a multi-valued cell: a bad value is dropped or rejects the record, as the policy says. */
    private void item(RowProblems p, MemberColumn c, String v, Action action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            p.drop(header.name(c), reason(v, e, c));
        }
    }

    private static String reason(String v, RuntimeException e, MemberColumn c) {
        if (e instanceof InvalidRecordException ire) {
            return "'" + v + "' is not valid (expected " + ire.expected() + ")";
        }
        String m = e.getMessage();
        if (m != null && m.startsWith("'")) {
            return m;
        }
        return "'" + v + "' is not valid: " + m + " (expected " + expectation(c) + ")";
    }

    private static String expectation(MemberColumn c) {
        return switch (c) {
            case COUNTRY, TARGET_COUNTRIES -> "an ISO 3166-1 alpha-2 code such as CZ or CA";
            case NAME -> "the organisation's registered name";
            case ID -> "letters, digits and . _ : -";
            default -> "a value of column " + c.header;
        };
    }

    private SizeClass size(CsvRecords.Record r, RowProblems p) {
        String v = header.cell(r, SIZE);
        if (v.isEmpty()) {
            return null;
        }
        SizeClass s = sizeClass(v);
        if (s == null) {
            p.reject(header.name(SIZE), "'" + v + "' is not a size class (expected micro, small, medium or large,"
                    + " or an EEN size: SME <=10, SME 11-49, SME 50-249, Big company)");
        }
        return s;
    }

    static SizeClass sizeClass(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (t) {
            case "micro", "sme <=10", "sme <= 10" -> SizeClass.MICRO;
            case "small", "sme 11-49" -> SizeClass.SMALL;
            case "medium", "sme 50-249" -> SizeClass.MEDIUM;
            case "large", "big company" -> SizeClass.LARGE;
            default -> null;
        };
    }

    private SizeFigures figures(CsvRecords.Record r, RowProblems p) {
        MemberColumn[] cols = {STAFF, TURNOVER_EUR, BALANCE_SHEET_EUR};
        String[] units = {"staff (annual work units)", "euros", "euros"};
        long[] values = new long[3];
        List<MemberColumn> given = new ArrayList<>();
        boolean bad = false;
        for (int i = 0; i < 3; i++) {
            String v = header.cell(r, cols[i]);
            if (v.isEmpty()) {
                continue;
            }
            given.add(cols[i]);
            try {
                values[i] = Values.wholeNumber(v, units[i]);
            } catch (IllegalArgumentException e) {
                p.reject(header.name(cols[i]), e.getMessage());
                bad = true;
            }
        }
        if (given.isEmpty() || bad) {
            return null;
        }
        if (given.size() < 3) {
            List<MemberColumn> missing = new ArrayList<>(Arrays.asList(cols));
            missing.removeAll(given);
            p.reject(header.name(missing.get(0)), "'' is missing while " + given.stream().map(header::name)
                    .collect(Collectors.joining(" and ")) + " " + (given.size() == 1 ? "is" : "are") + " given"
                    + " (expected staff, turnover_eur and balance_sheet_eur all three, or none, as the EU SME"
                    + " definition needs them together)");
            return null;
        }
        return SizeFigures.of(values[0], values[1], values[2]);
    }

    private static Country country(String v) {
        try {
            return Country.parse(v);
        } catch (InvalidRecordException e) {
            throw new IllegalArgumentException("'" + v + "' is not a country (expected an ISO 3166-1 alpha-2 code"
                    + " such as CZ or CA; UK is read as GB)", e);
        }
    }

    private static Language language(String v) {
        try {
            return Language.parse(v);
        } catch (InvalidRecordException e) {
            throw new IllegalArgumentException("'" + v + "' is not a language (expected an ISO 639-1 code such as"
                    + " en, cs or zh)", e);
        }
    }

    private Sector sector(String v) {
        for (Sector s : config.sectors()) {
            if (s.code().equalsIgnoreCase(v.strip()) || s.label().equalsIgnoreCase(v.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + v + "' is not a sector of the partnership (expected one of "
                + config.sectors().stream().map(Sector::code).collect(Collectors.joining(", ")) + ")");
    }

    private static ValueChainStage stage(String v) {
        try {
            return ValueChainStage.valueOf(Values.constantName(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' is not a value-chain stage (expected one of "
                    + Arrays.stream(ValueChainStage.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")) + ")", e);
        }
    }

    private static MarketReadiness readiness(String v) {
        int colon = v.indexOf(':');
        String expected = " (expected country:level, e.g. CA:prepared, with level one of not_started, aware,"
                + " prepared, ready)";
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + v + "' is not a readiness" + expected);
        }
        Country market = country(v.substring(0, colon));
        try {
            return MarketReadiness.of(market, ReadinessLevel.valueOf(Values.constantName(v.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' has no readiness level" + expected, e);
        }
    }

    /**
     * A statement: free text, optionally ending with its keywords in square brackets separated by {@code |}. An
     * unknown keyword is dropped or rejects the record like any other multi-valued value.
     */
    private Statement statement(String v, RowProblems p, MemberColumn c) {
        String text = v;
        List<TermId> terms = new ArrayList<>();
        int open = v.lastIndexOf('[');
        if (v.endsWith("]") && open >= 0) {
            text = v.substring(0, open).strip();
            for (String k : v.substring(open + 1, v.length() - 1).split("\\|")) {
                if (!k.isBlank()) {
                    item(p, c, k.strip(), () -> terms.add(keywords.resolve(k)));
                }
            }
        }
        return Statement.of(text, terms);
    }

    private void contact(CsvRecords.Record r, RowProblems p, Organisation.Builder b) {
        String name = header.cell(r, CONTACT_NAME);
        String role = header.cell(r, CONTACT_ROLE);
        String email = header.cell(r, CONTACT_EMAIL);
        String phone = header.cell(r, CONTACT_PHONE);
        if (name.isEmpty() && role.isEmpty() && email.isEmpty() && phone.isEmpty()) {
            return;
        }
        try {
            b.contact(new ContactPerson(name, role, email, phone));
        } catch (InvalidRecordException e) {
            MemberColumn c = FIELD_COLUMNS.getOrDefault(e.field(), CONTACT_NAME);
            p.reject(header.name(c), reasonOf(e));
        }
    }

    private String fieldOf(InvalidRecordException e) {
        String f = e.field();
        int bracket = f.indexOf('[');
        MemberColumn c = FIELD_COLUMNS.get(bracket < 0 ? f : f.substring(0, bracket));
        return c == null ? f : header.name(c);
    }

    /** The model's message without its record and field, which the rejection names itself. */
    static String reasonOf(InvalidRecordException e) {
        String m = e.getMessage();
        String prefix = e.record() + ": " + e.field() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

}
