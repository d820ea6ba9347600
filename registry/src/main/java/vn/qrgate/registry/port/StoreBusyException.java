package vn.qrgate.registry.port;

/**
 * The store cannot take more work right now (locked, busy, out of connections, unreachable for a
 * moment). Nothing was changed; the same request may be sent again later. Messages carry no data values.
 */
public class StoreBusyException extends RuntimeException {

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
