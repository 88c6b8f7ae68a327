package eu.adpack.adapters.een;

import eu.adpack.core.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the current EEN API's JSON ({@code {"data":{"items":[…],"pagingInfo":{"hasNext":…}}}}, or a bare array of
 * items, or {@code {"items":[…]}}) one item at a time with Jackson's token API: only the item being read is held in
 * memory, so a file of any length streams.
 *
 * <p>Values are read leniently in shape (a country may be {@code "CN"} or {@code {"code":"CN","name":"China"}}, a
 * keyword list strings or objects); a value of the wrong kind makes its record unreadable, which the mapping
 * reports as a rejection. A document that is not JSON from its start is refused ({@link UnreadableInputException}).
 * A syntax error later on (a file cut short) ends the reading: in a file the items before it are kept and one record
 * marked unreadable names the line and column of the break; in a page of the API the whole page is refused, so that
 * the client fetches it again. A failure of the underlying stream is an {@link UncheckedIOException}.
 */
final class B2bJsonReader implements Iterator<RawProfile>, AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonParser json;
    private final String input;
    private final boolean keepBeforeBreak;
    private boolean started;
    private boolean startedWell;
    private boolean broken;
    private boolean inItems;
    private boolean done;
    private boolean hasNextPage;
    private RawProfile next;
    private int index;

    /**
     * Creates a reader.
     *
     * @param in the document
     * @param input the document's name in messages
     * @param keepBeforeBreak true to end a document that breaks off with a record naming the break (a file), false to
     *     refuse it whole (a page the client may fetch again)
     */
    B2bJsonReader(InputStream in, String input, boolean keepBeforeBreak) {
        this.input = input;
        this.keepBeforeBreak = keepBeforeBreak;
        this.json = FACTORY.createParser(ObjectReadContext.empty(), in);
    }

    /**
     * Tells what {@code data.pagingInfo.hasNext} said; known once every item has been read.
     *
     * @return true when the registry has a further page
     */
    boolean hasNextPage() {
        return hasNextPage;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = advance();
            } catch (JacksonIOException e) {
                throw new UncheckedIOException(input + ": reading stopped at " + where(e) + ": "
                        + e.getOriginalMessage(), e.getCause() != null ? e.getCause()
                        : new IOException(e.getOriginalMessage(), e));
            } catch (JacksonException e) {
                if (!startedWell || !keepBeforeBreak) {
                    throw new UnreadableInputException(input + ": not valid JSON at " + where(e) + ": "
                            + e.getOriginalMessage(), e);
                }
                broken = true;
                next = RawProfile.documentBreak(where(e), "not valid JSON from here on: " + e.getOriginalMessage());
            } catch (EndOfDocument e) {
                if (!keepBeforeBreak) {
                    throw new UnreadableInputException(input + ": " + e.getMessage(), e);
                }
                broken = true;
                next = RawProfile.documentBreak(e.where, e.getMessage());
            }
            done = next == null || broken;
        }
        return next != null;
    }

    @Override
    public RawProfile next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no item left in " + input);
        }
        RawProfile p = next;
        next = null;
        return p;
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "an unknown position"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Reads every item of a page at once, with the page's {@code hasNext}: for pages of the API. */
    static List<RawProfile> readPage(B2bJsonReader reader) {
        List<RawProfile> items = new ArrayList<>();
        reader.forEachRemaining(items::add);
        return items;
    }

    private RawProfile advance() {
        if (!started) {
            started = true;
            JsonToken first = json.nextToken();
            if (first == JsonToken.START_ARRAY) {
                inItems = true;
            } else if (first != JsonToken.START_OBJECT) {
                throw new UnreadableInputException(input + ": not EEN JSON: expected an object with data.items or"
                        + " an array of profiles, found " + (first == null ? "nothing" : kind(first)));
            }
            startedWell = true;
        }
        while (true) {
            if (inItems) {
                JsonToken t = json.nextToken();
                if (t == null) {
                    throw new EndOfDocument(json, "the document ends inside the list of items (expected ']' or"
                            + " another item)");
                }
                if (t == JsonToken.END_ARRAY) {
                    inItems = false;
                    continue;
                }
                index++;
                int line = json.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_OBJECT) {
                    return readItem(line);
                }
                json.skipChildren();
                RawProfile bad = new RawProfile();
                bad.position = "item " + index + " (line " + line + ")";
                bad.unreadable = "the item is " + kind(t) + ", not an object";
                return bad;
            }
            JsonToken t = json.nextToken();
            if (t == null) {
                return null;
            }
            if (t != JsonToken.PROPERTY_NAME) {
                continue;
            }
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (name.equals("items") && value == JsonToken.START_ARRAY) {
                inItems = true;
            } else if (name.equals("pagingInfo") && value == JsonToken.START_OBJECT) {
                Object info = readObject();
                if (info instanceof Map<?, ?> m) {
                    hasNextPage = "true".equalsIgnoreCase(String.valueOf(m.get("hasNext")));
                }
            } else if (name.equals("data") && value == JsonToken.START_OBJECT) {
                continue;
            } else {
                json.skipChildren();
            }
        }
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private RawProfile readItem(int line) {
        RawProfile p = new RawProfile();
        p.position = "item " + index + " (line " + line + ")";
        JsonToken t;
        while ((t = json.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            assign(p, name, readValue());
        }
        if (t != JsonToken.END_OBJECT) {
            throw new EndOfDocument(json, p.position + " does not end properly (expected '}' or another property)");
        }
        return p;
    }

    private Object readValue() {
        JsonToken t = json.currentToken();
        switch (t) {
            case START_OBJECT:
                return readObject();
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue());
                }
                return list;
            }
            case VALUE_NULL:
                return null;
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            default:
                return json.getString();
        }
    }

    private Map<String, Object> readObject() {
        Map<String, Object> map = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            map.put(name, readValue());
        }
        return map;
    }

    private static void assign(RawProfile p, String name, Object v) {
        switch (name) {
            case "id" -> p.id = text(p, name, v);
            case "reference" -> p.reference = text(p, name, v);
            case "created" -> p.created = text(p, name, v);
            case "lastModified" -> p.modified = text(p, name, v);
            case "publicationDate" -> p.published = text(p, name, v);
            case "expirationDate" -> p.expiry = text(p, name, v);
            case "title" -> p.title = text(p, name, v);
            case "profileType" -> p.type = text(p, name, v);
            case "profileStatus" -> p.status = text(p, name, v);
            case "partnerOrganisationCountry" -> p.originCountry = text(p, name, v);
            case "shortSummary" -> p.summary = text(p, name, v);
            case "description" -> p.description = text(p, name, v);
            case "advantagesAndInnovation" -> p.advantages = text(p, name, v);
            case "technicalSpecificationOrExpertiseSought" -> p.expertiseSought = text(p, name, v);
            case "stageOfDevelopment" -> p.stage = text(p, name, v);
            case "iprStatus" -> p.ipr = text(p, name, v);
            case "iprNotes" -> p.iprComment = text(p, name, v);
            case "marketKeywords" -> keywords(p, name, v, p.markets);
            case "technologyKeywords" -> keywords(p, name, v, p.technologies);
            case "naceKeywords", "naceCodes" -> keywords(p, name, v, p.naces);
            case "typesOfPartnership" -> texts(p, name, v, p.partnerships);
            case "typesAndSizes" -> texts(p, name, v, p.partnerTypes);
            case "sectorGroupsInvolved" -> texts(p, name, v, p.sectorGroups);
            case "targetedCountries" -> texts(p, name, v, p.targetedCountries);
            case "openForEOI" -> p.openForEoi = text(p, name, v);
            case "publicURL" -> p.publicUrl = text(p, name, v);
            case "frameworkProgram" -> p.framework = text(p, name, v);
            case "callTitleAndIdentifier" -> p.callTitle = text(p, name, v);
            case "coordinatorRequired" -> p.coordinatorRequired = text(p, name, v);
            case "deadlineForEoI" -> p.eoiDeadline = text(p, name, v);
            case "deadlineOfTheCall" -> p.callDeadline = text(p, name, v);
            case "anticipatedProjectBudget" -> p.budget = text(p, name, v);
            case "projectDurationInWeeks" -> p.duration = text(p, name, v);
            default -> { }
        }
    }

    private static final String[] CODE_KEYS = {"code", "key", "isoCode", "id", "name", "label", "value"};
    private static final String[] LABEL_KEYS = {"name", "label", "description", "value"};

    private static String text(RawProfile p, String field, Object v) {
        if (v == null || v instanceof String) {
            String s = (String) v;
            return s == null || s.isBlank() ? null : s.strip();
        }
        if (v instanceof Map<?, ?> m) {
            for (String k : CODE_KEYS) {
                if (m.get(k) instanceof String s && !s.isBlank()) {
                    return s.strip();
                }
            }
            return null;
        }
        if (p.unreadable == null) {
            p.unreadable = field + ": expected a text or an object with a code, found a list";
        }
        return null;
    }

    private static void texts(RawProfile p, String field, Object v, List<String> into) {
        if (v instanceof List<?> list) {
            for (Object o : list) {
                String s = text(p, field, o);
                if (s != null) {
                    into.add(s);
                }
            }
        } else {
            String s = text(p, field, v);
            if (s != null) {
                into.add(s);
            }
        }
    }

    private static void keywords(RawProfile p, String field, Object v, List<RawProfile.KeyLabel> into) {
        List<?> list = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
        for (Object o : list) {
            if (o instanceof String s) {
                if (!s.isBlank()) {
                    into.add(new RawProfile.KeyLabel(s.strip(), null));
                }
            } else if (o instanceof Map<?, ?> m) {
                String code = null;
                for (String k : new String[] {"code", "key", "id"}) {
                    if (code == null && m.get(k) instanceof String s && !s.isBlank()) {
                        code = s.strip();
                    }
                }
                String label = null;
                for (String k : LABEL_KEYS) {
                    if (label == null && m.get(k) instanceof String s && !s.isBlank()) {
                        label = s.strip();
                    }
                }
                if (code != null || label != null) {
                    into.add(new RawProfile.KeyLabel(code, label));
                }
            } else if (o != null && p.unreadable == null) {
                p.unreadable = field + ": expected keywords as texts or objects with a code";
            }
        }
    }

    @Override
    public void close() {
        json.close();
    }

    /** The document stops where the structure says more must come: a break, as a syntax error is. */
    private static final class EndOfDocument extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String where;

        EndOfDocument(JsonParser json, String message) {
            super(message, null, false, false);
            var at = json.currentLocation();
            this.where = "line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
    }
}
