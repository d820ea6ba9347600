package vn.qrgate.registry.port;

import java.time.LocalDate;
import java.util.List;
import vn.qrgate.registry.domain.stats.AreaDayRow;
import vn.qrgate.registry.domain.stats.StatsPeriod;
import vn.qrgate.registry.domain.stats.VenueTally;

/**
 * The statistics roll-ups, read by area. Reads only the roll-up, area and venue tables, never the
 * check-ins themselves. Every method may throw {@link StoreBusyException} or {@link StoreFailureException}
 * like {@link CheckinStore}'s.
 */
public interface StatsStore {

    /** The area-day roll-ups in {@code areaCode} and every area under it, within the period. */
    List<AreaDayRow> areaDays(String areaCode, StatsPeriod period);

    /**
     * Per branch (child of {@code areaCode}, or {@code areaCode} itself), the registered venues and how
     * many had a scan on {@code today} and in the 7 days up to it. Branches without venues are left out.
     */
    List<VenueTally> venues(String areaCode, LocalDate today);
}
