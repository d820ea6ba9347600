package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.gateway.testing.Gateways.metric;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import vn.qrgate.gateway.domain.RefusalReason;

/** The names and labels operators put in dashboards and alerts. */
class GatewayMetricsTest {

    @Test
    void everyMeterHasItsDocumentedPrometheusName() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        GatewayMetrics metrics = new GatewayMetrics(registry);
        metrics.gauges(() -> 42, () -> 3);
        metrics.ingested(5);
        metrics.duplicates(2);
        metrics.refused(RefusalReason.UNKNOWN_DEVICE, 7);
        metrics.forwarded(4);
        metrics.deadLettered(1);
        metrics.forwardError(GatewayMetrics.ForwardError.BUSY);

        String text = registry.scrape();

        assertThat(metric(text, "qrgate_gateway_ingested_events_total")).isEqualTo(5);
        assertThat(metric(text, "qrgate_gateway_duplicate_events_total")).isEqualTo(2);
        assertThat(metric(text, "qrgate_gateway_refused_events_total{reason=\"unknown_device\"}")).isEqualTo(7);
        assertThat(metric(text, "qrgate_gateway_refused_events_total{reason=\"malformed\"}")).isZero();
        assertThat(metric(text, "qrgate_gateway_forwarded_events_total")).isEqualTo(4);
        assertThat(metric(text, "qrgate_gateway_dead_lettered_events_total")).isEqualTo(1);
        assertThat(metric(text, "qrgate_gateway_forward_errors_total{kind=\"busy\"}")).isEqualTo(1);
        assertThat(metric(text, "qrgate_gateway_forward_errors_total{kind=\"unauthorized\"}")).isZero();
        assertThat(metric(text, "qrgate_gateway_registry_backlog")).isEqualTo(42);
        assertThat(metric(text, "qrgate_gateway_devices_online")).isEqualTo(3);
    }

    @Test
    void aGaugeWhoseStoreFailsShowsNaN() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new GatewayMetrics(registry).gauges(() -> {
            throw new IllegalStateException("down");
        }, () -> 0);

        assertThat(metric(registry.scrape(), "qrgate_gateway_registry_backlog")).isNaN();
    }
}
