package eu.adpack.examples.cli;

import eu.adpack.adapters.files.ImportRejection;
import eu.adpack.adapters.files.ImportStats;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the one JSON document of {@code adpack import members} and {@code adpack import clusters}. */
final class FileImportOutput {
    private FileImportOutput() {}

    /**
     * Prints {@code {"<name>": records, "rejected": [{"record", "field", "reason"}], "stats": {...}}}.
     */
    static void print(PrintWriter out, JsonMapper mapper, String name, JsonNode records,
            List<ImportRejection> rejections, ImportStats stats) {
        ObjectNode root = mapper.createObjectNode();
        root.set(name, records);
        ArrayNode rejected = root.putArray("rejected");
        for (ImportRejection r : rejections) {
            ObjectNode o = rejected.addObject();
            o.put("record", r.record());
            o.put("field", r.field());
            o.put("reason", r.reason());
        }
        ObjectNode s = root.putObject("stats");
        s.put("format", stats.format());
        s.put("records", stats.records());
        s.put(name, stats.imported());
        s.put("rejectedRecords", stats.rejected());
        if (name.equals("organisations")) {
            s.put("droppedValues", stats.droppedValues());
        }
        if (!stats.delimiter().isEmpty()) {
            s.put("delimiter", stats.delimiter());
        }
        s.put("byteOrderMark", stats.byteOrderMark());
        ArrayNode ignored = s.putArray("ignoredColumns");
        stats.ignoredColumns().forEach(ignored::add);
        out.println(mapper.writeValueAsString(root));
        out.flush();
    }

    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
