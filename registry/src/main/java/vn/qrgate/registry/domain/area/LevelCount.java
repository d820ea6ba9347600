package vn.qrgate.registry.domain.area;

import java.util.Objects;

/** How many areas an edition has at one level. */
public record LevelCount(AreaLevel level, int count) {

    public LevelCount {
        Objects.requireNonNull(level, "level");
        if (count < 0) {
            throw new IllegalArgumentException("an area count cannot be negative: " + count);
        }
    }
}
