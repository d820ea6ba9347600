package vn.qrgate.gateway.port;

import vn.qrgate.protocol.event.DeviceId;

/** What the MQTT side delivers to the gateway's core. Called on the MQTT client's callback thread. */
public interface InboundMessages {

    /**
     * A message on a device's check-ins topic. {@code complete} confirms it to the broker (PUBACK): call it
     * exactly once, after the events are committed and their ack handed over, or after refusing the message.
     * Until then the message is not confirmed: with a kept session the broker redelivers it after a reconnection.
     */
    void checkins(DeviceId device, byte[] payload, Runnable complete);

    /** A message on a device's status topic; {@code retained}: the broker's stored copy, maybe old. */
    void status(DeviceId device, byte[] payload, boolean retained);

    /** Connected and subscribed (first time or again): publish what must be retained at the broker. */
    void connected();
}
