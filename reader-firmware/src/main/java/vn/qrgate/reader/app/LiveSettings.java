package vn.qrgate.reader.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.protocol.trust.TrustListException;
import vn.qrgate.reader.domain.DuplicateWindow;
import vn.qrgate.reader.port.DirectionSwitch;
import vn.qrgate.reader.port.RemoteConfig;

/**
 * The judgement's inputs that the gateway may replace while the reader runs: the trust list and the
 * revocation list (inside the validator), the deny list, a direction override and the duplicate window.
 * Starts from the config file's values, then from the copies pushed before a restart when they are newer
 * (deny list by version, trust list and revocation list by the time they were obtained), then follows what
 * the gateway pushes.
 *
 * <p>Rules: settings and deny lists apply only with a newer version than the one in force (a broker
 * redelivers retained messages at every reconnect); every valid trust list applies and counts as obtained
 * now; every valid revocation list applies (it carries no version: the gateway publishes the registry's
 * current one, so the last one received is the newest). A payload that does not parse is logged by where and which rule, never its content, and ignored.
 * Each applied payload is kept with {@link PushedCopies}. Under {@code direction: SWITCH} the physical
 * switch decides and a pushed direction is ignored; the duplicate window applies in every mode.
 */
public final class LiveSettings implements RemoteConfig {

    static final String SETTINGS_FILE = "pushed-settings.json";
    static final String DENY_LIST_FILE = "pushed-denylist.json";
    static final String TRUST_FILE = "pushed-trust.jwks.json";
    static final String REVOCATIONS_FILE = "pushed-revocations.json";

    private static final Logger LOG = LoggerFactory.getLogger(LiveSettings.class);

    /**
     * What the config file says, before anything pushed.
     *
     * @param trust               the config's trust list (with the file's time as obtained), if any
     * @param revocations         the config's revocation list ({@link RevocationList#none()} without one)
     * @param revocationsObtainedAt when the config's revocation file was written; empty without one
     * @param trustMaxAge         a trust list older than this is reported stale
     * @param denyList            the config's deny list, if any
     * @param duplicateWindow     the config's duplicate window
     * @param directionFromSwitch {@code direction: SWITCH}: the switch decides, a pushed direction does not
     */
    public record Baseline(Optional<TrustList> trust, RevocationList revocations, Optional<Instant> revocationsObtainedAt,
                           Duration trustMaxAge, Optional<DenyList> denyList, Duration duplicateWindow,
                           boolean directionFromSwitch) {
        public Baseline {
            Objects.requireNonNull(trust, "trust");
            Objects.requireNonNull(revocations, "revocations");
            Objects.requireNonNull(revocationsObtainedAt, "revocationsObtainedAt");
            Objects.requireNonNull(trustMaxAge, "trustMaxAge");
            Objects.requireNonNull(denyList, "denyList");
            Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        }
    }

    private final Baseline baseline;
    private final Clock clock;
    private final PushedCopies copies;
    private final DuplicateWindow duplicates;

    private volatile CodeValidator validator;
    /** The trust list in force, if any: kept apart so a revocation push can rebuild the validator around it. */
    private Optional<TrustList> trust;
    private RevocationList revocations;
    private byte[] revocationBytes;
    private volatile Optional<DenyList> denyList;
    private volatile Optional<Direction> direction = Optional.empty();
    private volatile long settingsVersion;
    private byte[] trustBytes;

    private LiveSettings(Baseline baseline, Path folder, Clock clock) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.copies = new PushedCopies(folder);
        this.duplicates = new DuplicateWindow(baseline.duplicateWindow(), DuplicateWindow.DEFAULT_MAX_ENTRIES);
        this.trust = baseline.trust();
        this.revocations = baseline.revocations();
        rebuildValidator();
        this.denyList = baseline.denyList();
    }

    /**
     * Settings from the config, then the copies kept in {@code folder} (the outbox's folder) where they win.
     * {@code clock} is the scans' clock: dates are judged and lists are stamped with it.
     */
    public static LiveSettings restore(Baseline baseline, Path folder, Clock clock) {
        LiveSettings live = new LiveSettings(baseline, folder, clock);
        live.restoreCopies();
        return live;
    }

    public CodeValidator validator() {
        return validator;
    }

    public DenyList denyList() {
        return denyList.orElse(DenyList.empty());
    }

    public DuplicateWindow duplicates() {
        return duplicates;
    }

    /** The direction a pushed setting imposes, if any (never under SWITCH). */
    public Optional<Direction> directionOverride() {
        return direction;
    }

    /** {@code configured}, unless the gateway pushed a direction and the reader is not on a switch. */
    public DirectionSwitch direction(DirectionSwitch configured) {
        if (baseline.directionFromSwitch()) {
            return configured;
        }
        return () -> direction.orElseGet(configured::current);
    }

    /** How old the trust list is, if there is one. */
    public Optional<Duration> trustListAge(Instant now) {
        return validator.trust().obtainedAt().map(at -> at.isAfter(now) ? Duration.ZERO : Duration.between(at, now));
    }

    /** The version of the deny list in force, if there is one. */
    public Optional<Long> denyListVersion() {
        return denyList.map(DenyList::version);
    }

    public long settingsVersion() {
        return settingsVersion;
    }

    @Override
    public synchronized void applySettings(byte[] json) {
        DeviceSettings settings;
        try {
            settings = DeviceJson.decodeSettings(json);
        } catch (IllegalArgumentException e) {
            LOG.warn("pushed settings ignored: {}", e.getMessage());
            return;
        }
        if (settings.version() <= settingsVersion) {
            LOG.debug("pushed settings version {} ignored: version {} is in force", settings.version(), settingsVersion);
            return;
        }
        use(settings);
        keep(SETTINGS_FILE, json, "settings");
    }

    @Override
    public synchronized void applyDenyList(byte[] json) {
        DenyList list;
        try {
            list = TrustFiles.parseDenyList(json);
        } catch (TrustListException e) {
            LOG.warn("pushed deny list ignored: {}", e.getMessage());
            return;
        }
        Optional<DenyList> current = denyList;
        if (current.isPresent() && list.version() <= current.get().version()) {
            LOG.debug("pushed deny list version {} ignored: version {} is in force", list.version(),
                    current.get().version());
            return;
        }
        denyList = Optional.of(list);
        LOG.info("deny list version {} applied ({} entries)", list.version(), list.size());
        keep(DENY_LIST_FILE, json, "deny list");
    }

    @Override
    public synchronized void applyTrustList(byte[] json) {
        Instant now = clock.instant();
        TrustList list;
        try {
            list = TrustFiles.parseJwks(json, Optional.of(now));
        } catch (TrustListException e) {
            LOG.warn("pushed trust list ignored: {}", e.getMessage());
            return;
        }
        trust = Optional.of(list);
        rebuildValidator();
        if (trustBytes != null && Arrays.equals(trustBytes, json)) {
            LOG.debug("trust list confirmed ({} keys)", list.size());
            try {
                copies.touch(TRUST_FILE, now);
            } catch (IOException e) {
                LOG.warn("cannot update the time of {}: {}", copies.path(TRUST_FILE), e.toString());
            }
            return;
        }
        trustBytes = json.clone();
        LOG.info("trust list applied ({} keys)", list.size());
        keep(TRUST_FILE, json, "trust list", now);
    }

    @Override
    public synchronized void applyRevocations(byte[] json) {
        RevocationList list;
        try {
            list = TrustFiles.parseRevocations(json);
        } catch (TrustListException e) {
            LOG.warn("pushed revocation list ignored: {}", e.getMessage());
            return;
        }
        if (revocationBytes != null && Arrays.equals(revocationBytes, json)) {
            // A retained message redelivered at a reconnect: nothing changed.
            LOG.debug("revocation list unchanged ({} keys, {} subjects)", list.keyIds().size(), list.subjects().size());
            return;
        }
        revocations = list;
        rebuildValidator();
        revocationBytes = json.clone();
        LOG.info("revocation list applied ({} keys, {} subjects)", list.keyIds().size(), list.subjects().size());
        keep(REVOCATIONS_FILE, json, "revocation list");
    }

    private void use(DeviceSettings settings) {
        settingsVersion = settings.version();
        Duration window = settings.duplicateWindow().orElse(baseline.duplicateWindow());
        duplicates.resize(window);
        if (baseline.directionFromSwitch()) {
            direction = Optional.empty();
            settings.direction().ifPresent(d ->
                    LOG.info("pushed direction {} ignored: this reader's direction comes from its switch", d));
        } else {
            direction = settings.direction();
        }
        LOG.info("settings version {} applied: direction {}, duplicate window {}s", settings.version(),
                direction.map(Direction::name).orElse("as configured"), window.toSeconds());
    }

    /** The validator for the trust list and revocation list in force (no trust list: every QG1 code UNKNOWN_KEY). */
    private void rebuildValidator() {
        validator = trust.map(t -> new CodeValidator(clock, t, revocations, Optional.of(baseline.trustMaxAge())))
                .orElseGet(() -> new CodeValidator(clock, TrustList.empty(), revocations, Optional.empty()));
    }

    private void keep(String name, byte[] json, String what) {
        keep(name, json, what, clock.instant());
    }

    private void keep(String name, byte[] json, String what, Instant obtainedAt) {
        try {
            copies.save(name, json, obtainedAt);
        } catch (IOException e) {
            LOG.warn("the {} is applied but cannot be kept in {} ({}); after a restart the reader uses the older one"
                    + " until the gateway sends it again", what, copies.path(name), e.toString());
        }
    }

    private void restoreCopies() {
        load(SETTINGS_FILE).ifPresent(copy -> {
            try {
                use(DeviceJson.decodeSettings(copy.bytes()));
            } catch (IllegalArgumentException e) {
                LOG.warn("{} ignored: {}", copies.path(SETTINGS_FILE), e.getMessage());
            }
        });
        load(DENY_LIST_FILE).ifPresent(copy -> {
            try {
                DenyList pushed = TrustFiles.parseDenyList(copy.bytes());
                if (denyList.isEmpty() || pushed.version() > denyList.get().version()) {
                    denyList = Optional.of(pushed);
                    LOG.info("deny list version {} from {} ({} entries)", pushed.version(),
                            copies.path(DENY_LIST_FILE), pushed.size());
                }
            } catch (TrustListException e) {
                LOG.warn("{} ignored: {}", copies.path(DENY_LIST_FILE), e.getMessage());
            }
        });
        load(TRUST_FILE).ifPresent(copy -> {
            try {
                TrustList pushed = TrustFiles.parseJwks(copy.bytes(), Optional.of(copy.obtainedAt()));
                Optional<Instant> configured = baseline.trust().flatMap(TrustList::obtainedAt);
                if (configured.isEmpty() || copy.obtainedAt().isAfter(configured.get())) {
                    trust = Optional.of(pushed);
                    trustBytes = copy.bytes();
                    LOG.info("trust list from {} ({} keys, obtained {})", copies.path(TRUST_FILE), pushed.size(),
                            copy.obtainedAt());
                }
            } catch (TrustListException e) {
                LOG.warn("{} ignored: {}", copies.path(TRUST_FILE), e.getMessage());
            }
        });
        load(REVOCATIONS_FILE).ifPresent(copy -> {
            try {
                RevocationList pushed = TrustFiles.parseRevocations(copy.bytes());
                Optional<Instant> configured = baseline.revocationsObtainedAt();
                if (configured.isEmpty() || copy.obtainedAt().isAfter(configured.get())) {
                    revocations = pushed;
                    revocationBytes = copy.bytes();
                    LOG.info("revocation list from {} ({} keys, {} subjects, obtained {})",
                            copies.path(REVOCATIONS_FILE), pushed.keyIds().size(), pushed.subjects().size(),
                            copy.obtainedAt());
                }
            } catch (TrustListException e) {
                LOG.warn("{} ignored: {}", copies.path(REVOCATIONS_FILE), e.getMessage());
            }
        });
        rebuildValidator();
    }

    private Optional<PushedCopies.Copy> load(String name) {
        try {
            return copies.load(name);
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", copies.path(name), e.toString());
            return Optional.empty();
        }
    }
}
