package vn.qrgate.registry.adapter.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.SigningSettings;
import vn.qrgate.registry.port.SigningKeyStore;
import vn.qrgate.registry.port.SigningKeyStore.KeyStoreException;

/** The key file of a config and its passphrase, as the commands and the running registry open them. */
public final class KeyFiles {

    private KeyFiles() {
    }

    public static SigningKeyStore store(SigningSettings settings, Map<String, String> env) {
        return new EncryptedKeyFile(settings.keyFile(), passphrase(settings, env), new SecureRandom());
    }

    /** The config's passphrase file when it names one, otherwise the environment variable. */
    public static Supplier<char[]> passphrase(SigningSettings settings, Map<String, String> env) {
        return () -> {
            if (settings.passphraseFile().isPresent()) {
                return fromFile(settings.passphraseFile().get());
            }
            String value = env.get(Defaults.SIGNING_PASSPHRASE_ENV);
            if (value == null || value.isEmpty()) {
                throw new KeyStoreException("no passphrase for the signing keys: set the environment variable "
                        + Defaults.SIGNING_PASSPHRASE_ENV + " or the config key signing.passphraseFile");
            }
            return value.toCharArray();
        };
    }

    private static char[] fromFile(Path file) {
        try {
            checkMode(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String stripped = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (stripped.isEmpty()) {
                throw new KeyStoreException("the passphrase file " + file + " (signing.passphraseFile) is empty");
            }
            return stripped.toCharArray();
        } catch (NoSuchFileException e) {
            throw new KeyStoreException("the passphrase file " + file + " (signing.passphraseFile) does not exist");
        } catch (IOException e) {
            throw new KeyStoreException("the passphrase file " + file + " (signing.passphraseFile) cannot be read: "
                    + e.getMessage());
        }
    }

    /** Anyone who reads the passphrase opens the keys: the file may be the owner's and the service group's, no more. */
    private static void checkMode(Path file) throws IOException {
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return;
        }
        if (mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new KeyStoreException("the passphrase file " + file + " (signing.passphraseFile) has mode "
                    + PosixFilePermissions.toString(mode) + ": every user of this machine may read it; fix with: chmod 600 "
                    + file + " (or 640 with the service's group)");
        }
    }
}
