package vn.qrgate.gateway.port;

/** A message could not be handed to the broker; the message names the topic, never the payload. */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishException(String message) {
        super(message);
    }
}
