package vn.qrgate.reader.app;

/** The agent cannot be assembled from a config that passed validation (e.g. a trust file that is not a JWK Set). */
public class WiringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WiringException(String message) {
        super(message);
    }
}
