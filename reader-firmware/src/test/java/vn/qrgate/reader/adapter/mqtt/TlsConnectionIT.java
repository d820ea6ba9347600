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
import org.junit.jupiter.api.Test;
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

/** The reader over TLS with a client certificate, as a kiosk reaches a broker across the internet. */
class TlsConnectionIT {

    private static final DeviceId KIOSK = DeviceId.of("kiosk-tls-1");

    @TempDir
    Path dir;

    private PrivateMosquitto broker;
    private TestGateway gateway;
    private SqliteOutbox outbox;
    private MqttEventPublisher publisher;

    @AfterEach
    void closeAll() {
        if (publisher != null) {
            publisher.close();
        }
        if (outbox != null) {
            outbox.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private int startBroker(TestCertificates certs) {
        int tlsPort = PrivateMosquitto.freePort();
        broker = PrivateMosquitto.in(dir.resolve("broker"))
                .line("listener " + tlsPort + " 127.0.0.1")
                .line("cafile " + certs.caCert)
                .line("certfile " + certs.serverCert)
                .line("keyfile " + certs.serverKey)
                .line("require_certificate true")
                .line("use_identity_as_username true")
                .start();
        gateway = TestGateway.connect(broker.uri());
        return tlsPort;
    }

    private void startReader(int tlsPort, Path ca, TestCertificates certs) {
        outbox = new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db")));
        MqttSettings settings = MqttSettings.builder(URI.create("ssl://127.0.0.1:" + tlsPort), KIOSK)
                .caFile(Optional.of(ca)).clientCertificate(Optional.of(certs.clientCert), Optional.of(certs.clientKeyEc))
                .reconnect(Duration.ofMillis(100), Duration.ofSeconds(1)).build();
        publisher = new MqttEventPublisher(settings, outbox, new RecordingReport(outbox), RemoteConfig.IGNORE,
                Clock.systemUTC());
        publisher.start();
    }

    @Test
    void aReaderWithItsClientCertificateDeliversOverTls() {
        assumeTrue(TestCertificates.available(), "openssl is not installed");
        TestCertificates certs = TestCertificates.make(dir.resolve("pki"), KIOSK.value());
        int tlsPort = startBroker(certs);
        startReader(tlsPort, certs.caCert, certs);

        Checkins checkins = new Checkins(KIOSK);
        for (int i = 0; i < 10; i++) {
            outbox.append(checkins.next());
        }
        publisher.wake();

        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.status().backlog() == 0);
        assertThat(gateway.eventIds()).hasSize(10);
    }

    @Test
    void aBrokerWhoseCertificateTheCaFileDoesNotVouchForIsNeverTalkedTo() throws InterruptedException {
        assumeTrue(TestCertificates.available(), "openssl is not installed");
        TestCertificates certs = TestCertificates.make(dir.resolve("pki"), KIOSK.value());
        int tlsPort = startBroker(certs);
        startReader(tlsPort, certs.otherCaCert, certs);
        outbox.append(new Checkins(KIOSK).next());
        publisher.wake();

        Thread.sleep(1_500);

        assertThat(publisher.status().connected()).isFalse();
        assertThat(gateway.eventIds()).isEmpty();
        assertThat(outbox.status().backlog()).isEqualTo(1);
    }
}
