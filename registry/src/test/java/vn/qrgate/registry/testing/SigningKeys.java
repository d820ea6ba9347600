package vn.qrgate.registry.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import vn.qrgate.registry.adapter.keys.EncryptedKeyFile;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.SigningSettings;

/** A registry's signing set-up in a test folder: one active key and its passphrase file, as an operator leaves them. */
public final class SigningKeys {

    /** The passphrase file's name, for configs written as text ({@code signing: {passphraseFile: signing.pass}}). */
    public static final String PASSPHRASE_FILE = "signing.pass";
    private static final String PASSPHRASE = "test signing passphrase";

    private SigningKeys() {
    }

    /**
     * Writes {@link #PASSPHRASE_FILE} (mode 600) and the default key file with one active key into {@code dir};
     * the settings naming both.
     */
    public static SigningSettings in(Path dir) throws IOException {
        Path pass = Files.writeString(dir.resolve(PASSPHRASE_FILE), PASSPHRASE + "\n");
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
        Path keyFile = dir.resolve(Defaults.SIGNING_KEY_FILE);
        new EncryptedKeyFile(keyFile, PASSPHRASE::toCharArray, new SecureRandom()).rotate(Instant.now());
        return new SigningSettings(keyFile, Optional.of(pass));
    }
}
