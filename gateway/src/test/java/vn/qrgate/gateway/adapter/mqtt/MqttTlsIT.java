package vn.qrgate.gateway.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.config.MqttSettings;
import vn.qrgate.gateway.port.InboundMessages;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.testing.PrivateMosquitto;

/**
 * The gateway's MQTT connection over TLS with a client certificate, against Mosquitto with
 * {@code require_certificate true}, from PEM files made here with openssl.
 */
class MqttTlsIT {

    @TempDir
    static Path dir;
    static Path ca;
    static Path clientCert;
    static Path clientKey;
    static Path traditionalKey;

    @BeforeAll
    static void makeCertificates() throws Exception {
        assumeTrue(openssl("version"), "openssl is needed to make the test certificates");
        ca = dir.resolve("ca.crt");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=qrgate test CA", "-keyout", dir.resolve("ca.key").toString(), "-out", ca.toString());
        certificate("server", "/CN=127.0.0.1", "subjectAltName=IP:127.0.0.1");
        certificate("client", "/CN=qrgate-gateway", null);
        clientCert = dir.resolve("client.crt");
        clientKey = dir.resolve("client.key");
        traditionalKey = dir.resolve("client-rsa.key");
        openssl("genrsa", "-traditional", "-out", traditionalKey.toString(), "2048");
    }

    static void certificate(String name, String subject, String san) throws Exception {
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", subject,
                "-keyout", key.toString(), "-out", csr.toString());
        Path ext = dir.resolve(name + ".ext");
        Files.writeString(ext, san == null ? "basicConstraints=CA:FALSE\n" : san + "\n");
        openssl("x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", dir.resolve("ca.key").toString(),
                "-CAcreateserial", "-days", "2", "-extfile", ext.toString(), "-out", dir.resolve(name + ".crt").toString());
    }

    static boolean openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("openssl " + args[0] + " failed: " + out);
            }
            return true;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    @Test
    void theGatewayConnectsWithItsClientCertificateAndSubscribes() throws Exception {
        int tlsPort = PrivateMosquitto.freePort();
        try (PrivateMosquitto broker = PrivateMosquitto.in(dir.resolve("broker"))
                .line("listener " + tlsPort + " 127.0.0.1")
                .line("cafile " + ca)
                .line("certfile " + dir.resolve("server.crt"))
                .line("keyfile " + dir.resolve("server.key"))
                .line("require_certificate true")
                .start()) {
            AtomicInteger connections = new AtomicInteger();
            MqttSettings settings = new MqttSettings(URI.create("ssl://127.0.0.1:" + tlsPort), Optional.empty(),
                    Optional.empty(), Optional.of(ca), Optional.of(clientCert), Optional.of(clientKey), "qrgate-gateway",
                    Duration.ZERO, Duration.ofMillis(100), Duration.ofSeconds(1));
            try (MqttGatewayClient client = new MqttGatewayClient(settings, "qrgate-gateway-tls", new InboundMessages() {
                @Override
                public void checkins(DeviceId device, byte[] payload, Runnable complete) {
                    complete.run();
                }

                @Override
                public void status(DeviceId device, byte[] payload, boolean retained) {
                }

                @Override
                public void connected() {
                    connections.incrementAndGet();
                }
            })) {
                client.start();

                assertThat(client.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
                assertThat(client.connected()).isTrue();
                assertThat(connections.get()).isEqualTo(1);
                assertThat(broker.uri()).startsWith("tcp://");
            }
        }
    }

    @Test
    void aKeyInTheOldRsaFormIsRefusedWithTheCommandThatConvertsIt() {
        assertThatThrownBy(() -> PemTls.privateKey(traditionalKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA PRIVATE KEY")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void aPkcs8KeyIsRead() throws Exception {
        assertThat(PemTls.privateKey(clientKey).getAlgorithm()).isEqualTo("EC");
    }
}
