package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.port.RemoteConfig;
import vn.qrgate.reader.testing.Checkins;
import vn.qrgate.reader.testing.RecordingReport;
import vn.qrgate.reader.testing.TestCertificates;
import vn.qrgate.reader.testing.TestGateway;

/**
 * A broker whose certificate the reader must not trust (expired, or issued for another host) is never
 * talked to, and the reader keeps every check-in until a broker it can trust takes them, each once.
 */
class TlsRefusalIT {

    private static final DeviceId KIOSK = DeviceId.of("kiosk-tls-2");
    private static final int SCANS = 5;

    @TempDir
    Path dir;

    private TestCertificates certs;
    private int tlsPort;
    private PrivateMosquitto broker;
    private TestGateway gateway;
    private SqliteOutbox outbox;
    private MqttEventPublisher publisher;

    @BeforeEach
    void pki() {
        assumeTrue(TestCertificates.available(), "openssl is not installed");
        certs = TestCertificates.make(dir.resolve("pki"), KIOSK.value());
        tlsPort = PrivateMosquitto.freePort();
    }

    @AfterEach
    void closeAll() {
        if (publisher != null) {
            publisher.close();
        }
        if (outbox != null) {
            outbox.close();
        }
        closeBroker();
    }

    private void closeBroker() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    private void startBroker(Path serverCert) {
        broker = PrivateMosquitto.in(dir.resolve("broker-" + serverCert.getFileName()))
                .line("listener " + tlsPort + " 127.0.0.1")
                .line("cafile " + certs.caCert)
                .line("certfile " + serverCert)
                .line("keyfile " + certs.serverKey)
                .line("require_certificate true")
                .line("use_identity_as_username true")
                .start();
        gateway = TestGateway.connect(broker.uri());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"expired", "issued for another host"})
    void a_broker_certificate_that_is_not_valid_for_this_connection_is_refused_and_the_checkins_wait_for_a_good_one(
            String fault) throws Exception {
        startBroker(fault.equals("expired") ? certs.expiredServerCert : certs.elsewhereServerCert);
        outbox = new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db")));
        MqttSettings settings = MqttSettings.builder(URI.create("ssl://127.0.0.1:" + tlsPort), KIOSK)
                .caFile(Optional.of(certs.caCert)).clientCertificate(Optional.of(certs.clientCert), Optional.of(certs.clientKeyEc))
                .reconnect(Duration.ofMillis(100), Duration.ofMillis(500))
                // The reader may reconnect before the test's gateway subscribes; what it sent then is sent
                // again after the ack timeout, as in the field.
                .ackTimeout(Duration.ofSeconds(3)).build();
        publisher = new MqttEventPublisher(settings, outbox, new RecordingReport(outbox), RemoteConfig.IGNORE,
                Clock.systemUTC());
        publisher.start();
        Checkins checkins = new Checkins(KIOSK);
        for (int i = 0; i < SCANS; i++) {
            outbox.append(checkins.next());
        }
        publisher.wake();

        Thread.sleep(2_000);

        assertThat(publisher.status().connected()).as("connected to a broker it must not trust").isFalse();
        assertThat(gateway.eventIds()).isEmpty();
        assertThat(outbox.status().backlog()).isEqualTo(SCANS);

        // The technician renews the broker's certificate: the same reader delivers what it kept.
        closeBroker();
        startBroker(certs.serverCert);
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.status().backlog() == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.eventIds().size() >= SCANS);
        Thread.sleep(300);
        assertThat(gateway.eventIds()).hasSize(SCANS).doesNotHaveDuplicates();
    }
}
