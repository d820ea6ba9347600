package vn.qrgate.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.json.EventJson;

/**
 * A registry stand-in on the JDK's HTTP server (real HTTP on loopback). By default it behaves like the real
 * one (DESIGN §5): each event id is accepted once, then answered as a duplicate. Tests can script the next
 * answers (status, headers, body) and read what arrived.
 */
public final class FakeRegistry implements AutoCloseable {

    /** One scripted answer; {@code body} null: answer like the real registry. */
    public record Answer(int status, Map<String, String> headers, Function<IngestRequest, String> body) {
    }

    /** One request as received. */
    public record Request(long atNanos, String authorization, List<UUID> ids) {
    }

    public static final String TOKEN = "test-gateway-token";

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final Set<UUID> stored = Collections.synchronizedSet(new LinkedHashSet<>());
    private final Map<UUID, Integer> received = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<UUID, String> rejectWhen = id -> null;

    private FakeRegistry(HttpServer server) {
        this.server = server;
    }

    public static FakeRegistry start() {
        return start(0);
    }

    public static FakeRegistry start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            FakeRegistry registry = new FakeRegistry(server);
            server.createContext("/api/v1/checkins", registry::handle);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            return registry;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake registry", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next requests get these answers, in order; afterwards it answers normally again. */
    public synchronized FakeRegistry thenAnswer(int status, Map<String, String> headers) {
        script.add(new Answer(status, headers, null));
        return this;
    }

    public synchronized FakeRegistry thenAnswer(int status, Map<String, String> headers,
            Function<IngestRequest, String> body) {
        script.add(new Answer(status, headers, body));
        return this;
    }

    /** Rejects (with the given reason) each event for which {@code reason} returns non-null. */
    public void rejectWhen(Function<UUID, String> reason) {
        this.rejectWhen = reason;
    }

    public Set<UUID> storedIds() {
        synchronized (stored) {
            return new LinkedHashSet<>(stored);
        }
    }

    /** How many times each id arrived in any request (whatever the answer was). */
    public Map<UUID, Integer> receivedCounts() {
        return Map.copyOf(received);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            IngestRequest request;
            try {
                request = EventJson.decodeIngestRequest(body);
            } catch (IllegalArgumentException e) {
                send(exchange, 400, Map.of(), "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}");
                return;
            }
            List<UUID> ids = request.events().stream().map(Event::eventId).toList();
            requests.add(new Request(System.nanoTime(), exchange.getRequestHeaders().getFirst("Authorization"), ids));
            ids.forEach(id -> received.merge(id, 1, Integer::sum));
            Answer scripted;
            synchronized (this) {
                scripted = script.poll();
            }
            if (scripted != null && scripted.body() != null) {
                send(exchange, scripted.status(), scripted.headers(), scripted.body().apply(request));
                return;
            }
            if (scripted != null) {
                send(exchange, scripted.status(), scripted.headers(), "{\"error\":\"scripted " + scripted.status() + "\"}");
                return;
            }
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, Map.of(), "{\"error\":\"unknown token\"}");
                return;
            }
            send(exchange, 200, Map.of(), EventJson.encodeToString(answer(request)));
        }
    }

    private IngestResponse answer(IngestRequest request) {
        List<UUID> accepted = new ArrayList<>();
        List<UUID> duplicates = new ArrayList<>();
        List<IngestResponse.Rejection> rejected = new ArrayList<>();
        for (Event e : request.events()) {
            String reason = rejectWhen.apply(e.eventId());
            if (reason != null) {
                rejected.add(new IngestResponse.Rejection(e.eventId(), reason));
            } else if (stored.add(e.eventId())) {
                accepted.add(e.eventId());
            } else {
                duplicates.add(e.eventId());
            }
        }
        return new IngestResponse(accepted, duplicates, rejected);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
