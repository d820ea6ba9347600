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
import java.util.Optional;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.adapter.jdbc.JdbcAreaStore;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.GatewayAccess;
import vn.qrgate.registry.config.HttpSettings;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.people.PhoneNumber;

/** A registry on SQLite in a temp folder, on a free port, spoken to over real HTTP. */
public final class TestRegistry implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RegistryServer server;
    private final Path database;
    private final RegistryConfig config;
    private final RecordingSmsSender sms;

    private TestRegistry(RegistryServer server, Path database, RegistryConfig config, RecordingSmsSender sms) {
        this.server = server;
        this.database = database;
        this.config = config;
        this.sms = sms;
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

    /** Login codes go to a {@link RecordingSmsSender}, read with {@link #sms()}. */
    public static TestRegistry start(RegistryConfig config, Clock clock) {
        Path database = config.store() instanceof vn.qrgate.registry.config.StoreConfig.Sqlite sqlite ? sqlite.path() : null;
        RecordingSmsSender sms = new RecordingSmsSender();
        return new TestRegistry(RegistryServer.start(config, clock, sms), database, config, sms);
    }

    public RecordingSmsSender sms() {
        return sms;
    }

    /** Replaces the stored areas with a sample's, e.g. {@link AreaFiles#DA_NANG_2021}. */
    public void importAreas(Path csv) throws Exception {
        try (JdbcAreaStore areas = JdbcAreaStore.open(config.store())) {
            areas.replaceAll(AreaFiles.edition(csv));
        }
    }

    /** Gives a phone an admin's, tracer's or official's role directly in the store (as add-account does). */
    public void putAccount(String phone, Role role, String area) {
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            stores.accounts().putRole(PhoneNumber.parse(phone), role, Optional.ofNullable(area));
        }
    }

    /** Logs the phone in with the code the registry sent it; the session token. */
    public String login(String phone) {
        HttpResponse<String> code = request("POST", "/api/v1/login/code", null, "{\"phone\":\"" + phone + "\"}");
        if (code.statusCode() != 202) {
            throw new AssertionError("login/code answered " + code.statusCode() + ": " + code.body());
        }
        String sent = sms.lastCode(phone).orElseThrow(() -> new AssertionError("no code was sent to the phone"));
        HttpResponse<String> verify = request("POST", "/api/v1/login/verify", null,
                "{\"phone\":\"" + phone + "\",\"code\":\"" + sent + "\"}");
        if (verify.statusCode() != 200) {
            throw new AssertionError("login/verify answered " + verify.statusCode() + ": " + verify.body());
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(verify.body());
        if (!token.find()) {
            throw new AssertionError("no token in " + verify.body());
        }
        return token.group(1);
    }

    /** Any method, an optional bearer token and an optional JSON body. */
    public HttpResponse<String> request(String method, String pathAndQuery, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
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

    public static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
