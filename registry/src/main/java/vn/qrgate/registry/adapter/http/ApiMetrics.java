package vn.qrgate.registry.adapter.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import vn.qrgate.protocol.event.IngestResponse;

/**
 * The API's meters. Tags hold only fixed words, route templates and gateway ids from the config:
 * never a venue id taken from a request, a person's data or a token.
 */
public final class ApiMetrics {

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    public ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = events("accepted");
        this.duplicates = events("duplicate");
        this.rejected = events("rejected");
    }

    void ingested(IngestResponse response) {
        accepted.increment(response.accepted().size());
        duplicates.increment(response.duplicates().size());
        rejected.increment(response.rejected().size());
    }

    void request(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests")
                .description("HTTP requests to the registry API")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(took);
    }

    private Counter events(String outcome) {
        return Counter.builder("qrgate.registry.ingest.events")
                .description("Events received from gateways, by what became of them")
                .tag("outcome", outcome)
                .register(registry);
    }
}
