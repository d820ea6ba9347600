package vn.qrgate.protocol.code;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Qg1Subject;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.protocol.trust.TrustedKey;

/**
 * QR Gate signed personal code: {@code QG1:} + base64url(claims JSON) + '.' + base64url(Ed25519
 * signature over the claims bytes). Claims kid, sub, name, dob, iat and exp are all required.
 * Checked in the contract's order: structure, numbers, dates, signature, then validity period.
 */
final class Qg1Verifier {

    static final String PREFIX = "QG1:";
    /** A code made on a device whose clock runs a little ahead is still good. */
    static final Duration CLOCK_LEEWAY = Duration.ofMinutes(5);

    private static final Kind K = Kind.QG1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    private Qg1Verifier() {
    }

    static CodeResult verify(String text, Instant now, LocalDate today, TrustList trust, RevocationList revoked) {
        int dot = text.indexOf('.', PREFIX.length());
        if (dot < 0 || text.indexOf('.', dot + 1) >= 0) {
            return CodeResult.rejected(K, Reason.MALFORMED, "expected QG1:<claims>.<signature>");
        }
        byte[] claimsBytes = base64url(text.substring(PREFIX.length(), dot));
        byte[] signature = base64url(text.substring(dot + 1));
        if (claimsBytes == null || signature == null) {
            return CodeResult.rejected(K, Reason.MALFORMED, "claims and signature must be base64url without padding");
        }
        if (signature.length != 64) {
            return CodeResult.rejected(K, Reason.MALFORMED, "an Ed25519 signature is 64 bytes");
        }
        Claims claims = Claims.read(claimsBytes);
        if (claims == null) {
            return CodeResult.rejected(K, Reason.MALFORMED,
                    "claims must be a JSON object with string kid, sub, name, dob (YYYY-MM-DD) and integer iat, exp");
        }

        // Numbers: only the shape. The signature vouches for the rest.
        Optional<DocumentType> docType = DocumentNumbers.typeOf(claims.sub);
        if (docType.isEmpty()) {
            return CodeResult.rejected(K, Reason.BAD_ID_NUMBER,
                    "claim sub must be a CCCD (12 digits), a CMND (9 digits) or a passport number");
        }

        // Dates
        LocalDate birth = Fields.iso(claims.dob);
        if (birth == null) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "claim dob is not a real date");
        }
        if (birth.isAfter(today)) {
            return CodeResult.rejected(K, Reason.FUTURE_DATE, "claim dob is in the future");
        }
        if (claims.exp <= claims.iat) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "claim exp must be after iat");
        }

        // Signature
        Optional<TrustedKey> key = trust.find(claims.kid);
        if (key.isEmpty()) {
            return CodeResult.rejected(K, Reason.UNKNOWN_KEY,
                    "signing key " + safeKeyId(claims.kid) + " is not in the trust list (" + trust.size() + " keys)");
        }
        if (!signatureHolds(key.get(), claimsBytes, signature)) {
            return CodeResult.rejected(K, Reason.BAD_SIGNATURE,
                    "the signature does not match the claims under key " + safeKeyId(claims.kid));
        }
        Instant issuedAt = Instant.ofEpochSecond(claims.iat);
        Instant expiresAt = Instant.ofEpochSecond(claims.exp);
        if (revoked.revokes(claims.kid, claims.sub, issuedAt)) {
            return CodeResult.rejected(K, Reason.REVOKED, "the code or its signing key has been revoked");
        }

        // Validity period
        if (now.plus(CLOCK_LEEWAY).isBefore(issuedAt)) {
            return CodeResult.rejected(K, Reason.NOT_YET_VALID, "the code's iat is in the future");
        }
        if (!now.isBefore(expiresAt)) {
            return CodeResult.rejected(K, Reason.EXPIRED, "the code expired (exp has passed)");
        }
        return CodeResult.accepted(new Qg1Subject(claims.kid, docType.get(), claims.sub, claims.name, birth,
                issuedAt, expiresAt));
    }

    /** Key ids are ours and harmless; anything else a code claims as one is not repeated. */
    private static String safeKeyId(String kid) {
        return kid.matches("[A-Za-z0-9._-]{1,64}") ? "'" + kid + "'" : "(an unprintable key id)";
    }

    private static boolean signatureHolds(TrustedKey key, byte[] claims, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.publicKey());
            verifier.update(claims);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] base64url(String s) {
        if (s.isEmpty() || s.indexOf('=') >= 0) {
            return null;
        }
        try {
            return B64URL.decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Claims(String kid, String sub, String name, String dob, long iat, long exp) {

        /** The claims, or null when they are not the required shape. */
        static Claims read(byte[] bytes) {
            JsonNode root;
            try {
                root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return null;
            }
            if (root == null || !root.isObject()) {
                return null;
            }
            String kid = string(root, "kid");
            String sub = string(root, "sub");
            String name = string(root, "name");
            String dob = string(root, "dob");
            JsonNode iat = root.get("iat");
            JsonNode exp = root.get("exp");
            if (kid == null || sub == null || name == null || dob == null || !Fields.hasShape(dob, "dddd-dd-dd")
                    || !isSeconds(iat) || !isSeconds(exp) || Fields.hasControlChars(name) || Fields.hasControlChars(kid)) {
                return null;
            }
            return new Claims(kid, sub, java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC),
                    dob, iat.asLong(), exp.asLong());
        }

        private static String string(JsonNode root, String field) {
            JsonNode n = root.get(field);
            return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
        }

        private static boolean isSeconds(JsonNode n) {
            // Bounded so Instant.ofEpochSecond cannot overflow on hostile input.
            return n != null && n.isIntegralNumber() && n.canConvertToLong()
                    && n.asLong() >= 0 && n.asLong() < 253_402_300_800L;
        }
    }
}
