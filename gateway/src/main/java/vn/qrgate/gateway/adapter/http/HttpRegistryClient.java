package vn.qrgate.gateway.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.domain.RetryAfter;
import vn.qrgate.gateway.port.RegistryClient;
import vn.qrgate.gateway.port.RegistryReply;
import vn.qrgate.gateway.domain.QueuedEvent;
import vn.qrgate.protocol.json.EventJson;

/**
 * {@code POST {url}/api/v1/checkins} with the gateway's bearer token (DESIGN §5), on the JDK's HTTP client.
 * Every outcome becomes a {@link RegistryReply}; nothing is thrown. The token never appears in a reply or
 * a log line, and an error body is quoted only in part (the registry's errors name fields, not people).
 */
public final class HttpRegistryClient implements RegistryClient {

    private static final int MAX_QUOTED_BODY = 200;
    private static final byte[] OPEN = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final Duration timeout;
    private final Clock clock;

    public HttpRegistryClient(RegistrySettings settings, Clock clock) {
        this.endpoint = settings.checkinsUri();
        this.authorization = "Bearer " + settings.token().reveal();
        this.timeout = settings.timeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public RegistryReply send(List<QueuedEvent> events) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(events)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new RegistryReply.Failed("no answer from " + endpoint + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new RegistryReply.Failed("cannot reach " + endpoint + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + oneLine(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RegistryReply.Failed("interrupted while sending to " + endpoint);
        }
        int status = response.statusCode();
        if (status == 200) {
            try {
                return new RegistryReply.Answered(EventJson.decodeIngestResponse(response.body()));
            } catch (IllegalArgumentException e) {
                return new RegistryReply.Failed("the registry answered 200 with a body that is not an ingest response: "
                        + e.getMessage());
            }
        }
        if (status == 503 || status == 429) {
            return new RegistryReply.Busy(status, RetryAfter.parse(response.headers().firstValue("Retry-After")
                    .orElse(null), clock.instant()));
        }
        if (status >= 400 && status < 500) {
            return new RegistryReply.Refused(status, quote(response.body()));
        }
        return new RegistryReply.Failed("the registry answered " + status + " " + quote(response.body()));
    }

    /**
     * {@code {"events":[...]}} from the stored events' JSON, byte for byte what {@code EventJson.encode(new
     * IngestRequest(events))} writes, without decoding each event and encoding it again.
     */
    static byte[] body(List<QueuedEvent> events) {
        int size = 16 + events.size();
        for (QueuedEvent e : events) {
            size += e.json().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(OPEN);
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(events.get(i).json());
        }
        out.writeBytes(CLOSE);
        return out.toByteArray();
    }

    private static String quote(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return oneLine(text.length() > MAX_QUOTED_BODY ? text.substring(0, MAX_QUOTED_BODY) + "…" : text);
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString().strip();
    }
}
