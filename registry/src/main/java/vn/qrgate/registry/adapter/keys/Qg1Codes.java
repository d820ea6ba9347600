package vn.qrgate.registry.adapter.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.qrgate.registry.domain.cards.SubjectRevocation;
import vn.qrgate.registry.domain.keys.Qg1Claims;
import vn.qrgate.registry.domain.keys.SigningKey;
import vn.qrgate.registry.port.SigningKeyStore;

/** The QG1 text of DESIGN §3 and the trust list (a JWK Set) readers verify it with. */
public final class Qg1Codes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Qg1Codes() {
    }

    /** {@code QG1:} + base64url(claims JSON) + '.' + base64url(Ed25519 signature over those bytes). */
    public static String sign(Qg1Claims claims, SigningKeyStore keys) {
        return sign(claims, data -> keys.sign(claims.kid(), data));
    }

    /** As {@link #sign(Qg1Claims, SigningKeyStore)} with a key opened once; the claims name that key. */
    public static String sign(Qg1Claims claims, SigningKeyStore.OpenedKey key) {
        if (!claims.kid().equals(key.kid())) {
            throw new IllegalArgumentException("claims name key " + claims.kid() + ", the open key is " + key.kid());
        }
        return sign(claims, key::sign);
    }

    private static String sign(Qg1Claims claims, java.util.function.UnaryOperator<byte[]> signer) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kid", claims.kid());
        n.put("sub", claims.sub());
        n.put("name", claims.name());
        n.put("dob", claims.dob().toString());
        n.put("iat", claims.iat().getEpochSecond());
        n.put("exp", claims.exp().getEpochSecond());
        byte[] bytes = n.toString().getBytes(StandardCharsets.UTF_8);
        byte[] signature = signer.apply(bytes);
        return "QG1:" + B64.encodeToString(bytes) + "." + B64.encodeToString(signature);
    }

    /** {@code {"keys":[{"kty":"OKP","crv":"Ed25519","kid":…,"x":…}]}} of these keys. */
    public static String trustList(java.util.List<SigningKey> ring) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode keys = root.putArray("keys");
        for (SigningKey key : ring) {
            ObjectNode k = keys.addObject();
            k.put("kty", "OKP");
            k.put("crv", "Ed25519");
            k.put("kid", key.kid());
            k.put("x", B64.encodeToString(key.publicKey()));
        }
        return pretty(root);
    }

    /**
     * The revocation list of DESIGN §3 as readers parse it:
     * {@code {"v":1,"salt":…,"keys":[kid…],"subjects":[{"hash":…,"issuedBefore":unixSeconds}…]}}.
     */
    public static String revocationList(String salt, java.util.List<String> revokedKeys,
            java.util.List<SubjectRevocation> subjects) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", 1);
        root.put("salt", salt);
        ArrayNode keys = root.putArray("keys");
        revokedKeys.forEach(keys::add);
        ArrayNode people = root.putArray("subjects");
        for (SubjectRevocation s : subjects) {
            people.addObject().put("hash", s.subjectHash()).put("issuedBefore", s.issuedBefore().getEpochSecond());
        }
        return pretty(root);
    }

    private static String pretty(ObjectNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
