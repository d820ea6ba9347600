package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the QG1 signing keys are kept and where their passphrase comes from: {@code passphraseFile}
 * when set, otherwise the environment variable {@link Defaults#SIGNING_PASSPHRASE_ENV}; and the name printed
 * as issuer on cards issued by accounts that have no organisation or ward of their own.
 */
public record SigningSettings(Path keyFile, Optional<Path> passphraseFile, String issuerName) {

    public SigningSettings {
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(passphraseFile, "passphraseFile");
        Objects.requireNonNull(issuerName, "issuerName");
    }

    public SigningSettings(Path keyFile, Optional<Path> passphraseFile) {
        this(keyFile, passphraseFile, Defaults.CARD_ISSUER_NAME);
    }

    /** The default key file in the folder of {@code file} (a config or a database file). */
    public static SigningSettings nextTo(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return new SigningSettings(folder.resolve(Defaults.SIGNING_KEY_FILE), Optional.empty());
    }
}
