package eu.adpack.adapters.files;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.organisation.MarketReadiness;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.SizeFigures;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TermId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes members in the CSV form of the member-list template (comma-delimited, UTF-8 without byte-order mark, the
 * template's columns in its order) or in the JSON form, both of which {@link MemberListReader} reads back to equal
 * members.
 *
 * <p>The CSV form holds what a spreadsheet row can: at most one contact person, and no {@code ;} inside one value of
 * a multi-valued cell (it separates values); a member that does not fit is refused rather than written with a loss.
 * Stateless and thread-safe.
 */
public final class MemberListWriter {
    private static final List<MemberColumn> COLUMNS = List.of(MemberColumn.values()).stream()
            .filter(c -> c != MemberColumn.COMPETENCES)
            .toList();

    private MemberListWriter() {}

    /**
     * Returns the template's columns, in order: the header line of {@code template/members-template.csv}.
     *
     * @return an immutable list of column names
     */
    public static List<String> columns() {
        return COLUMNS.stream().map(c -> c.header).toList();
    }

    /**
     * Writes members as CSV, header first.
     *
     * @param members the members
     * @param out where to write; not closed
     * @throws IllegalArgumentException naming the member and field if a member does not fit the CSV form
     * @throws UncheckedIOException if writing fails
     */
    public static void writeCsv(Collection<Member> members, Writer out) {
        StringBuilder sb = new StringBuilder();
        line(sb, columns());
        for (Member m : members) {
            line(sb, COLUMNS.stream().map(c -> cell(m, c)).toList());
        }
        try {
            out.write(sb.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the member list: " + e.getMessage(), e);
        }
    }

    /**
     * Writes members as CSV text.
     *
     * @param members the members
     * @return the text, header first
     * @throws IllegalArgumentException if a member does not fit the CSV form
     */
    public static String toCsv(Collection<Member> members) {
        StringWriter w = new StringWriter();
        writeCsv(members, w);
        return w.toString();
    }

    /**
     * Writes members in the JSON form, {@code {"organisations": [...]}}.
     *
     * @param members the members
     * @return the indented JSON text
     */
    public static String toJson(Collection<Member> members) {
        return AdpackJson.standard().write(Map.of("organisations", List.copyOf(members)));
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || (!c.isEmpty() && (c.charAt(0) == ' ' || c.charAt(c.length() - 1) == ' '))) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    private static String cell(Member m, MemberColumn c) {
        Organisation o = m.organisation();
        SizeFigures f = o.sizeFigures();
        ContactPerson contact = contact(o);
        return switch (c) {
            case ID -> o.id();
            case NAME -> o.legalName();
            case COUNTRY -> o.country().code();
            case CLUSTER -> orEmpty(m.cluster());
            case NUTS -> o.nutsRegion() == null ? "" : o.nutsRegion().code();
            case SECTOR -> join(o, c, o.sectors(), Sector::code);
            case SIZE -> o.sizeClass() == null ? "" : o.sizeClass().name().toLowerCase(Locale.ROOT);
            case STAFF -> f == null ? "" : Long.toString(f.staffHeadcount());
            case TURNOVER_EUR -> f == null ? "" : Long.toString(f.turnoverEur());
            case BALANCE_SHEET_EUR -> f == null ? "" : Long.toString(f.balanceSheetEur());
            case NACE -> join(o, c, o.naceCodes(), TermId::code);
            case KEYWORDS -> join(o, c, o.competences(), TermId::toString);
            case COMPETENCES -> "";
            case VALUE_CHAIN -> join(o, c, o.valueChainStages(), s -> s.name().toLowerCase(Locale.ROOT));
            case OFFERS -> join(o, c, o.offers(), s -> statement(o, c, s));
            case SEEKS -> join(o, c, o.seeks(), s -> statement(o, c, s));
            case DESCRIPTION -> orEmpty(m.description());
            case TARGET_COUNTRIES -> join(o, c, o.targetMarkets(), Country::code);
            case READINESS -> join(o, c, o.readiness(), MemberListWriter::readiness);
            case LANGUAGES -> join(o, c, o.languages(), Language::code);
            case CERTIFICATIONS -> join(o, c, o.certifications(), s -> s);
            case WEBSITE -> o.website() == null ? "" : o.website().toString();
            case CONTACT_NAME -> contact == null ? "" : contact.name();
            case CONTACT_ROLE -> contact == null ? "" : orEmpty(contact.role());
            case CONTACT_EMAIL -> contact == null ? "" : orEmpty(contact.email());
            case CONTACT_PHONE -> contact == null ? "" : orEmpty(contact.phone());
        };
    }

    private static ContactPerson contact(Organisation o) {
        if (o.contacts().size() > 1) {
            throw new IllegalArgumentException("organisation " + o.id() + ": contacts: " + o.contacts().size()
                    + " contact persons do not fit the CSV form (expected at most one; use the JSON form)");
        }
        return o.contacts().isEmpty() ? null : o.contacts().get(0);
    }

    private static String statement(Organisation o, MemberColumn c, Statement s) {
        if (s.text().endsWith("]")) {
            throw new IllegalArgumentException("organisation " + o.id() + ": " + c.header + ": '" + s.text()
                    + "' ends with ']', which the CSV form reads as keywords (expected text not ending with ']')");
        }
        if (s.keywords().isEmpty()) {
            return s.text();
        }
        return s.text() + " [" + s.keywords().stream().map(TermId::toString).collect(Collectors.joining(" | "))
                + "]";
    }

    private static String readiness(MarketReadiness r) {
        return r.market().code() + ":" + r.level().name().toLowerCase(Locale.ROOT);
    }

    private static <T> String join(Organisation o, MemberColumn c, Collection<T> values, Function<T, String> text) {
        List<String> parts = new ArrayList<>();
        for (T v : values) {
            String t = text.apply(v);
            if (t.indexOf(Values.SEPARATOR) >= 0) {
                throw new IllegalArgumentException("organisation " + o.id() + ": " + c.header + ": '" + t
                        + "' holds ';', which separates values in the CSV form (expected values without ';')");
            }
            parts.add(t);
        }
        return String.join(String.valueOf(Values.SEPARATOR), parts);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
