package vn.qrgate.registry.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.GatewayAccess;
import vn.qrgate.registry.config.HttpSettings;
import vn.qrgate.registry.config.RegistryConfig;

/** A registry on SQLite in a temp folder, on a free port, spoken to over real HTTP. */
public final class TestRegistry implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RegistryServer server;
    private final Path database;

    private TestRegistry(RegistryServer server, Path database) {
        this.server = server;
        this.database = database;
    }

    /** Two venues, two gateways, staff of each venue, an admin. */
    public static RegistryConfig config(Path dir) {
        return RegistryConfig.sqlite(dir.resolve("registry.db"))
                .withHttp(HttpSettings.anyFreePort())
                .withVenue(TestEvents.VENUE, "Chợ Đồng Xuân")
                .withVenue(TestEvents.OTHER_VENUE, "Chợ Bến Thành")
                .withGateway(GatewayAccess.withToken("gw-1", Tokens.GATEWAY))
                .withGateway(GatewayAccess.withToken("gw-2", Tokens.GATEWAY_2))
                .withAccount(AccountAccess.venueStaff("staff-hanoi", Tokens.STAFF, List.of(TestEvents.VENUE)))
                .withAccount(AccountAccess.venueStaff("staff-hcm", Tokens.OTHER_STAFF, List.of(TestEvents.OTHER_VENUE)))
                .withAccount(AccountAccess.admin("admin", Tokens.ADMIN));
    }

    public static TestRegistry start(Path dir) {
        return start(config(dir));
    }

    public static TestRegistry start(RegistryConfig config) {
        return start(config, Clock.systemUTC());
    }

    public static TestRegistry start(RegistryConfig config, Clock clock) {
        Path database = config.store() instanceof vn.qrgate.registry.config.StoreConfig.Sqlite sqlite ? sqlite.path() : null;
        return new TestRegistry(RegistryServer.start(config, clock), database);
    }

    public RegistryServer server() {
        return server;
    }

    public Path database() {
        return database;
    }

    public HttpResponse<String> post(String token, List<Event> events) {
        return post(token, EventJson.encodeToString(new IngestRequest(events)));
    }

    public HttpResponse<String> post(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/checkins"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> checkins(String venue, String token, String query) {
        return get("/api/v1/venues/" + venue + "/checkins" + (query.isEmpty() ? "" : "?" + query), token);
    }

    public URI uri(String pathAndQuery) {
        return URI.create(server.baseUri() + pathAndQuery);
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
