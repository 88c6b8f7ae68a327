package eu.adpack.adapters.een;

import eu.adpack.core.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the legacy POD XML ({@code <pod><profile>…</profile></pod>}) one profile at a time with StAX, so memory stays
 * flat however long the feed. Namespaces are ignored (the feed occurs with and without one), unknown elements are
 * skipped, {@code xsi:nil} and empty elements are absent values, CDATA and entities are plain text.
 *
 * <p>A document with a DOCTYPE is refused before any profile is read: DTDs are the door to external entities and
 * entity expansion ("billion laughs"), and the POD format never needs one. A document that is not XML from its start
 * is refused too ({@link UnreadableInputException}); one that breaks off later (cut short, not well-formed from some
 * point on) keeps the profiles read before the break and ends with one record marked unreadable that names the line
 * and column of the break. A failure of the underlying stream (a connection cut) is an {@link UncheckedIOException},
 * so that the caller can tell it from bad XML and read again.
 */
final class PodXmlReader implements Iterator<RawProfile>, AutoCloseable {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLInputFactory FACTORY = newFactory();

    private final XMLStreamReader xml;
    private final String input;
    private RawProfile next;
    private boolean done;
    private boolean rootSeen;
    private boolean broken;

    PodXmlReader(InputStream in, String input) {
        this.input = input;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new UnreadableInputException(input + ": not XML: " + e.getMessage() + " (expected the legacy POD"
                    + " XML, <pod><profile>…)", e);
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null || broken;
        }
        return next != null;
    }

    @Override
    public RawProfile next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no profile left in " + input);
        }
        RawProfile p = next;
        next = null;
        return p;
    }

    private RawProfile advance() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableInputException(input + ": the document has a DOCTYPE (ending at line "
                            + xml.getLocation().getLineNumber() + "), which is refused (DTDs allow external entities and"
                            + " entity expansion; the POD format needs none)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    rootSeen = true;
                    if (xml.getLocalName().equals("profile")) {
                        return readProfile();
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) {
                throw new UncheckedIOException(input + ": reading stopped at " + where(e) + ": " + io.getMessage(), io);
            }
            if (!rootSeen) {
                throw new UnreadableInputException(input + ": not well-formed XML at " + where(e) + ": " + firstLine(e)
                        + " (expected the legacy POD XML, <pod><profile>…)", e);
            }
            broken = true;
            return RawProfile.documentBreak(where(e), "not well-formed XML from here on: " + firstLine(e));
        }
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null ? "an unknown position"
                : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
    }

    private static String firstLine(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.lastIndexOf("Message: ");
        return (nl >= 0 ? m.substring(nl + 9) : m).strip();
    }

    private RawProfile readProfile() throws XMLStreamException {
        RawProfile p = new RawProfile();
        p.legacy = true;
        p.position = "line " + xml.getLocation().getLineNumber();
        // The path is kept as one string with a stack of its lengths: joining a list at every end tag cost a third of
        // the reading time.
        StringBuilder path = new StringBuilder(64);
        Deque<Integer> lengths = new ArrayDeque<>();
        String leafName = null;
        StringBuilder text = new StringBuilder();
        String key = null;
        String label = null;
        boolean nil = false;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String local = xml.getLocalName();
                    leafName = local.toLowerCase(Locale.ROOT);
                    lengths.push(path.length());
                    path.append(path.length() == 0 ? "" : "/").append(leafName);
                    text.setLength(0);
                    nil = xml.getAttributeCount() > 0 && "true".equalsIgnoreCase(
                            String.valueOf(xml.getAttributeValue(XSI, "nil")).strip());
                    if (isPair(leafName)) {
                        key = null;
                        label = null;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (lengths.isEmpty()) {
                        return p;
                    }
                    String value = nil ? null : blankToNull(text);
                    nil = false;
                    text.setLength(0);
                    String joined = path.toString();
                    int cut = lengths.pop();
                    int slash = path.lastIndexOf("/");
                    String leaf = path.substring(slash < cut ? cut : slash + 1);
                    path.setLength(cut);
                    if (leaf.equals("key")) {
                        key = value;
                    } else if (leaf.equals("label") || leaf.equals("other")) {
                        label = label == null ? value : label;
                    }
                    assign(p, joined, value, key, label);
                    if (isPair(leaf)) {
                        key = null;
                        label = null;
                    }
                }
                default -> { }
            }
        }
        throw new XMLStreamException("the document ends inside a profile", xml.getLocation());
    }

    private static boolean isPair(String element) {
        return switch (element == null ? "" : element) {
            case "technology", "market", "nace", "country", "language", "certification", "organizationcountry",
                    "consortiumcountry", "exploitation" -> true;
            default -> false;
        };
    }

    private static String blankToNull(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : s.subSequence(start, end).toString();
    }

    /** Puts a value where the element path says; called at each end tag, pairs when their element closes. */
    private static void assign(RawProfile p, String path, String value, String key, String label) {
        switch (path) {
            case "reference/type" -> p.type = value;
            case "reference/external" -> p.reference = value;
            case "reference/internal" -> p.id = value;
            case "datum/submit" -> p.created = value;
            case "datum/update" -> p.modified = value;
            case "datum/deadline" -> {
                p.deadline = value;
                p.expiry = value;
            }
            case "content/title" -> p.title = value;
            case "content/summary" -> p.summary = value;
            case "content/description" -> p.description = value;
            case "company/kind" -> p.companyKind = value;
            case "company/since" -> p.companySince = value;
            case "company/turnover" -> p.companyTurnover = value;
            case "company/experience" -> p.companyExperience = value;
            case "company/certifications/certification" -> addPair(p.certifications, key, label);
            case "company/country" -> p.originCountry = key != null ? key : label;
            case "company/languages/language" -> addPair(p.languages, key, label);
            case "contact/organization" -> p.contactOrganisation = value;
            case "contact/organizationcountry" -> p.contactCountry = key != null ? key : label;
            case "contact/partnerid" -> p.partnerId = value;
            case "contact/fullname" -> p.adviserName = value;
            case "contact/phone" -> p.adviserPhone = value;
            case "contact/email" -> p.adviserEmail = value;
            case "cooperation/plusvalue" -> p.advantages = value;
            case "cooperation/stagedev/stage" -> p.stage = value;
            case "cooperation/stagedev/comment" -> p.stageComment = value;
            case "cooperation/ipr/status" -> p.ipr = value;
            case "cooperation/ipr/comment" -> p.iprComment = value;
            case "cooperation/partner/area" -> p.partnerArea = value;
            case "cooperation/partner/sought" -> p.expertiseSought = value;
            case "cooperation/partner/task" -> p.partnerRole = value;
            case "keyword/technologies/technology" -> addKeyword(p.technologies, key, label);
            case "keyword/markets/market" -> addKeyword(p.markets, key, label);
            case "keyword/naces/nace" -> addKeyword(p.naces, key, label);
            case "partnerships/string" -> {
                if (value != null) {
                    p.partnerships.add(value);
                }
            }
            case "dissemination/preferred/country" -> {
                if (key != null || label != null) {
                    p.targetedCountries.add(key != null ? key : label);
                }
            }
            case "dissemination/publish/sectorgroup" -> {
                if (value != null) {
                    p.sectorGroups.add(value);
                }
            }
            case "eoi/status" -> p.openForEoi = value;
            case "program/acronym" -> p.acronym = value;
            case "program/call/deadline" -> p.callDeadline = value;
            case "program/call/website" -> p.callWebsite = value;
            case "program/coordinator" -> p.coordinatorRequired = value;
            case "program/duration" -> p.duration = value;
            case "program/framework" -> p.framework = value;
            case "program/prebudget" -> p.budget = value;
            case "program/programme" -> p.callTitle = value;
            default -> { }
        }
    }

    private static void addPair(java.util.List<String> list, String key, String label) {
        if (key != null) {
            list.add(key);
        } else if (label != null) {
            list.add(label);
        }
    }

    private static void addKeyword(java.util.List<RawProfile.KeyLabel> list, String key, String label) {
        if (key != null || label != null) {
            list.add(new RawProfile.KeyLabel(key, label));
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a stream the caller owns cannot lose data; nothing to report.
        }
    }
}
