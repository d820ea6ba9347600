package vn.qrgate.registry.adapter.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer other than 2xx, with the JSON body {@code {"error": message, …details}}. Messages and
 * details never carry a token or a visitor's data; they may quote a request parameter.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final Map<String, Object> details;
    private final Map<String, String> headers;

    private ApiError(int status, String message, Map<String, Object> details, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.details = details;
        this.headers = headers;
    }

    static ApiError of(int status, String message) {
        return new ApiError(status, message, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    static ApiError unauthorized(String message) {
        // RFC 6750 §3: a 401 says which scheme to use.
        return of(401, message).header("WWW-Authenticate", "Bearer realm=\"qrgate-registry\"");
    }

    ApiError detail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    ApiError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    Map<String, Object> details() {
        return details;
    }

    Map<String, String> headers() {
        return headers;
    }
}
