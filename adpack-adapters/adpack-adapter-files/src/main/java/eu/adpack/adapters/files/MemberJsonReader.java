package eu.adpack.adapters.files;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.json.JsonPaths;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.Statement;
import eu.adpack.core.taxonomy.TermId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON form of a member list: an array of members, or an object whose {@code organisations} property is
 * that array. Each element is read as a tree on its own, so a bad element is rejected with its line and the others
 * are still read.
 */
final class MemberJsonReader {
    private static final String ROOT = "organisations";

    private final FileImportConfig config;
    private final Keywords keywords;
    private final JsonMapper mapper = AdpackJson.standard().mapper();

    MemberJsonReader(FileImportConfig config, Keywords keywords) {
        this.config = config;
        this.keywords = keywords;
    }

    MemberImport read(TextDecoder.Text text, String source) {
        List<Member> members = new ArrayList<>();
        List<ImportRejection> rejections = new ArrayList<>();
        int[] counts = new int[2];
        try (JsonParser p = mapper.createParser(text.text())) {
            JsonToken t = p.nextToken();
            boolean found = false;
            if (t == JsonToken.START_ARRAY) {
                readArray(p, members, rejections, counts);
                found = true;
            } else if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals(ROOT) && value == JsonToken.START_ARRAY) {
                        readArray(p, members, rejections, counts);
                        found = true;
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (!found) {
                throw new UnreadableFileException(source + ": line 1: the JSON holds no list of organisations"
                        + " (expected an array of organisations, or an object with an \"" + ROOT + "\" array)");
            }
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int nl = m.indexOf('\n');
            throw new UnreadableFileException(source + ": " + where + "the file is not valid JSON: "
                    + (nl < 0 ? m : m.substring(0, nl)).strip() + " (expected a JSON array of organisations)", e);
        }
        ImportStats stats = new ImportStats("json", counts[0], members.size(), counts[0] - members.size(),
                counts[1], "", text.byteOrderMark(), List.of());
        return new MemberImport(members, rejections, stats);
    }

    private void readArray(JsonParser p, List<Member> members, List<ImportRejection> rejections, int[] counts) {
        Map<String, Integer> idLines = new HashMap<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = Math.max(1, p.currentTokenLocation().getLineNr());
            JsonNode node = p.readValueAsTree();
            counts[0]++;
            RowProblems problems = new RowProblems(config.unknownValues());
            Member m = member(node, problems);
            String id = m != null ? m.organisation().id() : node.path("id").asString(null);
            if (m != null && !problems.isFatal()) {
                Integer before = idLines.putIfAbsent(id, line);
                if (before != null) {
                    rejections.add(new ImportRejection(line, id, "id", "'" + id + "' is used twice (first on line "
                            + before + "; expected a unique id per member)", false));
                    continue;
                }
                members.add(m);
                counts[1] += problems.dropped();
            }
            rejections.addAll(problems.rejections(line, id));
        }
    }

    private Member member(JsonNode node, RowProblems problems) {
        if (!node.isObject()) {
            problems.reject("", "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + " is not an organisation (expected an object)");
            return null;
        }
        Organisation o;
        try {
            o = mapper.treeToValue(node, Organisation.class);
        } catch (JacksonException e) {
            problems.reject(path(e), reason(e));
            return null;
        }
        String cluster = text(node, "cluster", problems);
        String description = text(node, "description", problems);
        if (problems.isFatal()) {
            return null;
        }
        SortedSet<TermId> nace = known(o.naceCodes(), "naceCodes", problems);
        SortedSet<TermId> competences = known(o.competences(), "competences", problems);
        List<Statement> offers = statements(o.offers(), "offers", problems);
        List<Statement> seeks = statements(o.seeks(), "seeks", problems);
        if (problems.isFatal()) {
            return null;
        }
        try {
            Organisation checked = new Organisation(o.id(), o.legalName(), o.country(), o.nutsRegion(),
                    o.sizeFigures(), o.sizeFigures() == null ? o.sizeClass() : null, nace, competences,
                    o.valueChainStages(), o.sectors(), offers, seeks, o.targetMarkets(), o.languages(),
                    o.certifications(), o.readiness(), o.website(), o.contacts());
            return new Member(checked, cluster, description);
        } catch (InvalidRecordException e) {
            problems.reject(e.field(), MemberRowMapper.reasonOf(e));
            return null;
        }
    }

    private static String text(JsonNode node, String name, RowProblems problems) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            problems.reject(name, "'" + v + "' is not text (expected a JSON string)");
            return null;
        }
        return v.asString();
    }

    private SortedSet<TermId> known(SortedSet<TermId> terms, String field, RowProblems problems) {
        SortedSet<TermId> out = new TreeSet<>();
        for (TermId t : terms) {
            if (keywords.exists(t)) {
                out.add(t);
            } else {
                problems.drop(field, "'" + t + "' is not a term of the taxonomies (expected an existing"
                        + " taxonomy:code)");
            }
        }
        return out;
    }

    private List<Statement> statements(List<Statement> statements, String field, RowProblems problems) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            out.add(new Statement(s.text(), known(s.keywords(), field, problems)));
        }
        return out;
    }

    /** The JSON path of the failing value; the model's field when the record as a whole failed to build. */
    private static String path(JacksonException e) {
        String path = JsonPaths.of(e);
        if (path.isEmpty()) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof InvalidRecordException ire) {
                    return ire.field();
                }
            }
        }
        return path;
    }

    private static String reason(JacksonException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidRecordException ire) {
                return MemberRowMapper.reasonOf(ire);
            }
        }
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip().replaceAll("`?eu\\.adpack\\.[a-z0-9_.]+\\.([A-Z]\\w*)`?",
                "$1");
    }
}
