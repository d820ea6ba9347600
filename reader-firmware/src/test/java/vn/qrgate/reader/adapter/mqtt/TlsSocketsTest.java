package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.reader.testing.TestCertificates;

/** PEM files as a technician gets them from openssl, read with the JDK alone. */
class TlsSocketsTest {

    @TempDir
    static Path dir;

    private static TestCertificates certs;

    @BeforeAll
    static void makeCertificates() {
        assumeTrue(TestCertificates.available(), "openssl is not installed");
        certs = TestCertificates.make(dir.resolve("pki"), "kiosk-tls-1");
    }

    @Test
    void pkcs8KeysOfBothKindsAreRead() {
        assertThat(TlsSockets.privateKey(certs.clientKeyEc).getAlgorithm()).isEqualTo("EC");
        assertThat(TlsSockets.privateKey(certs.clientKeyRsa).getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void aFactoryIsMadeFromTheCaAloneOrWithAClientCertificate() {
        assertThat(TlsSockets.factory(Optional.of(certs.caCert), Optional.empty(), Optional.empty())).isNotNull();
        assertThat(TlsSockets.factory(Optional.of(certs.caCert), Optional.of(certs.clientCert),
                Optional.of(certs.clientKeyEc))).isNotNull();
        assertThat(TlsSockets.factory(Optional.empty(), Optional.empty(), Optional.empty())).isNotNull();
    }

    @Test
    void aPkcs1KeyIsRefusedWithTheCommandThatConvertsIt() {
        assertThatThrownBy(() -> TlsSockets.privateKey(certs.clientKeyPkcs1))
                .isInstanceOf(MqttSetupException.class)
                .hasMessageContaining("mqtt.clientKey").hasMessageContaining("PKCS#1")
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void aCaFileThatHoldsNoCertificateIsNamedWithoutQuotingIt() throws Exception {
        Path notACert = dir.resolve("ca-not-a-cert.pem");
        Files.writeString(notACert, "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> TlsSockets.factory(Optional.of(notACert), Optional.empty(), Optional.empty()))
                .isInstanceOf(MqttSetupException.class)
                .hasMessageContaining("mqtt.caFile").hasMessageContaining(notACert.toString())
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aKeyFileWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> TlsSockets.privateKey(certs.caCert))
                .isInstanceOf(MqttSetupException.class).hasMessageContaining("not a PEM private key");
    }
}
