package eu.adpack.adapters.een;

import eu.adpack.adapters.testkit.contract.ProfileSourceContract.SampleRecord;
import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.adapters.testkit.ScriptedResponse;
import java.util.List;

/** Serves sample records as the current EEN API does: {@code PageIndex} from 1, {@code data.pagingInfo.hasNext}. */
final class EenTestRegistry implements Responder {
    private final List<SampleRecord> records;
    private final int pageSize;

    EenTestRegistry(List<SampleRecord> records, int pageSize) {
        this.records = List.copyOf(records);
        this.pageSize = pageSize;
    }

    static String item(SampleRecord r) {
        return "{\"id\":" + (1000 + r.index()) + ",\"reference\":\"" + r.reference() + "\",\"created\":\""
                + (r.malformed() ? "2024-02-30" : "2024-01-01T10:00:00") + "\",\"lastModified\":\"2024-02-01\","
                + "\"title\":\"Profile " + r.index() + "\",\"profileType\":{\"code\":\"BO\"},"
                + "\"profileStatus\":{\"name\":\"PUBLISHED\"},\"partnerOrganisationCountry\":\"FR\","
                + "\"technologyKeywords\":[{\"code\":\"02002015\"}],\"typesOfPartnership\":[\"Commercial agreement\"]}";
    }

    @Override
    public ScriptedResponse respond(RecordedRequest request) {
        if (!request.path().endsWith("/profiles")) {
            return ScriptedResponse.status(404, "no such resource");
        }
        int page = Integer.parseInt(request.param("PageIndex").orElse("1"));
        int size = Integer.parseInt(request.param("PageSize").orElse(String.valueOf(pageSize)));
        int from = Math.min(records.size(), (page - 1) * size);
        int to = Math.min(records.size(), from + size);
        StringBuilder sb = new StringBuilder("{\"data\":{\"items\":[");
        for (int i = from; i < to; i++) {
            sb.append(i > from ? "," : "").append(item(records.get(i)));
        }
        sb.append("],\"pagingInfo\":{\"pageIndex\":").append(page).append(",\"hasNext\":").append(to < records.size())
                .append("}}}");
        return ScriptedResponse.json(sb.toString());
    }
}
