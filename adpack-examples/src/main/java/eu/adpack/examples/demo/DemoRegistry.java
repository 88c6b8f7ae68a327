package eu.adpack.examples.demo;

import eu.adpack.adapters.testkit.RecordedRequest;
import eu.adpack.adapters.testkit.Responder;
import eu.adpack.adapters.testkit.ScriptedResponse;

/**
 * The EEN-style registry the demo serves on loopback: {@code GET /profiles?PageIndex=N&PageSize=M} with an {@code
 * X-API-KEY}, answering pages of the current JSON API from {@link EenFeeds}.
 */
final class DemoRegistry implements Responder {
    static final String API_KEY = "demo-key";
    private final EenFeeds feeds;

    DemoRegistry(EenFeeds feeds) {
        this.feeds = feeds;
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
            return ScriptedResponse.json(feeds.page(page, size));
        } catch (NumberFormatException e) {
            return ScriptedResponse.status(400, "PageIndex and PageSize must be numbers");
        }
    }
}
