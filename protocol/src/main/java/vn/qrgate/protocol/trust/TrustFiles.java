package vn.qrgate.protocol.trust;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the trust list (a JWK Set of Ed25519 keys, DESIGN §3) and the revocation list
 * ({@code {"v":1,"salt":…,"keys":[kid…],"subjects":[{"hash":…,"issuedBefore":unixSeconds}…]}}).
 * Errors name the entry and the rule; key material is never echoed.
 */
public final class TrustFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private TrustFiles() {
    }

    public static TrustList parseJwks(byte[] json, Optional<Instant> obtainedAt) {
        JsonNode root = read(json, "trust list");
        JsonNode keys = root.get("keys");
        if (keys == null || !keys.isArray()) {
            throw new TrustListException("trust list: 'keys' must be an array of JWKs");
        }
        List<TrustedKey> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            JsonNode jwk = keys.get(i);
            String where = "trust list keys[" + i + "]";
            String kid = text(jwk, "kid", where);
            String kty = text(jwk, "kty", where);
            String crv = text(jwk, "crv", where);
            if (!kty.equals("OKP") || !crv.equals("Ed25519")) {
                throw new TrustListException(where + " ('" + kid + "'): kty/crv is '" + kty + "'/'" + crv
                        + "', only OKP/Ed25519 is allowed");
            }
            byte[] x;
            try {
                x = Base64.getUrlDecoder().decode(text(jwk, "x", where));
            } catch (IllegalArgumentException e) {
                throw new TrustListException(where + " ('" + kid + "'): x is not base64url");
            }
            out.add(TrustedKey.ed25519(kid, x));
        }
        return TrustList.of(out, obtainedAt);
    }

    public static RevocationList parseRevocations(byte[] json) {
        JsonNode root = read(json, "revocation list");
        JsonNode v = root.get("v");
        if (v == null || !v.isInt() || v.asInt() != 1) {
            throw new TrustListException("revocation list: 'v' must be 1");
        }
        JsonNode saltNode = root.get("salt");
        String salt = saltNode == null ? "" : saltNode.isTextual() ? saltNode.asText() : null;
        if (salt == null) {
            throw new TrustListException("revocation list: 'salt' must be a string");
        }
        Set<String> kids = new HashSet<>();
        JsonNode keys = root.path("keys");
        if (!keys.isMissingNode() && !keys.isArray()) {
            throw new TrustListException("revocation list: 'keys' must be an array of key ids");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).isTextual()) {
                throw new TrustListException("revocation list keys[" + i + "]: must be a key id string");
            }
            kids.add(keys.get(i).asText());
        }
        Map<String, Optional<Instant>> subjects = new HashMap<>();
        JsonNode subs = root.path("subjects");
        if (!subs.isMissingNode() && !subs.isArray()) {
            throw new TrustListException("revocation list: 'subjects' must be an array");
        }
        for (int i = 0; i < subs.size(); i++) {
            String where = "revocation list subjects[" + i + "]";
            String hash = text(subs.get(i), "hash", where);
            if (!SubjectHash.isHash(hash)) {
                throw new TrustListException(where + ".hash: must be 64 lower-case hex digits (SHA-256)");
            }
            JsonNode before = subs.get(i).get("issuedBefore");
            if (before != null && !before.canConvertToLong()) {
                throw new TrustListException(where + ".issuedBefore: must be Unix seconds");
            }
            subjects.put(hash, before == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(before.asLong())));
        }
        return new RevocationList(salt, kids, subjects);
    }

    /** The deny list: {@code {"v":1,"version":n,"salt":…,"hashes":[sha256hex…]}} (DESIGN §4). */
    public static DenyList parseDenyList(byte[] json) {
        JsonNode root = read(json, "deny list");
        JsonNode v = root.get("v");
        if (v == null || !v.isInt() || v.asInt() != 1) {
            throw new TrustListException("deny list: 'v' must be 1");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToLong() || version.asLong() < 0) {
            throw new TrustListException("deny list: 'version' must be a whole number >= 0");
        }
        String salt = text(root, "salt", "deny list");
        JsonNode hashes = root.get("hashes");
        if (hashes == null || !hashes.isArray()) {
            throw new TrustListException("deny list: 'hashes' must be an array of SHA-256 hex strings");
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < hashes.size(); i++) {
            if (!hashes.get(i).isTextual() || !SubjectHash.isHash(hashes.get(i).asText())) {
                throw new TrustListException("deny list hashes[" + i + "]: must be 64 lower-case hex digits (SHA-256)");
            }
            out.add(hashes.get(i).asText());
        }
        return new DenyList(version.asLong(), salt, out);
    }

    private static JsonNode read(byte[] json, String what) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new TrustListException(what + ": must be a JSON object");
            }
            return root;
        } catch (IOException e) {
            // Jackson's message may quote the input; say only where it broke.
            throw new TrustListException(what + ": not valid JSON" + location(e));
        }
    }

    private static String location(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
            return " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new TrustListException(where + "." + field + ": required, must be a non-empty string");
        }
        return value.asText();
    }
}
