package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.testing.AreaFiles;

/** The area store contract on the real PostgreSQL of {@link PostgresqlCheckinStoreIT}, each test in its own schema. */
class PostgresqlAreaStoreIT extends AreaStoreContract {

    private String schema;

    @Override
    protected AreaStore openStore() {
        schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        return JdbcAreaStore.open(StoreConfig.Postgresql.of(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER,
                Optional.empty(), Optional.of(schema)));
    }

    @Override
    protected void dropStore() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER, null);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void the_full_official_list_loads_with_every_ward_under_a_district_under_a_province() throws Exception {
        store.replaceAll(AreaFiles.edition(AreaFiles.fullListOrSkip()));

        assertThat(store.levelCounts()).extracting(c -> c.level().name() + " " + c.count())
                .containsExactly("province 63", "district 691", "ward 10047");
        try (Connection c = DriverManager.getConnection(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER, null);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + schema + ".area w"
                     + " JOIN " + schema + ".area d ON d.code = w.parent_code AND d.level = 2"
                     + " JOIN " + schema + ".area p ON p.code = d.parent_code AND p.level = 1 AND p.parent_code IS NULL"
                     + " WHERE w.level = 3")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(10047);
        }
        assertThat(store.lowestLevelUnder("79")).as("Hồ Chí Minh's rows in the file").hasSize(273);
    }
}
