package vn.qrgate.registry.domain.area;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One level of the administrative hierarchy: its position (1 = the top, e.g. province) and the name
 * the file gives it in its column headers ({@code province}, {@code district}, {@code ward},
 * {@code commune}…). Editions differ in depth, so levels are data, not an enum.
 */
public record AreaLevel(int depth, String name) {

    public static final String NAME_PATTERN = "[a-z][a-z0-9_]{0,39}";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    public AreaLevel {
        if (depth < 1) {
            throw new IllegalArgumentException("area level depth must be 1 or more, not " + depth);
        }
        Objects.requireNonNull(name, "level name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("area level name '" + name + "' must match " + NAME_PATTERN);
        }
    }

    public boolean isTop() {
        return depth == 1;
    }
}
