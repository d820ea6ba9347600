package vn.qrgate.reader.adapter.mqtt;

/** The publisher cannot be set up from its settings (a TLS file that is not what it should be). */
public class MqttSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MqttSetupException(String message) {
        super(message);
    }
}
