package vn.qrgate.registry.app;

/** The registry could not start: the store cannot be opened, or the port cannot be bound. */
public class StartupException extends RuntimeException {

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
