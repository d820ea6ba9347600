package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.stats.Counts;
import vn.qrgate.registry.domain.stats.StatsReport;

/** The wire form of a {@link StatsReport}. */
final class StatsJson {

    private StatsJson() {
    }

    static byte[] write(StatsReport report) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeFieldName("area");
            area(g, report.area());
            g.writeStringField("from", report.period().from().toString());
            g.writeStringField("to", report.period().to().toString());
            g.writeObjectFieldStart("totals");
            counts(g, report.totals());
            // Distinct people are a HyperLogLog estimate once they are more than a few hundred.
            g.writeBooleanField("uniquePeopleApproximate", true);
            g.writeEndObject();
            g.writeArrayFieldStart("children");
            for (StatsReport.Child child : report.children()) {
                g.writeStartObject();
                g.writeFieldName("area");
                area(g, child.area());
                counts(g, child.counts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("areasWithoutScans");
            for (StatsReport.Unscanned u : report.areasWithoutScans()) {
                g.writeStartObject();
                g.writeStringField("code", u.area().code());
                g.writeStringField("name", u.area().name());
                if (u.parent().isPresent()) {
                    g.writeObjectFieldStart("parent");
                    g.writeStringField("code", u.parent().get().code());
                    g.writeStringField("name", u.parent().get().name());
                    g.writeEndObject();
                } else {
                    g.writeNullField("parent");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("daily");
            for (StatsReport.Day day : report.daily()) {
                g.writeStartObject();
                g.writeStringField("date", day.date().toString());
                g.writeNumberField("scans", day.scans());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void area(JsonGenerator g, Area area) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", area.code());
        g.writeStringField("name", area.name());
        g.writeStringField("levelName", area.level().name());
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, Counts c) throws IOException {
        g.writeNumberField("venues", c.venues());
        g.writeNumberField("venuesScannedToday", c.venuesScannedToday());
        g.writeNumberField("venuesScanned7d", c.venuesScanned7d());
        g.writeNumberField("scans", c.scans());
        g.writeNumberField("uniquePeople", c.uniquePeople());
    }
}
