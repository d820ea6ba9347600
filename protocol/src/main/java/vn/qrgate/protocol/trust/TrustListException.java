package vn.qrgate.protocol.trust;

/** A trust list or revocation list that cannot be used; the message names the entry and the rule. */
public class TrustListException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrustListException(String message) {
        super(message);
    }
}
