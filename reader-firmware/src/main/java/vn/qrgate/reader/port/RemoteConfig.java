package vn.qrgate.reader.port;

/**
 * What the gateway pushes to a running reader (DESIGN §4: retained, QoS 1), applied without a restart.
 * Each method takes the payload as it arrived. An older version than the one in force is ignored; a
 * malformed payload is logged (where and which rule, never its content) and ignored, and the list or
 * settings in force stay. Implementations never throw for a bad payload. Thread-safe.
 */
public interface RemoteConfig {

    /** {@code qrgate/v1/devices/{d}/config}: runtime settings (direction, duplicate window). */
    void applySettings(byte[] json);

    /** {@code qrgate/v1/denylist}: the deny list, applied when its version is newer. */
    void applyDenyList(byte[] json);

    /** {@code qrgate/v1/trust}: the QG1 signing keys (a JWK Set), obtained now. */
    void applyTrustList(byte[] json);

    /** {@code qrgate/v1/revocations}: revoked QG1 keys and people; every valid list replaces the one in force. */
    void applyRevocations(byte[] json);

    /** Ignores everything: for a reader without a gateway, and for tests. */
    RemoteConfig IGNORE = new RemoteConfig() {
        @Override
        public void applySettings(byte[] json) {
        }

        @Override
        public void applyDenyList(byte[] json) {
        }

        @Override
        public void applyTrustList(byte[] json) {
        }

        @Override
        public void applyRevocations(byte[] json) {
        }
    };
}
