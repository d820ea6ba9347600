package vn.qrgate.gateway.app;

/** The gateway could not start; the message says what is missing (store, port, broker) in operator's words. */
public class GatewayStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GatewayStartException(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewayStartException(String message) {
        super(message);
    }
}
