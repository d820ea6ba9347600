package vn.qrgate.reader.cli;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option parsers whose errors say what was given and what is allowed. */
final class Converters {

    private Converters() {
    }

    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(value);
                } catch (DateTimeParseException e2) {
                    throw new TypeConversionException("'" + value + "' is not an ISO-8601 instant with an offset; "
                            + "use e.g. 2026-11-29T12:00:00+07:00 or 2026-11-29T05:00:00Z");
                }
            }
        }
    }

    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time zone; use e.g. Asia/Ho_Chi_Minh or +07:00");
            }
        }
    }

    /** {@code 7d}, {@code 48h}, {@code 30m}, {@code 90s}, {@code 500ms}, or ISO-8601 {@code PT48H}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                Duration d;
                if (v.startsWith("p")) {
                    d = Duration.parse(v.toUpperCase(Locale.ROOT));
                } else if (v.matches("\\d{1,9}ms")) {
                    d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                } else if (v.matches("\\d{1,9}[dhms]")) {
                    long n = Long.parseLong(v.substring(0, v.length() - 1));
                    d = switch (v.charAt(v.length() - 1)) {
                        case 'd' -> Duration.ofDays(n);
                        case 'h' -> Duration.ofHours(n);
                        case 'm' -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    };
                } else {
                    throw new DateTimeParseException("unrecognised", v, 0);
                }
                if (d.isZero() || d.isNegative()) {
                    throw new TypeConversionException("'" + value + "' must be a positive duration");
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration; use e.g. 7d, 48h, 30m, 90s, 500ms or PT48H");
            }
        }
    }
}
