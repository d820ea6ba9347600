package vn.qrgate.registry.port;

import java.time.Instant;
import vn.qrgate.registry.domain.keys.KeyRing;

/**
 * The registry's QG1 signing keys, kept where their private halves are safe. Reading the ring needs
 * no passphrase; making a key or signing does. Failures are {@link KeyStoreException}s whose message
 * is fit to print as it is.
 */
public interface SigningKeyStore {

    /** The keys as stored; an empty ring when there is no key file yet. */
    KeyRing ring();

    /** Makes a new active key, retires the old one (kept for verification), stores both; the new ring. */
    KeyRing rotate(Instant now);

    /**
     * Marks a retired key revoked: the revocation list names it, so gates refuse every code it signed. The
     * active key cannot be revoked before another one is made active.
     */
    KeyRing revoke(String kid);

    /** An Ed25519 signature by the key {@code kid} over {@code data}. Opens the key each time: for one code. */
    byte[] sign(String kid, byte[] data);

    /**
     * The active key opened once with the passphrase, for signing many codes: opening a key costs a
     * deliberately slow key derivation, signing with an open one a fraction of a millisecond.
     */
    OpenedKey openActive();

    /** An opened private key; safe to use from several threads. */
    interface OpenedKey {
        String kid();

        byte[] sign(byte[] data);
    }

    /** Why the keys could not be read, opened or written, said for an operator. */
    final class KeyStoreException extends RuntimeException {
        public KeyStoreException(String message) {
            super(message, null, false, false);
        }
    }
}
