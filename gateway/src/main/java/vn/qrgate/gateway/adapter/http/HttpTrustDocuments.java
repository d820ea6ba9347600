package vn.qrgate.gateway.adapter.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.port.TrustDocuments;

/**
 * {@code GET {url}/api/v1/trust} and {@code GET {url}/api/v1/revocations} with the gateway's bearer token and
 * {@code If-None-Match}, on the JDK's HTTP client. The token never appears in an outcome.
 */
public final class HttpTrustDocuments implements TrustDocuments {

    /** Far above any real list (a few keys, a few thousand revoked people), so a runaway answer is refused. */
    static final int MAX_BODY = 8 * 1024 * 1024;
    private static final int MAX_QUOTED_BODY = 200;

    private final HttpClient http;
    private final URI trust;
    private final URI revocations;
    private final String authorization;
    private final Duration timeout;

    public HttpTrustDocuments(RegistrySettings settings) {
        this.trust = settings.trustUri();
        this.revocations = settings.revocationsUri();
        this.authorization = "Bearer " + settings.token().reveal();
        this.timeout = settings.timeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Fetch fetch(Document document, Optional<String> etag) {
        URI uri = document == Document.TRUST ? trust : revocations;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET();
        etag.ifPresent(tag -> request.header("If-None-Match", tag));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return new Failed("no answer", "no answer from " + uri + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Failed("unreachable", "cannot reach " + uri + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + oneLine(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted", "interrupted while fetching " + uri);
        }
        int status = response.statusCode();
        if (status == 304) {
            return new NotModified();
        }
        if (status == 200) {
            if (response.body().length > MAX_BODY) {
                return new Failed("too large", uri + " answered " + response.body().length + " bytes, more than "
                        + MAX_BODY);
            }
            return new Body(response.body(), response.headers().firstValue("ETag"));
        }
        String why = status == 401 || status == 403 ? " (the registry refused registry.token)"
                : status == 503 ? " (busy or starting)" : status == 404 ? " (does this registry serve the lists?)" : "";
        return new Failed("answered " + status, uri + " answered " + status + why + " " + quote(response.body()));
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
