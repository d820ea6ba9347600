package vn.qrgate.reader.adapter.mqtt;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.common.MqttException;

/**
 * The broker's answer to one check-ins publish. Paho 1.2.5 completes a QoS 1 publish successfully even
 * when the PUBACK carries a failure reason code (0x80 or above, e.g. 0x87 not authorized), so the codes
 * are read from the token; a failure that is not a broker reason code means the link went down, and
 * the next session sends the rows again.
 */
final class PublishOutcome implements MqttActionListener {

    private final long batch;
    private final BrokerLink.Listener listener;

    PublishOutcome(long batch, BrokerLink.Listener listener) {
        this.batch = batch;
        this.listener = listener;
    }

    @Override
    public void onSuccess(IMqttToken token) {
        int[] codes = token.getReasonCodes();
        for (int i = 0; codes != null && i < codes.length; i++) {
            if (ReasonCodes.isFailure(codes[i])) {
                listener.refused(batch, codes[i]);
                return;
            }
        }
        listener.published(batch);
    }

    @Override
    public void onFailure(IMqttToken token, Throwable failure) {
        if (failure instanceof MqttException e && ReasonCodes.isFailure(e.getReasonCode())) {
            listener.refused(batch, e.getReasonCode());
        }
    }
}
