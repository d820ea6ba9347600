package vn.qrgate.registry.port;

import java.util.List;
import java.util.Optional;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.area.AreaEdition;
import vn.qrgate.registry.domain.area.LevelCount;

/**
 * The administrative areas the dashboards group check-ins by. Lists are ordered by code. Every method
 * may throw {@link StoreBusyException} or {@link StoreFailureException} like {@link CheckinStore}'s.
 */
public interface AreaStore extends AutoCloseable {

    /**
     * Makes {@code edition} the stored set, in one transaction: areas it lacks are gone, the others
     * hold exactly its values. Importing the same edition twice leaves the same rows.
     */
    void replaceAll(AreaEdition edition);

    Optional<Area> byCode(String code);

    /** The areas directly under {@code code}. */
    List<Area> children(String code);

    /** The path from the top level down to {@code code}'s parent; empty for a top-level or unknown code. */
    List<Area> ancestors(String code);

    /**
     * The areas under {@code code}, at any depth, that are at the lowest level stored (the wards of a
     * province, say), for "which wards had no scan". Empty for an area at the lowest level itself.
     */
    List<Area> lowestLevelUnder(String code);

    /** The stored levels, top first, with their number of areas. */
    List<LevelCount> levelCounts();

    /** A short description for logs, e.g. {@code sqlite /var/lib/qrgate/registry.db}; no password. */
    String describe();

    @Override
    void close();
}
