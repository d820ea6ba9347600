package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.trace.TraceWindow;

/** The query parameters of the trace and audit endpoints, each refused with a 400 that names it. */
final class TraceParameters {

    enum Format { JSON, CSV }

    static final String TIME_RULE = "an ISO-8601 instant or date-time with offset (2026-11-29T05:00:00Z, "
            + "2026-11-29T12:00:00+07:00) or a date (2026-11-29, meaning its start in UTC)";
    private static final String DOCUMENT_RULE = "a document number: 1 to 32 letters and digits";
    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final int MAX_QUOTED = 64;

    private TraceParameters() {
    }

    static TraceWindow window(Context ctx) {
        Instant from = instant("from", ctx.queryParam("from"));
        Instant to = instant("to", ctx.queryParam("to"));
        if (!from.isBefore(to)) {
            throw bad("to", ctx.queryParam("to"), "a time after from (" + from + ")");
        }
        if (to.isAfter(from.plus(TraceWindow.MAX_LENGTH))) {
            throw bad("to", ctx.queryParam("to"), "at most " + TraceWindow.MAX_LENGTH.toDays()
                    + " days after from (" + from + "); ask for longer periods in parts");
        }
        return new TraceWindow(from, to);
    }

    static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            throw bad(name, "", "required: " + TIME_RULE);
        }
        // An unencoded '+' in a query string arrives as a space: "12:00:00+07:00" becomes "12:00:00 07:00".
        String value = text.strip().replace(' ', '+');
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw bad(name, text, TIME_RULE);
        }
    }

    /** The document number is personal data: a refusal describes it without quoting it. */
    static String document(String text) {
        if (text == null || text.isEmpty()) {
            throw bad("document", "", "required: " + DOCUMENT_RULE);
        }
        if (!DOCUMENT.matcher(text).matches()) {
            throw ApiError.of(400, "query parameter document must be " + DOCUMENT_RULE)
                    .detail("parameter", "document")
                    .detail("value", "(not shown: personal data; " + text.codePointCount(0, text.length()) + " characters)")
                    .detail("allowed", DOCUMENT_RULE);
        }
        return text;
    }

    /** {@code ?format=} wins over {@code Accept}; JSON unless either asks for CSV. */
    static Format format(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "csv":
                    return Format.CSV;
                case "json":
                    return Format.JSON;
                default:
                    throw bad("format", format, "csv or json (or leave it out and send Accept: text/csv)");
            }
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv") ? Format.CSV : Format.JSON;
    }

    static int limit(String text, int fallback, int max) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        String rule = "a whole number from 1 to " + max + " (default " + fallback + ")";
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw bad("limit", text, rule);
        }
        return Integer.parseInt(text);
    }

    static ApiError bad(String name, String value, String allowed) {
        return ApiError.of(400, "query parameter " + name + " must be " + allowed)
                .detail("parameter", name).detail("value", quoted(value)).detail("allowed", allowed);
    }

    /** Request text echoed back: short, and without control characters. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_QUOTED).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return text.codePointCount(0, text.length()) > MAX_QUOTED ? out + "…" : out.toString();
    }
}
