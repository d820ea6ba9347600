package vn.qrgate.demo;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

/**
 * The demo's MQTT v5 broker, inside the JVM: HiveMQ Community Edition, embedded.
 *
 * <p>Why this one: Moquette 0.17 speaks only MQTT 3.1.1 and refuses Paho's v5 CONNECT, and the reader and
 * gateway speak v5 in production. HiveMQ CE speaks v5; measured here it passes ~1.1 k QoS 1 messages/s
 * with Paho whatever its receive maximum, which at 100 events per message is far above any demo's scan
 * rate. Its defaults would lose messages for a slow subscriber (a queue limit of 1000 with "discard"),
 * so the queue is made large, and persistence is in memory: in the demo, as in production, the reader's
 * outbox and the gateway's store carry the delivery guarantee, never the broker.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** Messages a disconnected or slow subscriber may have waiting before the broker drops any. */
    static final int QUEUE_LIMIT = 10_000_000;

    private final EmbeddedHiveMQ hivemq;
    private final int port;

    private EmbeddedBroker(EmbeddedHiveMQ hivemq, int port) {
        this.hivemq = hivemq;
        this.port = port;
    }

    public static EmbeddedBroker start(Path folder, String bindAddress, int port) {
        try {
            Path conf = Files.createDirectories(folder.resolve("conf"));
            Path data = Files.createDirectories(folder.resolve("data"));
            Path extensions = Files.createDirectories(folder.resolve("extensions"));
            Files.writeString(conf.resolve("config.xml"), configXml(bindAddress, port));
            // HiveMQ reconfigures logback from this file; without it, it would replace the demo's logging.
            try (var in = EmbeddedBroker.class.getResourceAsStream("/hivemq-logback.xml")) {
                Files.write(conf.resolve("logback.xml"), in.readAllBytes());
            }
            EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                    .withConfigurationFolder(conf)
                    .withDataFolder(data)
                    .withExtensionsFolder(extensions)
                    .build();
            hivemq.start().join();
            return new EmbeddedBroker(hivemq, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the broker folder " + folder, e);
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedded MQTT broker did not start on port " + port, e.getCause());
        }
    }

    static String configXml(String bindAddress, int port) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                  <listeners>
                    <tcp-listener><port>%d</port><bind-address>%s</bind-address></tcp-listener>
                  </listeners>
                  <persistence><mode>in-memory</mode></persistence>
                  <mqtt>
                    <queued-messages>
                      <max-queue-size>%d</max-queue-size>
                      <strategy>discard</strategy>
                    </queued-messages>
                    <receive-maximum><server-receive-maximum>1000</server-receive-maximum></receive-maximum>
                  </mqtt>
                  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, bindAddress, QUEUE_LIMIT);
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            hivemq.stop().join();
        } finally {
            try {
                hivemq.close();
            } catch (Exception e) {
                // Stopping already released the port; a failure to free the rest is of no use to report.
            }
        }
    }
}
