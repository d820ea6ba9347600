package vn.qrgate.protocol.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.protocol.trust.TrustedKey;

/** Makes QG1 codes with a fresh Ed25519 key, as the registry will. */
public final class Qg1Signer {

    private final String kid;
    private final KeyPair keys;

    public Qg1Signer(String kid) {
        this.kid = kid;
        try {
            this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign(String sub, String name, String dob, long iat, long exp) {
        String claims = "{\"kid\":\"" + kid + "\",\"sub\":\"" + sub + "\",\"name\":\"" + name + "\",\"dob\":\"" + dob
                + "\",\"iat\":" + iat + ",\"exp\":" + exp + "}";
        return signClaims(claims);
    }

    public String signClaims(String claimsJson) {
        byte[] claims = claimsJson.getBytes(StandardCharsets.UTF_8);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(claims);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return "QG1:" + b64.encodeToString(claims) + "." + b64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public TrustedKey trustedKey() {
        byte[] spki = keys.getPublic().getEncoded();
        byte[] raw = new byte[32];
        System.arraycopy(spki, spki.length - 32, raw, 0, 32);
        return TrustedKey.ed25519(kid, raw);
    }

    public TrustList trustList() {
        return TrustList.of(java.util.List.of(trustedKey()), Optional.of(TestVectors.AT));
    }
}
