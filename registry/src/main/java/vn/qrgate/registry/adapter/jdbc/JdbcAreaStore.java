package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.area.AreaEdition;
import vn.qrgate.registry.domain.area.AreaLevel;
import vn.qrgate.registry.domain.area.LevelCount;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.StoreFailureException;

/**
 * The areas in the {@code area} table of the registry's database, SQLite or PostgreSQL. Paths up and
 * down the hierarchy are recursive CTEs, which both databases run the same way, whatever the depth.
 */
public final class JdbcAreaStore implements AreaStore {

    private static final String COLUMNS = "code, name, type, level, level_name, parent_code";
    private static final String INSERT = "INSERT INTO area (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
    private static final String BY_CODE = "SELECT " + COLUMNS + " FROM area WHERE code = ?";
    private static final String CHILDREN = "SELECT " + COLUMNS + " FROM area WHERE parent_code = ? ORDER BY code";
    private static final String ANCESTORS = """
            WITH RECURSIVE up (code, parent_code) AS (
                SELECT p.code, p.parent_code FROM area a JOIN area p ON p.code = a.parent_code WHERE a.code = ?
                UNION ALL
                SELECT p.code, p.parent_code FROM area p JOIN up ON p.code = up.parent_code
            )
            SELECT a.code, a.name, a.type, a.level, a.level_name, a.parent_code
            FROM area a JOIN up ON a.code = up.code ORDER BY a.level""";
    private static final String LOWEST_LEVEL_UNDER = """
            WITH RECURSIVE down (code) AS (
                SELECT code FROM area WHERE parent_code = ?
                UNION ALL
                SELECT c.code FROM area c JOIN down ON c.parent_code = down.code
            )
            SELECT a.code, a.name, a.type, a.level, a.level_name, a.parent_code
            FROM area a JOIN down ON a.code = down.code
            WHERE a.level = (SELECT max(level) FROM area) ORDER BY a.code""";
    private static final String LEVEL_COUNTS =
            "SELECT level, level_name, count(*) AS n FROM area GROUP BY level, level_name ORDER BY level";
    private static final int BATCH = 1000;

    private final Database db;

    JdbcAreaStore(Database db) {
        this.db = db;
    }

    /** Opens the pool and brings the schema up to date; throws StoreFailureException when it cannot. */
    public static JdbcAreaStore open(StoreConfig config) {
        return new JdbcAreaStore(Database.open(config));
    }

    /**
     * Deletes every area and inserts the edition's, parents first, in one transaction: readers see the
     * old edition or the new one, never a mix. Venues reference areas with a check deferred to commit
     * (V4), so an edition that keeps every area holding a venue passes and one that drops such an area
     * fails as a whole, leaving the previous edition (the error does not yet name those areas).
     */
    @Override
    public void replaceAll(AreaEdition edition) {
        Objects.requireNonNull(edition, "edition");
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement delete = c.createStatement(); PreparedStatement insert = c.prepareStatement(INSERT)) {
                delete.executeUpdate("DELETE FROM area");
                int pending = 0;
                for (Area area : edition.areas()) {
                    bind(insert, area);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Database.rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.translate("replace the areas with " + edition, e);
        }
    }

    @Override
    public Optional<Area> byCode(String code) {
        List<Area> found = query(BY_CODE, code, "read area " + code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Area> children(String code) {
        return query(CHILDREN, code, "read the areas under " + code);
    }

    @Override
    public List<Area> ancestors(String code) {
        return query(ANCESTORS, code, "read the areas above " + code);
    }

    @Override
    public List<Area> lowestLevelUnder(String code) {
        return query(LOWEST_LEVEL_UNDER, code, "read the lowest-level areas under " + code);
    }

    @Override
    public List<LevelCount> levelCounts() {
        try (Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(LEVEL_COUNTS)) {
            List<LevelCount> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(new LevelCount(new AreaLevel(rs.getInt("level"), rs.getString("level_name")), rs.getInt("n")));
            }
            return counts;
        } catch (SQLException e) {
            throw db.translate("count the areas", e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored area level is not valid: " + e.getMessage(), null);
        }
    }

    @Override
    public String describe() {
        return db.description();
    }

    @Override
    public void close() {
        db.dataSource().close();
    }

    private List<Area> query(String sql, String code, String operation) {
        Objects.requireNonNull(code, "code");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            List<Area> areas = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.add(read(rs));
                }
            }
            return areas;
        } catch (SQLException e) {
            throw db.translate(operation, e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored area is not valid: " + e.getMessage(), null);
        }
    }

    private static void bind(PreparedStatement ps, Area area) throws SQLException {
        ps.setString(1, area.code());
        ps.setString(2, area.name());
        ps.setString(3, area.type());
        ps.setInt(4, area.level().depth());
        ps.setString(5, area.level().name());
        ps.setString(6, area.parentCode().orElse(null));
    }

    private static Area read(ResultSet rs) throws SQLException {
        return new Area(rs.getString("code"), rs.getString("name"), rs.getString("type"),
                new AreaLevel(rs.getInt("level"), rs.getString("level_name")),
                Optional.ofNullable(rs.getString("parent_code")));
    }
}
