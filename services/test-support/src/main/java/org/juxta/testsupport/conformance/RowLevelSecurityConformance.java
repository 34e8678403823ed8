package org.juxta.testsupport.conformance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.juxta.testsupport.Databases;
import org.juxta.testsupport.ServiceUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persistence rule of every service, checked in its database as PostgreSQL sees it: every table
 * is segregated by state (row-level security enabled and forced, the kernel's policy on
 * {@code juxta.state}) and granted to the application role, which owns nothing and bypasses nothing.
 * Only the tables without personal data listed in {@link #KERNEL_EXCEPTIONS} (and those a service
 * names in {@link #unsegregatedTables()}, with its reason) are exempt. A service runs it by extending
 * this class in a Quarkus test (so that its schema is migrated).
 */
public abstract class RowLevelSecurityConformance {

    /** The migration histories, the states that have an audit chain, and which instance runs which job. */
    public static final Set<String> KERNEL_EXCEPTIONS = Set.of("flyway_schema_history",
            "juxta_kernel_schema_history", "audit_chain", "background_job");

    /** The column naming the declarant who lodged a record, in every table that has one. */
    public static final String DECLARANT_COLUMN = "declarant_id";

    /** Tables of the service that hold no records of a state; none by default. */
    protected Set<String> unsegregatedTables() {
        return Set.of();
    }

    @Test
    void theApplicationRoleIsNoSuperuserBypassesNothingAndOwnsNothing() throws SQLException {
        try (Connection app = Databases.asApplication(ServiceUnderTest.name())) {
            ResultSet role = app.createStatement().executeQuery("""
                    select rolsuper, rolbypassrls,
                           (select count(*) from pg_class where relowner = pg_roles.oid) as owned
                    from pg_roles where rolname = current_user""");
            role.next();
            assertThat(role.getBoolean("rolsuper")).isFalse();
            assertThat(role.getBoolean("rolbypassrls")).isFalse();
            assertThat(role.getLong("owned")).as("objects the application role owns").isZero();
        }
    }

    @Test
    void everyTableIsSegregatedByStateUnlessItHoldsNoRecordsOfAState() throws SQLException {
        Set<String> exempt = new HashSet<>(KERNEL_EXCEPTIONS);
        exempt.addAll(unsegregatedTables());
        List<String> unsegregated = new ArrayList<>();
        try (Connection owner = Databases.asOwner(ServiceUnderTest.name())) {
            ResultSet tables = owner.createStatement().executeQuery("""
                    select c.relname,
                           c.relrowsecurity and c.relforcerowsecurity as forced,
                           exists (select from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                                   and p.qual like '%juxta.state%' and p.with_check like '%juxta.state%') as policy
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p')
                    order by 1""");
            while (tables.next()) {
                String table = tables.getString("relname");
                if (!exempt.contains(table) && !(tables.getBoolean("forced") && tables.getBoolean("policy"))) {
                    unsegregated.add(table);
                }
            }
        }
        assertThat(unsegregated).as("tables without forced row-level security on juxta.state"
                + " (add select juxta_segregate_by_state('<table>') to the migration that creates them)").isEmpty();
    }

    /**
     * A table naming a declarant ({@value #DECLARANT_COLUMN}) holds records a trader or broker lodges: it is
     * segregated by declarant too, so a declarant's client can reach only its own rows.
     */
    @Test
    void everyTableOfDeclarantsRecordsIsSegregatedByDeclarant() throws SQLException {
        List<String> unsegregated = new ArrayList<>();
        try (Connection owner = Databases.asOwner(ServiceUnderTest.name())) {
            ResultSet tables = owner.createStatement().executeQuery("""
                    select c.relname,
                           exists (select from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
                                   and p.permissive = 'RESTRICTIVE' and p.qual like '%%juxta.declarant%%'
                                   and p.with_check like '%%juxta.declarant%%') as policy
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p')
                      and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = '%s'
                                  and not a.attisdropped)
                    order by 1""".formatted(DECLARANT_COLUMN));
            while (tables.next()) {
                if (!tables.getBoolean("policy")) {
                    unsegregated.add(tables.getString("relname"));
                }
            }
        }
        assertThat(unsegregated).as("tables with a %s column but no restrictive policy on juxta.declarant"
                + " (add select juxta_segregate_by_declarant('<table>', '%s') to the migration that creates them)",
                DECLARANT_COLUMN, DECLARANT_COLUMN).isEmpty();
    }

    @Test
    void theApplicationRoleMayUseEveryTableButTheMigrationHistories() throws SQLException {
        List<String> ungranted = new ArrayList<>();
        try (Connection owner = Databases.asOwner(ServiceUnderTest.name())) {
            ResultSet tables = owner.createStatement().executeQuery("""
                    select c.relname, has_table_privilege('juxta_%s_app', c.oid, 'select') as granted
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p')
                      and c.relname not in ('flyway_schema_history', 'juxta_kernel_schema_history')
                    order by 1""".formatted(ServiceUnderTest.name()));
            while (tables.next()) {
                if (!tables.getBoolean("granted")) {
                    ungranted.add(tables.getString("relname"));
                }
            }
        }
        assertThat(ungranted).as("tables the application role was granted nothing on (grant ... to ${app_role})")
                .isEmpty();
    }

    @Test
    void withoutAStateTheApplicationRoleSeesNoRowOfAnySegregatedTable() throws SQLException {
        try (Connection app = Databases.asApplication(ServiceUnderTest.name());
                Connection owner = Databases.asOwner(ServiceUnderTest.name())) {
            ResultSet tables = owner.createStatement().executeQuery("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relforcerowsecurity
                      and has_table_privilege('juxta_%s_app', c.oid, 'select')
                    order by 1""".formatted(ServiceUnderTest.name()));
            int checked = 0;
            while (tables.next()) {
                ResultSet count = app.createStatement().executeQuery("select count(*) from " + tables.getString(1));
                count.next();
                assertThat(count.getLong(1)).as(tables.getString(1) + " rows without a state").isZero();
                checked++;
            }
            assertThat(checked).as("segregated tables").isPositive();
        }
    }
}
