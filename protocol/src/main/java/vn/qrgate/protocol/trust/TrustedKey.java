package vn.qrgate.protocol.trust;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

/** One Ed25519 public key the registry signs QG1 codes with, named by its key id. */
public record TrustedKey(String keyId, PublicKey publicKey) {

    // DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw 32 bytes follow.
    private static final byte[] ED25519_SPKI_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
    };

    public TrustedKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        if (keyId.isBlank()) {
            throw new TrustListException("key id must not be blank");
        }
    }

    /** From the 32 raw bytes of a JWK's {@code x}. */
    public static TrustedKey ed25519(String keyId, byte[] raw) {
        if (raw.length != 32) {
            throw new TrustListException("key '" + keyId + "': an Ed25519 public key is 32 bytes, got " + raw.length);
        }
        byte[] spki = new byte[ED25519_SPKI_PREFIX.length + 32];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, spki, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, 32);
        try {
            return new TrustedKey(keyId, KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
        } catch (GeneralSecurityException e) {
            throw new TrustListException("key '" + keyId + "': not a usable Ed25519 public key (" + e.getClass().getSimpleName() + ")");
        }
    }
}
