package vn.qrgate.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import vn.qrgate.registry.adapter.keys.EncryptedKeyFile;

/**
 * The QG1 side of a {@link ChainSite#withCards} site, through the same doors people use: the registry's
 * signing key file (what {@code qrgate-registry keys rotate} changes), its cards API as a card issuer, and
 * the trust list a gateway fetches, copied once into the reader's first trust file.
 */
final class ChainCards {

    static final String ISSUER_TOKEN = "issuer-token-0123456789abcdef";
    /** Relative to the registry's config folder. */
    static final String KEY_FILE = "signing-keys.json";
    static final String PASSPHRASE_FILE = "signing.pass";
    /** Relative to the reader's config folder. */
    static final String READER_TRUST_FILE = "trust.jwks.json";
    private static final String PASSPHRASE = "correct horse battery";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One issued card: its id for the API and the QG1 text printed on it. */
    record Card(String id, String code) {
        /** The id of the key that signed the code, from its claims. */
        String kid() {
            String claims = code.substring("QG1:".length(), code.indexOf('.'));
            try {
                return JSON.readTree(Base64.getUrlDecoder().decode(claims)).get("kid").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "Card[" + id + "]"; // the code names its holder: never shown
        }
    }

    private final ChainSite site;
    private final HttpClient http = HttpClient.newHttpClient();

    ChainCards(ChainSite site) {
        this.site = site;
    }

    /** The registry's first signing key, made before the registry starts. */
    static void createSigningKey(Path registryFolder) throws IOException {
        Files.writeString(registryFolder.resolve(PASSPHRASE_FILE), PASSPHRASE + "\n");
        java.nio.file.Files.setPosixFilePermissions(registryFolder.resolve(PASSPHRASE_FILE), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        keyFile(registryFolder).rotate(Instant.now());
    }

    /** {@code keys rotate} on the file the running registry signs with; returns the new active key's id. */
    String rotateKey() {
        return keyFile(site.registryConfig().getParent()).rotate(Instant.now()).active().orElseThrow().kid();
    }

    private static EncryptedKeyFile keyFile(Path registryFolder) {
        return new EncryptedKeyFile(registryFolder.resolve(KEY_FILE), PASSPHRASE::toCharArray, new SecureRandom());
    }

    Card issue(String document, String name, String birthDate) throws IOException, InterruptedException {
        ObjectNode person = JSON.createObjectNode().put("document", document).put("name", name).put("birthDate", birthDate);
        JsonNode card = JSON.readTree(call("POST", "/api/v1/cards", ISSUER_TOKEN, JSON.writeValueAsString(person), 201))
                .get("card");
        return new Card(card.get("id").asText(), card.get("code").asText());
    }

    void revoke(Card card) throws IOException, InterruptedException {
        call("POST", "/api/v1/cards/" + card.id() + "/revoke", ISSUER_TOKEN, null, 200);
    }

    /** The trust list as the gateway fetches it, written as the reader's trust file; returns it. */
    String exportTrustToReader() throws IOException, InterruptedException {
        String jwks = call("GET", "/api/v1/trust", ChainSite.GATEWAY_TOKEN, null, 200);
        Files.writeString(site.readerConfig().getParent().resolve(READER_TRUST_FILE), jwks);
        return jwks;
    }

    private String call(String method, String path, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.registryUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            // The body is the registry's error, which names fields and rules, never the person.
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
