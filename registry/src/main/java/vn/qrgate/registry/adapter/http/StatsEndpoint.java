package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.stats.LocalDays;
import vn.qrgate.registry.domain.stats.Statistics;
import vn.qrgate.registry.domain.stats.StatsPeriod;
import vn.qrgate.registry.domain.stats.StatsReport;
import vn.qrgate.registry.domain.stats.StatsScope;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.StatsStore;

/**
 * {@code GET /api/v1/stats?area=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD}: an area's statistics from the
 * roll-ups, for officials within their area, health tracers and admins. Dates are local days in
 * Vietnam, both included; the default is the last {@value #DEFAULT_DAYS} days up to today.
 */
public final class StatsEndpoint implements ApiModule {

    static final String ROUTE = "/api/v1/stats";
    static final int DEFAULT_DAYS = 7;
    private static final String DATE_RULE = "an ISO date (2026-11-29), a local day in Asia/Ho_Chi_Minh";

    private final StatsStore stats;
    private final AreaStore areas;
    private final Authenticator authenticator;
    private final Clock clock;

    public StatsEndpoint(StatsStore stats, AreaStore areas, Authenticator authenticator, Clock clock) {
        this.stats = stats;
        this.areas = areas;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.get(ROUTE, this::stats);
    }

    void stats(Context ctx) {
        Caller caller = BearerToken.caller(ctx, authenticator).orElseThrow(() -> ApiError.unauthorized(
                "an account's bearer token is required: Authorization: Bearer <token of an official, health tracer or admin>"));
        Optional<String> requested = area(ctx.queryParam("area"));
        Optional<Area> found = requested.map(code -> areas.byCode(code).orElseThrow(() -> ApiError.of(404,
                "no area with code " + code + " among the stored areas").detail("area", code)));
        StatsScope.Decision decision = StatsScope.decide(caller, requested,
                code -> areas.ancestors(code).stream().map(Area::code).toList());
        if (decision instanceof StatsScope.Forbidden f) {
            throw ApiError.of(403, f.why()).detail("area", requested.orElse(""));
        }
        if (decision instanceof StatsScope.AreaRequired r) {
            throw TraceParameters.bad("area", "", "required: " + r.why());
        }
        String code = ((StatsScope.Allowed) decision).area();
        Area area = found.orElseGet(() -> areas.byCode(code).orElseThrow(() -> ApiError.of(404,
                "the account's own area " + code + " is not among the stored areas; import the area list")
                .detail("area", code)));
        LocalDate today = LocalDays.of(clock.instant());
        StatsPeriod period = period(ctx.queryParam("from"), ctx.queryParam("to"), today);
        List<Area> children = areas.children(area.code());
        List<Area> lowest = areas.lowestLevelUnder(area.code());
        Map<String, Area> parents = new HashMap<>();
        parents.put(area.code(), area);
        children.forEach(c -> parents.put(c.code(), c));
        for (String parent : Statistics.missingParents(lowest, parents)) {
            areas.byCode(parent).ifPresent(a -> parents.put(parent, a));
        }
        StatsReport report = Statistics.report(area, period, children, lowest, parents,
                stats.areaDays(area.code(), period), stats.venues(area.code(), today));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(StatsJson.write(report));
    }

    private static Optional<String> area(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Area.codeProblem(text).ifPresent(problem -> {
            throw TraceParameters.bad("area", text, "an area code: 1 to 12 digits 0-9, leading zeros kept (e.g. 48, 490)");
        });
        return Optional.of(text);
    }

    static StatsPeriod period(String fromText, String toText, LocalDate today) {
        LocalDate to = date("to", toText).orElse(today);
        LocalDate from = date("from", fromText).orElse(to.minusDays(DEFAULT_DAYS - 1L));
        if (to.isBefore(from)) {
            throw TraceParameters.bad("to", toText == null ? to.toString() : toText,
                    "a date on or after from (" + from + ")");
        }
        if (StatsPeriod.days(from, to) > StatsPeriod.MAX_DAYS) {
            throw TraceParameters.bad("to", toText == null ? to.toString() : toText, "at most "
                    + StatsPeriod.MAX_DAYS + " days from " + from + " (both included); ask for longer periods in parts");
        }
        return new StatsPeriod(from, to);
    }

    private static Optional<LocalDate> date(String name, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            throw TraceParameters.bad(name, text, DATE_RULE);
        }
    }
}
