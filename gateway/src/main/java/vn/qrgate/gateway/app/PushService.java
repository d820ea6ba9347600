package vn.qrgate.gateway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.config.DevicePush;
import vn.qrgate.gateway.config.PushSettings;
import vn.qrgate.gateway.domain.SettingsDigest;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.gateway.port.PushVersions;
import vn.qrgate.gateway.port.RetainedPublisher;
import vn.qrgate.gateway.port.StoreException;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustListException;

/**
 * Publishes, retained, what the devices take from the gateway (DESIGN §4): the deny list and trust list
 * files as they are (after checking them: a file that does not parse is logged and not published, and the
 * devices keep the last good one) and each device's runtime settings with a version that only grows.
 * Everything is published on every (re)connection; the files again whenever their content changes.
 */
public final class PushService {

    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);
    static final String SETTINGS_PREFIX = "config/";
    private static final String CLEARED = "cleared";

    private final PushSettings settings;
    private final RetainedPublisher publisher;
    private final PushVersions versions;
    private final BooleanSupplier connected;
    /** topic → digest of what the broker holds from us; absent: publish at the next look. */
    private final Map<String, String> published = new HashMap<>();
    /** topic → digest of a file content already reported as unusable, so it is reported once. */
    private final Map<String, String> reported = new HashMap<>();

    /** {@code connected}: whether publishing can work now; while not, the periodic check waits for the next connection. */
    public PushService(PushSettings settings, RetainedPublisher publisher, PushVersions versions,
            BooleanSupplier connected) {
        this.settings = settings;
        this.publisher = publisher;
        this.versions = versions;
        this.connected = connected;
    }

    /** After a (re)connection: the broker may have lost its retained messages, so publish everything. */
    public synchronized void publishAll() {
        published.clear();
        pushFiles();
        publishSettings();
    }

    /** Publishes the deny list and trust list again if their content changed since the last publication. */
    public synchronized void checkFiles() {
        if (connected.getAsBoolean()) {
            pushFiles();
        }
    }

    private void pushFiles() {
        settings.denyList().ifPresent(file -> pushFile(Topics.DENYLIST, file, true));
        settings.trust().ifPresent(file -> pushFile(Topics.TRUST, file, false));
    }

    private void pushFile(String topic, Path file, boolean denyList) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            reportOnce(topic, "unreadable", "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "); devices keep the " + (denyList ? "deny" : "trust") + " list they have");
            return;
        }
        String digest = sha256(bytes);
        if (digest.equals(published.get(topic))) {
            return;
        }
        try {
            if (denyList) {
                TrustFiles.parseDenyList(bytes);
            } else {
                TrustFiles.parseJwks(bytes, Optional.empty());
            }
        } catch (TrustListException e) {
            reportOnce(topic, digest, file + " is not published: " + e.getMessage() + "; devices keep the list they "
                    + "have");
            return;
        }
        if (publish(topic, bytes)) {
            published.put(topic, digest);
            reported.remove(topic);
            LOG.info("published {} ({} bytes) retained on {}", file, bytes.length, topic);
        }
    }

    private void publishSettings() {
        Map<DeviceId, DevicePush> wanted = settings.devices();
        try {
            for (Map.Entry<DeviceId, DevicePush> e : wanted.entrySet()) {
                DevicePush push = e.getValue();
                long version = versions.version(SETTINGS_PREFIX + e.getKey().value(),
                        SettingsDigest.of(push.direction(), push.duplicateWindow()));
                if (publish(Topics.config(e.getKey()), DeviceJson.encode(push.withVersion(version)))) {
                    LOG.info("published settings version {} for device {}", version, e.getKey());
                }
            }
            // A device whose settings were removed from the config gets "nothing set": its own config applies.
            for (String name : versions.names()) {
                if (!name.startsWith(SETTINGS_PREFIX)) {
                    continue;
                }
                String id = name.substring(SETTINGS_PREFIX.length());
                if (!DeviceId.isValid(id) || wanted.containsKey(DeviceId.of(id))) {
                    continue;
                }
                long version = versions.version(name, CLEARED);
                publish(Topics.config(DeviceId.of(id)),
                        DeviceJson.encode(new DeviceSettings(version, Optional.empty(), Optional.empty())));
            }
        } catch (StoreException e) {
            LOG.warn("device settings not published (their versions are kept in the store): {}", e.getMessage());
        }
    }

    private boolean publish(String topic, byte[] payload) {
        try {
            publisher.publishRetained(topic, payload);
            return true;
        } catch (PublishException e) {
            LOG.warn("{}; it is published again at the next connection", e.getMessage());
            return false;
        }
    }

    private void reportOnce(String topic, String key, String message) {
        if (!key.equals(reported.get(topic))) {
            reported.put(topic, key);
            LOG.error(message);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
