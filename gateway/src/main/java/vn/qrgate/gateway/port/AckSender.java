package vn.qrgate.gateway.port;

import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.DeviceId;

/** Tells a device which of its events are durable at the gateway (QoS 1 on its acks topic). */
public interface AckSender {

    /**
     * Hands the ack to the MQTT client and returns without waiting for the broker.
     *
     * @throws PublishException when it cannot be handed over (not connected)
     */
    void sendAck(DeviceId device, AckMessage ack);
}
