package vn.qrgate.registry.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.area.AreaLevel;

/** Assembling a report from roll-up rows: sums per child, unions of people, unscanned wards, every day listed. */
class StatisticsTest {

    private static final AreaLevel PROVINCE = new AreaLevel(1, "province");
    private static final AreaLevel DISTRICT = new AreaLevel(2, "district");
    private static final AreaLevel WARD = new AreaLevel(3, "ward");
    private static final Area DA_NANG = Area.top("48", "Thành phố Đà Nẵng", "Thành phố", PROVINCE);
    private static final Area HAI_CHAU = Area.under("48", "492", "Quận Hải Châu", "Quận", DISTRICT);
    private static final Area SON_TRA = Area.under("48", "493", "Quận Sơn Trà", "Quận", DISTRICT);
    private static final Area W1 = Area.under("492", "20227", "Phường Thạch Thang", "Phường", WARD);
    private static final Area W2 = Area.under("492", "20236", "Phường Hải Châu I", "Phường", WARD);
    private static final Area W3 = Area.under("493", "20260", "Phường Thọ Quang", "Phường", WARD);
    private static final LocalDate D1 = LocalDate.of(2026, 11, 20);

    private static PeopleSketch people(int... ids) {
        PeopleSketch sketch = PeopleSketch.empty();
        for (int id : ids) {
            sketch.addKey("CCCD", "0480000000" + id);
        }
        return sketch;
    }

    @Test
    void children_sum_their_wards_and_a_person_seen_in_two_wards_on_two_days_counts_once() {
        List<AreaDayRow> rows = List.of(
                new AreaDayRow("492", "20227", D1, 5, people(1, 2)),
                new AreaDayRow("492", "20227", D1.plusDays(2), 3, people(2, 3)),
                new AreaDayRow("492", "20236", D1, 4, people(1, 4)));
        List<VenueTally> tallies = List.of(new VenueTally("492", 3, 1, 2), new VenueTally("493", 2, 0, 0));

        StatsReport report = Statistics.report(DA_NANG, new StatsPeriod(D1, D1.plusDays(3)), List.of(HAI_CHAU, SON_TRA),
                List.of(W1, W2, W3), Map.of("492", HAI_CHAU, "493", SON_TRA), rows, tallies);

        assertThat(report.totals()).isEqualTo(new Counts(5, 1, 2, 12, 4));
        assertThat(report.children()).containsExactly(
                new StatsReport.Child(HAI_CHAU, new Counts(3, 1, 2, 12, 4)),
                new StatsReport.Child(SON_TRA, new Counts(2, 0, 0, 0, 0)));
        assertThat(report.areasWithoutScans()).containsExactly(new StatsReport.Unscanned(W3, Optional.of(SON_TRA)));
        assertThat(report.daily()).extracting(StatsReport.Day::scans).containsExactly(9L, 0L, 3L, 0L);
        assertThat(report.daily().get(0).date()).isEqualTo(D1);
    }

    @Test
    void rows_at_the_reported_areas_own_level_count_in_the_totals_only() {
        List<AreaDayRow> rows = List.of(new AreaDayRow("48", "48", D1, 7, people(9)));

        StatsReport report = Statistics.report(DA_NANG, new StatsPeriod(D1, D1), List.of(HAI_CHAU), List.of(W1),
                Map.of("492", HAI_CHAU), rows, List.of(new VenueTally("48", 1, 1, 1)));

        assertThat(report.totals()).isEqualTo(new Counts(1, 1, 1, 7, 1));
        assertThat(report.children()).containsExactly(new StatsReport.Child(HAI_CHAU, new Counts(0, 0, 0, 0, 0)));
        assertThat(report.areasWithoutScans()).extracting(StatsReport.Unscanned::area).containsExactly(W1);
    }
}
