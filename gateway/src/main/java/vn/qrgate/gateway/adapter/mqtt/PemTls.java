package vn.qrgate.gateway.adapter.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS from the PEM files an operator has (as Mosquitto uses them): a CA certificate to trust the broker,
 * optionally a client certificate and its PKCS#8 key. Errors name the file and what is wrong, never the key.
 */
final class PemTls {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final char[] NO_PASSWORD = new char[0];

    private PemTls() {
    }

    static SSLSocketFactory socketFactory(Optional<Path> caFile, Optional<Path> clientCert, Optional<Path> clientKey) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (caFile.isPresent()) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (Certificate cert : certificates(caFile.get())) {
                    store.setCertificateEntry("ca-" + i++, cert);
                }
                trust.init(store);
            } else {
                trust.init((KeyStore) null);
            }
            KeyManagerFactory keys = null;
            if (clientCert.isPresent() && clientKey.isPresent()) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                List<Certificate> chain = certificates(clientCert.get());
                store.setKeyEntry("client", privateKey(clientKey.get()), NO_PASSWORD, chain.toArray(new Certificate[0]));
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, NO_PASSWORD);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getClass().getSimpleName(), e);
        }
    }

    static List<Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        Collection<? extends Certificate> certs;
        try (var in = Files.newInputStream(file)) {
            certs = factory.generateCertificates(in);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": no PEM certificate could be read", e);
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException(file + ": holds no certificate");
        }
        return new ArrayList<>(certs);
    }

    static PrivateKey privateKey(Path file) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            String type = m.group(1);
            if (type.equals("PRIVATE KEY")) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                for (String algorithm : new String[] {"EC", "RSA", "Ed25519"}) {
                    try {
                        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                    } catch (GeneralSecurityException tryNext) {
                        // not this algorithm
                    }
                }
                throw new IllegalArgumentException(file + ": the private key is neither EC, RSA nor Ed25519");
            }
            if (type.endsWith("PRIVATE KEY")) {
                throw new IllegalArgumentException(file + ": the key is in " + type + " form; convert it to PKCS#8 "
                        + "with: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out client.pk8.pem");
            }
        }
        throw new IllegalArgumentException(file + ": no -----BEGIN PRIVATE KEY----- block");
    }
}
