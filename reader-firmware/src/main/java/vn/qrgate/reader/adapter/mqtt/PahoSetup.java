package vn.qrgate.reader.adapter.mqtt;

import java.nio.charset.StandardCharsets;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.topic.Topics;

/** How the Paho client is set up for a reader, and how its errors read in the log. */
final class PahoSetup {

    private PahoSetup() {
    }

    /**
     * Clean start (the outbox, not the broker, keeps what is unacked), no automatic reconnect (the link
     * owns it), the offline status as retained last will, the login, TLS for ssl/wss, TCP_NODELAY always.
     */
    static MqttConnectionOptions options(MqttSettings settings) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
        o.setConnectionTimeout((int) BrokerLink.CONNECT_TIMEOUT.toSeconds());
        MqttMessage will = new MqttMessage(DeviceJson.encode(DeviceStatus.offline()), BrokerLink.QOS, true, null);
        o.setWill(Topics.status(settings.device()), will);
        settings.username().ifPresent(o::setUserName);
        settings.password().ifPresent(p -> o.setPassword(p.getBytes(StandardCharsets.UTF_8)));
        if (settings.usesTls()) {
            o.setSocketFactory(NoDelaySockets.tls(
                    TlsSockets.factory(settings.caFile(), settings.clientCert(), settings.clientKey())));
            o.setHttpsHostnameVerificationEnabled(true);
        } else {
            o.setSocketFactory(NoDelaySockets.plain());
        }
        return o;
    }

    /** For logs: the reason code in words, and the cause (a socket or TLS error); never a payload. */
    static String describe(MqttException e) {
        int code = e.getReasonCode();
        Throwable cause = e.getCause();
        String causeText = cause == null ? "" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        if (code == MqttException.REASON_CODE_CLIENT_EXCEPTION && cause != null) {
            return causeText;
        }
        String text = ReasonCodes.isFailure(code) ? ReasonCodes.describe(code) : e.getMessage() + " (" + code + ")";
        return cause == null ? text : text + ": " + causeText;
    }
}
