package vn.qrgate.gateway.broker;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A device as the broker sees it: a Paho MQTT 5 client that connects (over TLS trusting one CA file,
 * with a password or a client certificate) and reports the broker's reason codes for its publishes and
 * subscriptions. Hostname verification is on, as in the reader.
 */
final class MqttProbe implements AutoCloseable {

    private static final int NO_MATCHING_SUBSCRIBERS = 0x10;

    private final MqttAsyncClient client;
    private final Set<String> received = ConcurrentHashMap.newKeySet();

    private MqttProbe(MqttAsyncClient client) {
        this.client = client;
    }

    /** Topics of the messages that reached this client. */
    Set<String> received() {
        return received;
    }

    static MqttProbe connect(String uri, String clientId, Optional<String> user, Optional<String> password,
            Optional<SSLSocketFactory> tls) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
        MqttProbe probe = new MqttProbe(client);
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                probe.received.add(topic);
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setConnectionTimeout(5);
        options.setAutomaticReconnect(false);
        user.ifPresent(options::setUserName);
        password.ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
        tls.ifPresent(options::setSocketFactory);
        options.setHttpsHostnameVerificationEnabled(true);
        try {
            client.connect(options).waitForCompletion(10_000);
        } catch (MqttException e) {
            client.close(true);
            throw e;
        }
        return probe;
    }

    /**
     * The PUBACK reason code of a QoS 1 publish: 0 accepted, 0x87 not authorised. 0x10 "no matching
     * subscribers" is reported as 0: the broker took the message, nobody happened to listen.
     */
    int publish(String topic) throws MqttException {
        return publish(topic, false);
    }

    int publish(String topic, boolean retained) throws MqttException {
        IMqttToken token = client.publish(topic, new MqttMessage("{}".getBytes(StandardCharsets.UTF_8), 1, retained, null));
        token.waitForCompletion(10_000);
        int[] codes = token.getReasonCodes();
        int code = codes == null || codes.length == 0 ? 0 : codes[0];
        return code == NO_MATCHING_SUBSCRIBERS ? 0 : code;
    }

    /**
     * The SUBACK reason code: the granted QoS (0-2), or 0x87 not authorised. Mosquitto 2.0's acl file
     * grants every subscription and filters at delivery, so a refused read shows in {@link #received()}.
     */
    int subscribe(String topic) throws MqttException {
        IMqttToken token = client.subscribe(topic, 1);
        token.waitForCompletion(10_000);
        return token.getReasonCodes()[0];
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException ignored) {
            // The test is over; a broker that already dropped us is no news.
        }
    }

    /** TLS trusting only {@code caPem}; with a client certificate when both cert and key are given. */
    static SSLSocketFactory tls(Path caPem, Optional<Path> certPem, Optional<Path> keyPem) {
        try {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", read(x509, caPem));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = null;
            if (certPem.isPresent() && keyPem.isPresent()) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                keys.load(null, null);
                char[] pass = "x".toCharArray();
                keys.setKeyEntry("me", ecKey(keyPem.get()), pass, new Certificate[] {read(x509, certPem.get())});
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keys, pass);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not set up TLS from " + caPem, e);
        }
    }

    private static Certificate read(CertificateFactory x509, Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return x509.generateCertificate(in);
        }
    }

    /** An EC key in PKCS#8 PEM, as {@code openssl genpkey} writes it. */
    private static PrivateKey ecKey(Path pem) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
