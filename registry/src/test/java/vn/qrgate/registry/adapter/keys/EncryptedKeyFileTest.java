package vn.qrgate.registry.adapter.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.domain.keys.KeyRing;
import vn.qrgate.registry.domain.keys.SigningKey;
import vn.qrgate.registry.port.SigningKeyStore.KeyStoreException;

class EncryptedKeyFileTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");

    @TempDir
    Path dir;

    private EncryptedKeyFile keys(String passphrase) {
        Supplier<char[]> secret = passphrase::toCharArray;
        return new EncryptedKeyFile(dir.resolve("signing-keys.json"), secret, new SecureRandom());
    }

    @Test
    void no_file_is_an_empty_ring_and_the_first_rotate_makes_the_first_active_key() {
        EncryptedKeyFile keys = keys("pass");
        assertThat(keys.ring().keys()).isEmpty();

        KeyRing ring = keys.rotate(NOW);

        assertThat(ring.keys()).singleElement().satisfies(k -> {
            assertThat(k.kid()).matches("qg1-2026-11-29-[0-9a-f]{4}");
            assertThat(k.status()).isEqualTo(SigningKey.Status.ACTIVE);
            assertThat(k.created()).isEqualTo(NOW);
        });
        assertThat(keys("pass").ring()).isEqualTo(ring);
    }

    @Test
    void rotate_retires_the_active_key_and_keeps_it() {
        EncryptedKeyFile keys = keys("pass");
        String first = keys.rotate(NOW).active().orElseThrow().kid();
        KeyRing ring = keys.rotate(NOW.plusSeconds(60));

        assertThat(ring.keys()).hasSize(2);
        assertThat(ring.find(first).orElseThrow().status()).isEqualTo(SigningKey.Status.RETIRED);
        assertThat(ring.active().orElseThrow().kid()).isNotEqualTo(first);
        // The retired key's private half still opens (its sealed form was kept, not re-made).
        assertThat(keys.sign(first, new byte[] {1})).hasSize(64);
    }

    @Test
    void a_signature_verifies_with_the_stored_public_key() throws Exception {
        EncryptedKeyFile keys = keys("pass");
        SigningKey key = keys.rotate(NOW).active().orElseThrow();
        byte[] data = "claims".getBytes(StandardCharsets.UTF_8);

        byte[] signature = keys.sign(key.kid(), data);

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(vn.qrgate.protocol.trust.TrustedKey.ed25519(key.kid(), key.publicKey()).publicKey());
        verifier.update(data);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void the_file_holds_no_private_key_in_clear() throws Exception {
        java.util.List<byte[]> secrets = new java.util.ArrayList<>();
        EncryptedKeyFile keys = new EncryptedKeyFile(dir.resolve("signing-keys.json"), "pass"::toCharArray,
                new SecureRandom(), () -> {
                    KeyPair pair = pair();
                    byte[] pkcs8 = pair.getPrivate().getEncoded();
                    secrets.add(pkcs8);
                    secrets.add(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length));
                    return pair;
                });
        keys.rotate(NOW);
        keys.rotate(NOW.plusSeconds(1));
        byte[] file = Files.readAllBytes(dir.resolve("signing-keys.json"));
        String text = new String(file, StandardCharsets.ISO_8859_1);

        assertThat(secrets).hasSize(4);
        for (byte[] secret : secrets) {
            assertThat(indexOf(file, secret)).as("raw private key bytes").isEqualTo(-1);
            assertThat(text).doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(secret),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret), HexFormat.of().formatHex(secret));
        }
    }

    @Test
    void the_file_is_owner_only_and_a_group_readable_one_is_refused() throws Exception {
        EncryptedKeyFile keys = keys("pass");
        keys.rotate(NOW);
        Path file = dir.resolve("signing-keys.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(keys::ring).isInstanceOf(KeyStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("rw-r--r--").hasMessageContaining("chmod 600");
    }

    @Test
    void a_wrong_passphrase_says_so_and_seals_nothing_new() throws Exception {
        String kid = keys("right").rotate(NOW).active().orElseThrow().kid();
        byte[] before = Files.readAllBytes(dir.resolve("signing-keys.json"));

        assertThatThrownBy(() -> keys("wrong").sign(kid, new byte[] {1})).isInstanceOf(KeyStoreException.class)
                .hasMessageContaining("the passphrase does not open " + dir.resolve("signing-keys.json"));
        assertThatThrownBy(() -> keys("wrong").rotate(NOW)).isInstanceOf(KeyStoreException.class)
                .hasMessageContaining("the passphrase does not open");
        assertThat(Files.readAllBytes(dir.resolve("signing-keys.json"))).isEqualTo(before);
    }

    @Test
    void rotations_at_the_same_time_from_two_stores_keep_every_new_key() throws Exception {
        EncryptedKeyFile one = keys("pass");
        EncryptedKeyFile other = keys("pass");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<KeyRing>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                EncryptedKeyFile store = i % 2 == 0 ? one : other;
                done.add(pool.submit(() -> store.rotate(NOW)));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        KeyRing ring = keys("pass").ring();
        assertThat(ring.keys()).hasSize(6);
        assertThat(ring.keys()).filteredOn(SigningKey::active).hasSize(1);
    }

    @Test
    void a_damaged_file_is_a_clear_error() throws Exception {
        Path file = dir.resolve("signing-keys.json");
        Files.writeString(file, "{\"keys\": 3}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> keys("pass").ring()).isInstanceOf(KeyStoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a QR Gate key file");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
