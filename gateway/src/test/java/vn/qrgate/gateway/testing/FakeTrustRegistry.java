package vn.qrgate.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The registry's {@code GET /api/v1/trust} and {@code GET /api/v1/revocations} on the JDK's HTTP server (real
 * HTTP on loopback), as the contract says: bearer token or 401, an {@code ETag} on every 200 and 304 for a
 * matching {@code If-None-Match}. Tests set each list's body, or a status to answer instead, and read what
 * arrived.
 */
public final class FakeTrustRegistry implements AutoCloseable {

    public static final String TRUST = "/api/v1/trust";
    public static final String REVOCATIONS = "/api/v1/revocations";

    /** One request as received: path, If-None-Match (null if none), the status answered. */
    public record Request(String path, String ifNoneMatch, int status) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeTrustRegistry(HttpServer server) {
        this.server = server;
    }

    public static FakeTrustRegistry start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            FakeTrustRegistry registry = new FakeTrustRegistry(server);
            server.createContext(TRUST, registry::handle);
            server.createContext(REVOCATIONS, registry::handle);
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

    /** From now on {@code path} answers 200 with this body (and its ETag). */
    public void serve(String path, String body) {
        bodies.put(path, body.getBytes(StandardCharsets.UTF_8));
        failures.remove(path);
    }

    /** From now on {@code path} answers {@code status} (e.g. 503) until {@link #serve} or {@link #recover}. */
    public void fail(String path, int status) {
        failures.put(path, status);
    }

    public void recover(String path) {
        failures.remove(path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long answered(String path, int status) {
        return requests.stream().filter(r -> r.path().equals(path) && r.status() == status).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        int status;
        byte[] body = new byte[0];
        byte[] current = bodies.get(path);
        if (!"GET".equals(exchange.getRequestMethod())) {
            status = 405;
        } else if (!("Bearer " + FakeRegistry.TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            body = "{\"error\":\"gateway token required\"}".getBytes(StandardCharsets.UTF_8);
        } else if (failures.containsKey(path)) {
            status = failures.get(path);
        } else if (current == null) {
            status = 404;
        } else {
            String etag = "\"" + sha256(current).substring(0, 16) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ifNoneMatch)) {
                status = 304;
            } else {
                status = 200;
                body = current;
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
        }
        requests.add(new Request(path, ifNoneMatch, status));
        exchange.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
