package org.juxta.shared.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jboss.logging.Logger;

/**
 * Databases created before the kernel had its own history recorded its migrations in the service's
 * history. They are moved over once: the kernel's history starts as a baseline at the last of them,
 * and their rows leave the service's history, whose migrations no longer include them.
 */
final class LegacyHistory {

    private static final Logger LOG = Logger.getLogger(LegacyHistory.class);

    private LegacyHistory() {
    }

    static void adopt(Flyway kernel, String serviceTable) {
        Set<String> kernelScripts = Arrays.stream(kernel.info().all()).map(MigrationInfo::getScript)
                .filter(Objects::nonNull).map(LegacyHistory::fileName).collect(Collectors.toSet());
        String kernelTable = kernel.getConfiguration().getTable();
        try (Connection connection = kernel.getConfiguration().getDataSource().getConnection()) {
            if (kernelScripts.isEmpty() || !exists(connection, serviceTable)) {
                return;
            }
            List<Integer> ranks = new ArrayList<>();
            MigrationVersion last = null;
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select installed_rank, version, script from " + serviceTable + " where success")) {
                while (rows.next()) {
                    if (rows.getString(2) != null && kernelScripts.contains(fileName(rows.getString(3)))) {
                        ranks.add(rows.getInt(1));
                        MigrationVersion version = MigrationVersion.fromVersion(rows.getString(2));
                        last = last == null || version.compareTo(last) > 0 ? version : last;
                    }
                }
            }
            if (last == null) {
                return;
            }
            if (!exists(connection, kernelTable)) {
                Flyway.configure(kernel.getConfiguration().getClassLoader())
                        .configuration(kernel.getConfiguration())
                        .baselineVersion(last.getVersion())
                        .baselineDescription("kernel migrations recorded in " + serviceTable)
                        .load()
                        .baseline();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + serviceTable + " where installed_rank = any (?)")) {
                delete.setArray(1, connection.createArrayOf("integer", ranks.toArray()));
                LOG.infof("Moved %d kernel migrations from %s to %s (up to version %s)", delete.executeUpdate(),
                        serviceTable, kernelTable, last);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the kernel's migrations out of " + serviceTable, e);
        }
    }

    /** Histories name a script with or without its location, depending on who scanned it. */
    private static String fileName(String script) {
        return script.substring(script.lastIndexOf('/') + 1);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(null, connection.getSchema(), table, new String[]{"TABLE"})) {
            return tables.next();
        }
    }
}
