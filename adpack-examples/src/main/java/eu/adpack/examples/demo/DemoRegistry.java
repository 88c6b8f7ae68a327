package eu.adpack.examples.demo;

import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.adapters.testkit.ScriptedResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The EEN-style registry the demo serves on loopback: {@code GET /profiles?PageIndex=N&PageSize=M} with an {@code
 * X-API-KEY}, answering pages of the current JSON API from {@link EenFeeds}; with {@code
 * ComparisonDate=LastModified&FromDate=…} only the profiles changed since, oldest change first.
 */
final class DemoRegistry implements Responder {
    static final String API_KEY = "demo-key";
    private volatile EenFeeds feeds;

    DemoRegistry(EenFeeds feeds) {
        this.feeds = feeds;
    }

    /** Replaces what the registry serves, e.g. after some profiles changed. */
    void serve(EenFeeds next) {
        feeds = next;
    }

    @Override
    public ScriptedResponse respond(RecordedRequest request) {
        if (!request.path().equals("/profiles")) {
            return ScriptedResponse.status(404, "no such resource: " + request.path());
        }
        if (!request.header("x-api-key").map(API_KEY::equals).orElse(false)) {
            return ScriptedResponse.status(401, "missing or wrong X-API-KEY");
        }
        try {
            int page = Integer.parseInt(request.param("PageIndex").orElse("1"));
            int size = Integer.parseInt(request.param("PageSize").orElse("100"));
            if (page < 1 || size < 1 || size > 200) {
                return ScriptedResponse.status(400, "PageIndex must be >= 1 and PageSize 1..200");
            }
            EenFeeds served = feeds;
            if (request.param("ComparisonDate").filter("LastModified"::equals).isPresent()) {
                String from = request.param("FromDate").orElse("1970-01-01T00:00:00");
                served = served.changedSince(LocalDateTime.parse(from).toLocalDate());
            } else if (request.param("ComparisonDate").isPresent()) {
                return ScriptedResponse.status(400, "this registry windows on LastModified only");
            }
            return ScriptedResponse.json(served.page(page, size));
        } catch (NumberFormatException e) {
            return ScriptedResponse.status(400, "PageIndex and PageSize must be numbers");
        } catch (DateTimeParseException e) {
            return ScriptedResponse.status(400, "FromDate must be yyyy-MM-ddTHH:mm:ss");
        }
    }
}
