package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the QG1 signing keys are kept and where their passphrase comes from: {@code passphraseFile}
 * when set, otherwise the environment variable {@link Defaults#SIGNING_PASSPHRASE_ENV}.
 */
public record SigningSettings(Path keyFile, Optional<Path> passphraseFile) {

    public SigningSettings {
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(passphraseFile, "passphraseFile");
    }

    /** The default key file in the folder of {@code file} (a config or a database file). */
    public static SigningSettings nextTo(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return new SigningSettings(folder.resolve(Defaults.SIGNING_KEY_FILE), Optional.empty());
    }
}
