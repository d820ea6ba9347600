package vn.qrgate.registry.port;

/** The store failed in a way retrying soon will not fix. Messages carry no data values. */
public class StoreFailureException extends RuntimeException {

    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
