package vn.qrgate.registry.domain.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete, consistent list of areas: every level from 1 down, every code once, every parent
 * present, one level up, and listed before its children, so the list can be written top-down.
 */
public record AreaEdition(List<AreaLevel> levels, List<Area> areas) {

    public AreaEdition {
        levels = List.copyOf(levels);
        areas = List.copyOf(areas);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an area edition has at least one level");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).depth() != i + 1) {
                throw new IllegalArgumentException("area levels must be numbered 1.." + levels.size() + " in order");
            }
        }
        Map<String, Area> seen = new HashMap<>();
        for (Area area : areas) {
            Objects.requireNonNull(area, "area");
            if (!levels.contains(area.level())) {
                throw new IllegalArgumentException("area " + area.code() + " is at a level the edition does not have: "
                        + area.level());
            }
            area.parentCode().ifPresent(parent -> {
                Area p = seen.get(parent);
                if (p == null || p.level().depth() != area.level().depth() - 1) {
                    throw new IllegalArgumentException("area " + area.code() + " needs its parent " + parent
                            + " one level up, listed before it");
                }
            });
            if (seen.put(area.code(), area) != null) {
                throw new IllegalArgumentException("area code " + area.code() + " is listed twice");
            }
        }
    }

    /** Every level with its number of areas, top first; a level without areas counts 0. */
    public List<LevelCount> counts() {
        int[] counts = new int[levels.size()];
        areas.forEach(a -> counts[a.level().depth() - 1]++);
        List<LevelCount> result = new ArrayList<>();
        for (AreaLevel level : levels) {
            result.add(new LevelCount(level, counts[level.depth() - 1]));
        }
        return result;
    }

    @Override
    public String toString() {
        return "AreaEdition[" + levels.size() + " levels, " + areas.size() + " areas]";
    }
}
