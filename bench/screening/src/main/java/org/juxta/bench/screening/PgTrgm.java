package org.juxta.bench.screening;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Properties;

import org.juxta.names.NameNormalizer;
import org.juxta.names.NormalizedName;
import org.juxta.names.PreparedEntry;
import org.juxta.names.ScreeningIndex;
import org.juxta.names.ScreeningQuery;
import org.postgresql.PGConnection;

/**
 * The same screening answered by PostgreSQL's pg_trgm: one row per listed name, holding the name as the engine
 * transliterates it (so both compare the same Latin letters and the comparison is about matching, not
 * transliteration), a GIN trigram index on it, and {@code name % query} ordered by {@code similarity()}. The year of
 * birth filters out contradicting entries (more than a year apart), as a careful SQL screening would.
 */
final class PgTrgm implements AutoCloseable {

    static final String TABLE = "screening_bench_name";

    private final Connection connection;
    private PreparedStatement search;

    private PgTrgm(Connection connection) {
        this.connection = connection;
    }

    /** Connects, creating the database and the extension if they are missing (needs a superuser once). */
    static PgTrgm connect() throws SQLException {
        String url = env("JUXTA_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/juxta_bench_screening");
        Properties properties = new Properties();
        properties.setProperty("user", env("JUXTA_BENCH_PG_USER", "postgres"));
        String password = System.getenv("JUXTA_BENCH_PG_PASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        createDatabaseIfMissing(url, properties);
        Connection connection = DriverManager.getConnection(url, properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        }
        return new PgTrgm(connection);
    }

    private static void createDatabaseIfMissing(String url, Properties properties) throws SQLException {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", properties);
                PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    try (Statement create = admin.createStatement()) {
                        create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Makes the table hold the index's names, one row per name with the entry's ordinal, unless it already holds the
     * same list (reruns skip the load). {@code list} names the list in the signature. Says what it did.
     */
    String holdList(ScreeningIndex index, String list) throws SQLException, IOException {
        String signature = "v1 %s rows=%x".formatted(list, rowsHash(index));
        String load;
        if (holds(signature)) {
            load = "table reused from an earlier run with the same list";
        } else {
            ScreeningBenchmark.progress("pg_trgm: loading the names of %,d entries and building the GIN index",
                    index.size());
            double[] seconds = load(rows(index), signature);
            load = "COPY %.1f s, GIN index and ANALYZE %.1f s".formatted(seconds[0], seconds[1]);
        }
        return load + "; " + tableSize();
    }

    private boolean holds(String signature) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS screening_bench_meta (signature text NOT NULL)");
            try (ResultSet result = statement.executeQuery("SELECT signature FROM screening_bench_meta")) {
                return result.next() && result.getString(1).equals(signature)
                        && tableExists();
            }
        }
    }

    private boolean tableExists() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT to_regclass('" + TABLE + "') IS NOT NULL")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** Rows as {@code entry TAB name TAB year-or-\N}. Returns the seconds spent copying and indexing. */
    private double[] load(Iterator<String> rows, String signature) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute(
                    "CREATE TABLE " + TABLE + " (entry integer NOT NULL, name text NOT NULL, dob_year integer)");
        }
        long start = System.nanoTime();
        connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + TABLE + " (entry, name, dob_year) FROM STDIN", new RowReader(rows));
        double copySeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            statement.execute("CREATE INDEX " + TABLE + "_trgm ON " + TABLE + " USING gin (name gin_trgm_ops)");
            statement.execute("ANALYZE " + TABLE);
            statement.execute("DELETE FROM screening_bench_meta");
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        try (PreparedStatement meta = connection.prepareStatement("INSERT INTO screening_bench_meta VALUES (?)")) {
            meta.setString(1, signature);
            meta.executeUpdate();
        }
        return new double[]{copySeconds, indexSeconds};
    }

    /** The list's rows: entry ordinal, transliterated name, year of birth. */
    private static Iterator<String> rows(ScreeningIndex index) {
        return new Iterator<>() {

            private int ordinal;
            private final List<String> pending = new ArrayList<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && ordinal < index.size()) {
                    PreparedEntry entry = index.entry(ordinal);
                    String year = entry.dateOfBirth() == null ? "\\N" : String.valueOf(entry.dateOfBirth().year());
                    for (NormalizedName name : entry.names()) {
                        pending.add(ordinal + "\t" + name.latin() + "\t" + year + "\n");
                    }
                    ordinal++;
                }
                return !pending.isEmpty();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }
        };
    }

    private static long rowsHash(ScreeningIndex index) {
        long hash = 17;
        for (Iterator<String> rows = rows(index); rows.hasNext();) {
            hash = hash * 31 + rows.next().hashCode();
        }
        return hash;
    }

    /** The query's name as the engine transliterates it: pg_trgm compares it with the listed names. */
    static String latin(ScreeningQuery query) {
        return NameNormalizer.instance().normalize(query.name(), query.nationality()).latin();
    }

    private String tableSize() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT pg_size_pretty(pg_table_size('" + TABLE + "')), pg_size_pretty(pg_indexes_size('"
                                + TABLE
                                + "'))")) {
            result.next();
            return "table " + result.getString(1) + ", trigram index " + result.getString(2);
        }
    }

    void threshold(double threshold) throws SQLException {
        try (PreparedStatement set = connection
                .prepareStatement("SELECT set_config('pg_trgm.similarity_threshold', ?, false)")) {
            set.setString(1, Double.toString(threshold));
            set.execute();
        }
        if (search == null) {
            search = connection.prepareStatement("SELECT entry, max(similarity(name, ?)) AS score FROM " + TABLE
                    + " WHERE name % ? AND (?::int IS NULL OR dob_year IS NULL OR dob_year BETWEEN ?::int - 1 AND ?::int + 1)"
                    + " GROUP BY entry ORDER BY score DESC, entry LIMIT ?");
        }
    }

    /**
     * The best entries for a query at or above the threshold set, as (entry ordinal, similarity); {@code latin} is
     * {@link #latin(ScreeningQuery)} of it, computed once by the caller so that timing leaves it out.
     */
    List<double[]> search(String latin, ScreeningQuery query, int maxHits) throws SQLException {
        return search(latin, query.dateOfBirth() == null ? null : query.dateOfBirth().year(), maxHits);
    }

    private List<double[]> search(String name, Integer yearOfBirth, int maxHits) throws SQLException {
        search.setString(1, name);
        search.setString(2, name);
        for (int i = 3; i <= 5; i++) {
            if (yearOfBirth == null) {
                search.setNull(i, Types.INTEGER);
            } else {
                search.setInt(i, yearOfBirth);
            }
        }
        // The engine's rule for ties (ScreeningIndex.keptWithTies), so that both report alike.
        search.setInt(6, maxHits * ScreeningIndex.TIED_HITS_FACTOR);
        List<double[]> hits = new ArrayList<>();
        try (ResultSet result = search.executeQuery()) {
            while (result.next()) {
                hits.add(new double[]{result.getInt(1), result.getDouble(2)});
            }
        }
        double[] scores = hits.stream().mapToDouble(hit -> hit[1]).toArray();
        return hits.subList(0, ScreeningIndex.keptWithTies(scores, maxHits));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Streams rows to COPY without building the whole text. */
    private static final class RowReader extends Reader {

        private final Iterator<String> rows;
        private String current = "";
        private int position;

        RowReader(Iterator<String> rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (!rows.hasNext()) {
                    return -1;
                }
                current = rows.next();
                position = 0;
            }
            int count = Math.min(length, current.length() - position);
            current.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }
}
