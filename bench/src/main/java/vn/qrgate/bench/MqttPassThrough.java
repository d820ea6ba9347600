package vn.qrgate.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The broker's raw QoS 1 pass-through rate with Paho v5 (memory persistence): one publisher keeping
 * {@code window} publishes in flight, one subscriber, fixed-size payloads. This is the ceiling the
 * chain is compared with (issue 4, benchmark (a)).
 */
final class MqttPassThrough {

    private MqttPassThrough() {
    }

    /** Messages per second for {@code count} messages of {@code payloadBytes}, from first publish to last arrival. */
    static double measure(String uri, int count, int payloadBytes, int window) throws Exception {
        byte[] payload = new byte[payloadBytes];
        String topic = "qrgate-bench/passthrough";
        CountDownLatch arrived = new CountDownLatch(count);
        MqttClient subscriber = new MqttClient(uri, "bench-sub-" + System.nanoTime(), new MemoryPersistence());
        subscriber.setCallback(new Counting(arrived));
        MqttConnectionOptions subOptions = new MqttConnectionOptions();
        subOptions.setCleanStart(true);
        subscriber.connect(subOptions);
        subscriber.subscribe(topic, 1);
        MqttAsyncClient publisher = new MqttAsyncClient(uri, "bench-pub-" + System.nanoTime(), new MemoryPersistence());
        publisher.connect(new MqttConnectionOptions()).waitForCompletion();
        Semaphore inFlight = new Semaphore(window);
        MqttActionListener release = new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                inFlight.release();
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
                inFlight.release();
            }
        };
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            MqttMessage message = new MqttMessage(payload);
            message.setQos(1);
            publisher.publish(topic, message, null, release);
        }
        if (!arrived.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException((count - arrived.getCount()) + " of " + count + " arrived within 120 s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        publisher.disconnect().waitForCompletion();
        publisher.close();
        subscriber.disconnect();
        subscriber.close();
        return count / seconds;
    }

    private static final class Counting implements MqttCallback {
        private final CountDownLatch arrived;

        Counting(CountDownLatch arrived) {
            this.arrived = arrived;
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            arrived.countDown();
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }
}
