package vn.qrgate.registry.adapter.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.qrgate.registry.domain.keys.KeyRing;
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
        ObjectNode n = JSON.createObjectNode();
        n.put("kid", claims.kid());
        n.put("sub", claims.sub());
        n.put("name", claims.name());
        n.put("dob", claims.dob().toString());
        n.put("iat", claims.iat().getEpochSecond());
        n.put("exp", claims.exp().getEpochSecond());
        byte[] bytes = n.toString().getBytes(StandardCharsets.UTF_8);
        byte[] signature = keys.sign(claims.kid(), bytes);
        return "QG1:" + B64.encodeToString(bytes) + "." + B64.encodeToString(signature);
    }

    /** {@code {"keys":[{"kty":"OKP","crv":"Ed25519","kid":…,"x":…}]}}, every key of the ring (active and retired). */
    public static String trustList(KeyRing ring) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode keys = root.putArray("keys");
        for (SigningKey key : ring.keys()) {
            ObjectNode k = keys.addObject();
            k.put("kty", "OKP");
            k.put("crv", "Ed25519");
            k.put("kid", key.kid());
            k.put("x", B64.encodeToString(key.publicKey()));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
