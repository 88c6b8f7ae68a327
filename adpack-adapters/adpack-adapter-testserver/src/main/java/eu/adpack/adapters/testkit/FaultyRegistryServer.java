package eu.adpack.adapters.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A registry on loopback for tests: a JDK HTTP server on {@code 127.0.0.1} and a free port that answers with a
 * {@link Responder} and injects the {@link Fault}s a {@link FaultPlan} chooses, and records every request.
 *
 * <p>It runs the server on a small pool of its own daemon threads, which {@link #close()} stops; it is a test
 * fixture, not library code. Thread-safe.
 */
public final class FaultyRegistryServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Responder responder;
    private final AtomicReference<FaultPlan> plan;
    private final String retryAfter;
    private final Duration slowDelay;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private FaultyRegistryServer(Builder b) throws IOException {
        this.responder = b.responder;
        this.plan = new AtomicReference<>(b.plan);
        this.retryAfter = b.retryAfter;
        this.slowDelay = b.slowDelay;
        AtomicInteger threadNumber = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "faulty-registry-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Returns a builder.
     *
     * @param responder the registry's normal answers
     * @return a new builder
     */
    public static Builder builder(Responder responder) {
        return new Builder(responder);
    }

    /**
     * Starts a server that answers normally, without faults.
     *
     * @param responder the registry's normal answers
     * @return the running server
     */
    public static FaultyRegistryServer start(Responder responder) {
        return builder(responder).start();
    }

    /**
     * Returns the server's base address, {@code http://127.0.0.1:PORT}, without a trailing slash.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Replaces the fault plan, e.g. to heal a registry after a failure; request numbers go on.
     *
     * @param next the new plan
     */
    public void plan(FaultPlan next) {
        plan.set(Objects.requireNonNull(next, "plan"));
    }

    /**
     * Returns the requests received so far, in order of arrival.
     *
     * @return a copy of the log
     */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * Returns how many requests arrived so far.
     *
     * @return the count
     */
    public int requestCount() {
        return counter.get();
    }

    /**
     * Returns how many faults of each kind were injected so far.
     *
     * @return the counts, kinds never injected left out
     */
    public Map<Fault, Integer> faultsInjected() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        for (RecordedRequest r : requests()) {
            r.fault().ifPresent(f -> counts.merge(f, 1, Integer::sum));
        }
        return counts;
    }

    /** Stops the server at once and its threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            Optional<Fault> fault = plan.get().faultFor(request);
            request = request.withFault(fault.orElse(null));
            synchronized (requests) {
                requests.add(request);
            }
            exchange.getRequestBody().readAllBytes();
            if (fault.isEmpty()) {
                send(exchange, responder.respond(request));
                return;
            }
            switch (fault.get()) {
                case TOO_MANY_REQUESTS -> send(exchange,
                        ScriptedResponse.status(429, "too many requests").withHeader("Retry-After", retryAfter));
                case SERVER_ERROR -> send(exchange, ScriptedResponse.status(500, "internal server error"));
                case SERVICE_UNAVAILABLE -> send(exchange,
                        ScriptedResponse.status(503, "service unavailable").withHeader("Retry-After", retryAfter));
                case SLOW -> {
                    try {
                        Thread.sleep(slowDelay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    send(exchange, responder.respond(request));
                }
                // Closing an exchange before its headers are sent makes the JDK server drop the connection.
                case DROPPED_CONNECTION -> { }
                case TRUNCATED_BODY -> {
                    ScriptedResponse r = responder.respond(request);
                    byte[] body = r.bodyUnsafe();
                    r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                    exchange.sendResponseHeaders(r.status(), Math.max(body.length, 2));
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    // Too few bytes written: the JDK server closes the connection and the client sees a cut body.
                }
                case MALFORMED_PAYLOAD -> {
                    ScriptedResponse r = responder.respond(request);
                    byte[] body = r.bodyUnsafe();
                    byte[] half = new byte[body.length / 2];
                    System.arraycopy(body, 0, half, 0, half.length);
                    send(exchange, ScriptedResponse.of(200, r.headers(), half));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client may have given up (timeout) or the fault cut the connection: nothing left to answer.
        }
    }

    private RecordedRequest record(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(name, value);
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return new RecordedRequest(counter.getAndIncrement(), exchange.getRequestMethod(), uri.getPath(), query,
                headers, Optional.empty());
    }

    private static void send(HttpExchange exchange, ScriptedResponse response) throws IOException {
        byte[] body = response.bodyUnsafe();
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean noBody = response.status() == 304 || response.status() == 204;
        exchange.sendResponseHeaders(response.status(), noBody || body.length == 0 ? -1
                : response.isChunked() ? 0 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Builds a {@link FaultyRegistryServer}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final Responder responder;
        private FaultPlan plan = FaultPlan.none();
        private String retryAfter = "1";
        private Duration slowDelay = Duration.ofSeconds(2);
        private int threads = 4;

        private Builder(Responder responder) {
            this.responder = Objects.requireNonNull(responder, "responder");
        }

        /**
         * @param value which faults to inject; none by default
         * @return this builder
         */
        public Builder plan(FaultPlan value) {
            plan = Objects.requireNonNull(value, "plan");
            return this;
        }

        /**
         * @param value the {@code Retry-After} header of 429 and 503 answers, seconds or an HTTP date; {@code 1} by
         *     default
         * @return this builder
         */
        public Builder retryAfter(String value) {
            retryAfter = Objects.requireNonNull(value, "retryAfter");
            return this;
        }

        /**
         * @param value how long a {@link Fault#SLOW} answer waits; 2 s by default
         * @return this builder
         */
        public Builder slowDelay(Duration value) {
            slowDelay = Objects.requireNonNull(value, "slowDelay");
            return this;
        }

        /**
         * @param count how many requests the server handles at once; 4 by default
         * @return this builder
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads " + count + " is not valid: expected >= 1");
            }
            threads = count;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server; close it when done
         * @throws java.io.UncheckedIOException if no loopback port can be opened
         */
        public FaultyRegistryServer start() {
            try {
                return new FaultyRegistryServer(this);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot open a loopback port for the test registry", e);
            }
        }
    }
}
