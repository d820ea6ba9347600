package vn.qrgate.registry.domain.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Statistics count by the local day in Vietnam, whatever offset a reader's clock wrote. */
public final class LocalDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private LocalDays() {
    }

    public static LocalDate of(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
