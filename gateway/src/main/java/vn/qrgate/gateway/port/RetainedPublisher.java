package vn.qrgate.gateway.port;

/** Publishes a retained QoS 1 message (deny list, trust list, device settings) and waits for the broker. */
public interface RetainedPublisher {

    /** @throws PublishException when the broker did not take it */
    void publishRetained(String topic, byte[] payload);
}
