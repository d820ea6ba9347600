package vn.qrgate.reader.port;

/**
 * The outbox could not do its job (disk error, corrupt file). The message names the file and the
 * operation, never an event's personal data. The agent treats this as fatal for the scan at hand:
 * no gate opens for a check-in that was not stored.
 */
public class OutboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public OutboxException(String message) {
        super(message);
    }
}
