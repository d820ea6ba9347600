package vn.qrgate.gateway.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.protocol.topic.Topics;

/**
 * The kit's TLS listeners, as written in {@code gateway/broker/mosquitto.conf}, on a private Mosquitto: a
 * device that trusts the site CA gets in; a broker certificate from another CA, an expired one or one for
 * another host name is refused by the device before it sends its password.
 */
class BrokerTlsIT {

    static final String DEVICE = "kiosk-tls-0001";
    static final String PASSWORD = "tls-secret";

    @TempDir
    Path dir;
    Pki pki;
    PrivateMosquitto broker;

    @BeforeEach
    void tools() {
        assumeTrue(Pki.available(), "openssl is not installed");
        assumeTrue(Tools.installed("mosquitto") && Tools.installed("mosquitto_passwd"), "mosquitto is not installed");
        pki = Pki.make(dir.resolve("pki"));
    }

    @AfterEach
    void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    /** The password listener (8883) with this server certificate; returns its port. */
    int passwordListener(Path serverCert) {
        int port = PrivateMosquitto.freePort();
        PrivateMosquitto.Builder b = PrivateMosquitto.in(dir.resolve("broker")).user(DEVICE, PASSWORD).acl(BrokerKit.ACL);
        BrokerKit.listener(BrokerKit.PASSWORD_LISTENER, port, pki.caCert, serverCert, pki.serverKey).forEach(b::line);
        broker = b.start();
        return port;
    }

    MqttProbe device(String uri, Path trusted) throws Exception {
        return MqttProbe.connect(uri, DEVICE, Optional.of(DEVICE), Optional.of(PASSWORD),
                Optional.of(MqttProbe.tls(trusted, Optional.empty(), Optional.empty())));
    }

    @Test
    void aDeviceTrustingTheSiteCaLogsInAndPublishesItsCheckins() throws Exception {
        int port = passwordListener(pki.serverCert);

        try (MqttProbe device = device("ssl://localhost:" + port, pki.caCert)) {
            assertThat(device.publish(Topics.checkins(DeviceId.of(DEVICE)))).isZero();
        }
    }

    @Test
    void aBrokerCertificateFromAnotherCaIsRefused() {
        int port = passwordListener(pki.serverCert);

        assertThatThrownBy(() -> device("ssl://localhost:" + port, pki.otherCaCert)).hasCauseInstanceOf(SSLHandshakeException.class)
                .hasStackTraceContaining("unable to find valid certification path");
    }

    @Test
    void anExpiredBrokerCertificateIsRefused() {
        int port = passwordListener(pki.expiredServerCert);

        assertThatThrownBy(() -> device("ssl://localhost:" + port, pki.caCert))
                .hasCauseInstanceOf(SSLHandshakeException.class)
                .hasRootCauseInstanceOf(java.security.cert.CertificateExpiredException.class);
    }

    @Test
    void aBrokerCertificateForAnotherHostNameIsRefused() {
        int port = passwordListener(pki.elsewhereServerCert);

        assertThatThrownBy(() -> device("ssl://localhost:" + port, pki.caCert))
                .hasCauseInstanceOf(SSLHandshakeException.class)
                .hasStackTraceContaining("No subject alternative DNS name matching localhost");
    }

    @Test
    void theCertificateListenerRefusesADeviceWithoutACertificateEvenWithTheRightPassword() {
        int port = PrivateMosquitto.freePort();
        PrivateMosquitto.Builder b = PrivateMosquitto.in(dir.resolve("broker")).user(DEVICE, PASSWORD).acl(BrokerKit.ACL);
        BrokerKit.listener(BrokerKit.CERTIFICATE_LISTENER, port, pki.caCert, pki.serverCert, pki.serverKey).forEach(b::line);
        broker = b.start();

        assertThatThrownBy(() -> device("ssl://localhost:" + port, pki.caCert)).isInstanceOf(
                org.eclipse.paho.mqttv5.common.MqttException.class);
    }
}
