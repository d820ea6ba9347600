package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.StoreConfig;

class SqliteTraceStoreTest extends TraceStoreContract {

    @TempDir
    Path dir;

    @Override
    protected JdbcCheckinStore openStore() {
        return JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("registry.db")));
    }

    @Test
    void a_persons_checkins_are_found_through_the_document_number_index() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = c.createStatement();
             ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN " + CheckinRows.ACCEPTED_OF_DOCUMENT
                     .replaceFirst("\\?", "'x'").replaceFirst("\\?", "0").replaceFirst("\\?", "1"))) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString("detail")).append('\n');
            }
            assertThat(text.toString()).contains("checkin_document_scanned");
        }
    }
}
