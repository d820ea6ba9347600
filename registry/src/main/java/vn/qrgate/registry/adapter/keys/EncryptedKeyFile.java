package vn.qrgate.registry.adapter.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import vn.qrgate.registry.domain.keys.KeyRing;
import vn.qrgate.registry.domain.keys.SigningKey;
import vn.qrgate.registry.port.SigningKeyStore;

/**
 * Signing keys in one JSON file, mode 0600: ids, dates, status and public keys in clear; each private
 * key (its PKCS#8 encoding) sealed with AES-256-GCM under a key derived with PBKDF2-HMAC-SHA256 from the
 * passphrase, with a salt and nonce of its own. The file is replaced whole (write aside, then move).
 *
 * <pre>{"v":1,"keys":[{"kid","created","status","x","kdf":"PBKDF2WithHmacSHA256","iterations","salt","nonce","sealed"}]}</pre>
 */
public final class EncryptedKeyFile implements SigningKeyStore {

    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    private static final java.util.concurrent.ConcurrentMap<Path, Object> IN_PROCESS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Path file;
    private final Supplier<char[]> passphrase;
    private final SecureRandom random;
    private final Supplier<KeyPair> generator;

    /**
     * {@code passphrase} is asked only when a private key is sealed or opened; it throws a
     * {@link KeyStoreException} saying where the passphrase should have come from when there is none.
     */
    public EncryptedKeyFile(Path file, Supplier<char[]> passphrase, SecureRandom random) {
        this(file, passphrase, random, EncryptedKeyFile::ed25519);
    }

    /** With the key pairs from {@code generator} (tests look for them in the file). */
    EncryptedKeyFile(Path file, Supplier<char[]> passphrase, SecureRandom random, Supplier<KeyPair> generator) {
        this.file = file;
        this.passphrase = passphrase;
        this.random = random;
        this.generator = generator;
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException("this Java has no Ed25519: " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public KeyRing ring() {
        List<SigningKey> keys = new ArrayList<>();
        for (Stored s : read()) {
            keys.add(s.key);
        }
        return new KeyRing(keys);
    }

    @Override
    public synchronized KeyRing rotate(Instant now) {
        return locked(() -> rotateLocked(now));
    }

    private KeyRing rotateLocked(Instant now) {
        List<Stored> stored = new ArrayList<>(read());
        KeyRing ring = new KeyRing(stored.stream().map(s -> s.key).toList());
        char[] secret = passphrase.get();
        try {
            // A mistyped passphrase must not seal the new key under a different one than the old keys.
            ring.active().ifPresent(active -> open(find(stored, active.kid()), secret));
            KeyPair pair = generator.get();
            String kid = ring.newKid(now, () -> bytes(2));
            SigningKey fresh = new SigningKey(kid, now, SigningKey.Status.ACTIVE, rawPublic(pair));
            KeyRing next = ring.rotatedTo(fresh);
            List<Stored> out = new ArrayList<>();
            for (SigningKey key : next.keys()) {
                out.add(key.kid().equals(kid) ? seal(fresh, pair.getPrivate(), secret) : find(stored, key.kid()).with(key));
            }
            write(out);
            return next;
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException("this Java has no Ed25519 or AES-GCM: " + e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public byte[] sign(String kid, byte[] data) {
        return opened(find(read(), kid)).sign(data);
    }

    @Override
    public OpenedKey openActive() {
        List<Stored> stored = read();
        SigningKey active = new KeyRing(stored.stream().map(s -> s.key).toList()).active()
                .orElseThrow(() -> new KeyStoreException("there is no active signing key in " + file
                        + "; make one with: qrgate-registry keys rotate --config FILE"));
        return opened(find(stored, active.kid()));
    }

    @Override
    public synchronized KeyRing revoke(String kid) {
        return locked(() -> revokeLocked(kid));
    }

    /**
     * Runs a read-change-write of the key file holding an exclusive lock on a file beside it, so two commands
     * (or a command and a registry) changing the keys at once cannot drop each other's change.
     */
    private KeyRing locked(Supplier<KeyRing> change) {
        Path lockFile = file.toAbsolutePath().normalize().getParent().resolve("." + file.getFileName() + ".lock");
        // File locks are held by the whole JVM: threads of one process take turns on a monitor first.
        synchronized (IN_PROCESS.computeIfAbsent(lockFile, p -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return change.get();
            } catch (IOException e) {
                throw new KeyStoreException("cannot lock " + lockFile + " to change the keys: " + e.getMessage());
            }
        }
    }

    private KeyRing revokeLocked(String kid) {
        List<Stored> stored = read();
        KeyRing next;
        try {
            next = new KeyRing(stored.stream().map(s -> s.key).toList()).revoked(kid);
        } catch (IllegalArgumentException e) {
            throw new KeyStoreException(e.getMessage());
        }
        List<Stored> out = new ArrayList<>();
        for (SigningKey key : next.keys()) {
            out.add(find(stored, key.kid()).with(key));
        }
        write(out);
        return next;
    }

    private OpenedKey opened(Stored stored) {
        char[] secret = passphrase.get();
        Ed25519PrivateKeyParameters key;
        try {
            key = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(open(stored, secret).getEncoded());
        } catch (IOException | ClassCastException e) {
            throw new KeyStoreException("key " + stored.key.kid() + " in " + file + " is not an Ed25519 key");
        } finally {
            Arrays.fill(secret, '\0');
        }
        String kid = stored.key.kid();
        return new OpenedKey() {
            @Override
            public String kid() {
                return kid;
            }

            @Override
            public byte[] sign(byte[] data) {
                // Bouncy Castle's Ed25519: about 20 times faster than the JDK's, the same signatures (RFC 8032 is
                // deterministic), so readers verify them with the JDK.
                Ed25519Signer signer = new Ed25519Signer();
                signer.init(true, key);
                signer.update(data, 0, data.length);
                return signer.generateSignature();
            }
        };
    }

    private Stored find(List<Stored> stored, String kid) {
        return stored.stream().filter(s -> s.key.kid().equals(kid)).findFirst()
                .orElseThrow(() -> new KeyStoreException("the key file " + file + " has no key " + kid));
    }

    private PrivateKey open(Stored stored, char[] secret) {
        byte[] pkcs8 = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey(secret, stored.salt, stored.iterations),
                    new GCMParameterSpec(TAG_BITS, stored.nonce));
            cipher.updateAAD(stored.key.kid().getBytes(StandardCharsets.UTF_8));
            pkcs8 = cipher.doFinal(stored.sealed);
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (AEADBadTagException e) {
            throw new KeyStoreException("the passphrase does not open " + file + " (key " + stored.key.kid()
                    + "): check QRGATE_SIGNING_PASSPHRASE or signing.passphraseFile");
        } catch (GeneralSecurityException e) {
            throw new KeyStoreException("key " + stored.key.kid() + " in " + file + " cannot be opened: " + e.getMessage());
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    private Stored seal(SigningKey key, PrivateKey privateKey, char[] secret) throws GeneralSecurityException {
        byte[] salt = bytes(SALT_BYTES);
        byte[] nonce = bytes(NONCE_BYTES);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey(secret, salt, ITERATIONS), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(key.kid().getBytes(StandardCharsets.UTF_8));
        byte[] pkcs8 = privateKey.getEncoded();
        try {
            return new Stored(key, ITERATIONS, salt, nonce, cipher.doFinal(pkcs8));
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static SecretKeySpec aesKey(char[] secret, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }

    /** The 32 raw bytes of an Ed25519 public key: the end of its X.509 encoding. */
    static byte[] rawPublic(KeyPair pair) {
        byte[] x509 = pair.getPublic().getEncoded();
        return Arrays.copyOfRange(x509, x509.length - 32, x509.length);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private List<Stored> read() {
        byte[] content;
        try {
            if (Files.notExists(file)) {
                return List.of();
            }
            checkMode();
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new KeyStoreException("the key file " + file + " cannot be read: " + e.getMessage());
        }
        try {
            JsonNode root = JSON.readTree(content);
            if (root == null || !root.isObject() || root.path("v").asInt() != 1 || !root.path("keys").isArray()) {
                throw new KeyStoreException("the key file " + file + " is not a QR Gate key file "
                        + "({\"v\":1,\"keys\":[…]})");
            }
            List<Stored> out = new ArrayList<>();
            for (JsonNode k : root.get("keys")) {
                out.add(Stored.from(k));
            }
            new KeyRing(out.stream().map(s -> s.key).toList());
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof KeyStoreException kse) {
                throw kse;
            }
            throw new KeyStoreException("the key file " + file + " is damaged: " + e.getMessage());
        }
    }

    private void checkMode() throws IOException {
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return;
        }
        EnumSet<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : mode) {
            if (!p.name().startsWith("OWNER")) {
                open.add(p);
            }
        }
        if (!open.isEmpty()) {
            throw new KeyStoreException("the key file " + file + " has mode " + PosixFilePermissions.toString(mode)
                    + ": others than its owner may read or change it; fix with: chmod 600 " + file);
        }
    }

    private void write(List<Stored> stored) {
        ObjectNode root = JSON.createObjectNode();
        root.put("v", 1);
        ArrayNode keys = root.putArray("keys");
        stored.forEach(s -> keys.add(s.json()));
        Path folder = file.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp);
            }
            Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyStoreException("the key file " + file + " is being written by another command; try again");
        } catch (IOException e) {
            throw new KeyStoreException("the key file " + file + " cannot be written: " + e.getMessage());
        }
    }

    /** A key as the file holds it. */
    private record Stored(SigningKey key, int iterations, byte[] salt, byte[] nonce, byte[] sealed) {

        Stored with(SigningKey updated) {
            return new Stored(updated, iterations, salt, nonce, sealed);
        }

        ObjectNode json() {
            ObjectNode n = JSON.createObjectNode();
            n.put("kid", key.kid());
            n.put("created", key.created().toString());
            n.put("status", key.status().word());
            n.put("x", B64.encodeToString(key.publicKey()));
            n.put("kdf", KDF);
            n.put("iterations", iterations);
            n.put("salt", B64.encodeToString(salt));
            n.put("nonce", B64.encodeToString(nonce));
            n.put("sealed", B64.encodeToString(sealed));
            return n;
        }

        static Stored from(JsonNode n) {
            String status = n.path("status").asText();
            SigningKey key = new SigningKey(n.path("kid").asText(), Instant.parse(n.path("created").asText()),
                    SigningKey.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT)),
                    UNB64.decode(n.path("x").asText()));
            int iterations = n.path("iterations").asInt();
            if (!KDF.equals(n.path("kdf").asText()) || iterations < 100_000) {
                throw new IllegalArgumentException("key " + key.kid() + " is not sealed with " + KDF
                        + " of at least 100000 iterations");
            }
            return new Stored(key, iterations, UNB64.decode(n.path("salt").asText()), UNB64.decode(n.path("nonce").asText()),
                    UNB64.decode(n.path("sealed").asText()));
        }
    }
}
