package vn.qrgate.reader.adapter.mqtt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS socket factory for {@code ssl://} and {@code wss://} brokers, from PEM files and the JDK alone:
 * the broker is trusted through the CA file (or the JVM's own CAs without one), and the reader shows its
 * client certificate when one is configured. The key must be unencrypted PKCS#8 ({@code BEGIN PRIVATE
 * KEY}), RSA or EC. Error messages name the file and the problem, never key material.
 */
final class TlsSockets {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final char[] IN_MEMORY = "qrgate".toCharArray();
    private static final String CONVERT = "convert it with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8";

    private TlsSockets() {
    }

    static SSLSocketFactory factory(Optional<Path> caFile, Optional<Path> clientCert, Optional<Path> clientKey) {
        try {
            TrustManager[] trust = null;
            if (caFile.isPresent()) {
                KeyStore cas = emptyStore();
                int i = 0;
                for (Certificate ca : certificates(caFile.get(), "mqtt.caFile")) {
                    cas.setCertificateEntry("ca-" + i++, ca);
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(cas);
                trust = tmf.getTrustManagers();
            }
            KeyManager[] keys = null;
            if (clientCert.isPresent() && clientKey.isPresent()) {
                List<Certificate> chain = certificates(clientCert.get(), "mqtt.clientCert");
                PrivateKey key = privateKey(clientKey.get());
                KeyStore store = emptyStore();
                store.setKeyEntry("client", key, IN_MEMORY, chain.toArray(new Certificate[0]));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(store, IN_MEMORY);
                keys = kmf.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new MqttSetupException("mqtt TLS: cannot set up (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    static List<Certificate> certificates(Path file, String key) {
        byte[] pem = read(file, key);
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem));
            if (certs.isEmpty()) {
                throw new MqttSetupException(key + " " + file + ": no certificate in it (PEM, BEGIN CERTIFICATE)");
            }
            return List.copyOf(certs);
        } catch (CertificateException e) {
            throw new MqttSetupException(key + " " + file + ": not a PEM certificate (BEGIN CERTIFICATE)");
        }
    }

    static PrivateKey privateKey(Path file) {
        String pem = new String(read(file, "mqtt.clientKey"), StandardCharsets.US_ASCII);
        Matcher m = PKCS8.matcher(pem);
        if (!m.find()) {
            String kind = pem.contains("BEGIN RSA PRIVATE KEY") ? "a PKCS#1 RSA key"
                    : pem.contains("BEGIN EC PRIVATE KEY") ? "a SEC1 EC key"
                    : pem.contains("BEGIN ENCRYPTED PRIVATE KEY") ? "an encrypted key"
                    : "not a PEM private key";
            throw new MqttSetupException("mqtt.clientKey " + file + ": " + kind + "; an unencrypted PKCS#8 key"
                    + " (BEGIN PRIVATE KEY) is needed; " + CONVERT);
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new MqttSetupException("mqtt.clientKey " + file + ": the PEM body is not base64");
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException tryNext) {
                // Not this algorithm; the next one may read it.
            }
        }
        throw new MqttSetupException("mqtt.clientKey " + file + ": neither an RSA nor an EC key");
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static byte[] read(Path file, String key) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MqttSetupException(key + " " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
