package vn.qrgate.gateway.port;

/**
 * The store could not do what was asked (database unreachable, disk full, busy for too long). The message
 * names the operation and the database error class, never an event's content.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
