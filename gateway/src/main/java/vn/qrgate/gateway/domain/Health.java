package vn.qrgate.gateway.domain;

/** What {@code /health} reports. The gateway is up when its store answers; MQTT comes and goes. */
public record Health(boolean mqttConnected, boolean storeOk, long registryBacklog) {

    public boolean up() {
        return storeOk;
    }
}
