package vn.qrgate.registry.domain.live;

import java.util.Optional;

/** How people appear in a live list: masked (DESIGN §7, the default) or in full (audited). */
public enum LiveView {
    MASKED("masked"),
    FULL("full");

    private final String wireName;

    LiveView(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The {@code view} query parameter: absent means masked; empty when it names no view. */
    public static Optional<LiveView> fromParameter(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(MASKED);
        }
        for (LiveView view : values()) {
            if (view.wireName.equals(value)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }
}
