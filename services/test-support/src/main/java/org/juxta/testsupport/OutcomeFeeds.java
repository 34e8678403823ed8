package org.juxta.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static org.juxta.testsupport.Callers.as;
import static org.juxta.testsupport.Callers.asClient;

/**
 * An agency's feed of its outcomes for the one-stop border post's relay (immigration's crossing outcomes,
 * customs' clearance outcomes, health's clearances), read as its tests read it: a page after a position, the
 * entries of one record in it, and where a relay that has read everything of MNG's stands.
 */
public final class OutcomeFeeds {

    private OutcomeFeeds() {
    }

    /** The page of the feed at {@code path} after the position, read by a relay client or a user. */
    public static JsonPath page(String path, String caller, long after) {
        RequestSpecification spec = caller.endsWith("-relay") ? asClient(caller) : as(caller);
        return spec.queryParam("after", after).queryParam("limit", 200).get(path).then().statusCode(200).extract()
                .jsonPath();
    }

    /** The page's entries whose {@code field} is {@code value}, in the page's order. */
    public static List<Map<String, Object>> entriesWith(JsonPath page, String field, String value) {
        return page.getList("items.findAll { it." + field + " == '" + value + "' }");
    }

    /** The position of MNG's newest entry in the service's outbox table. */
    public static long newestPosition(String service, String table) throws SQLException {
        try (Connection owner = Databases.asOwnerSeeing(service, "MNG");
                ResultSet row = owner.createStatement()
                        .executeQuery("select coalesce(max(position), 0) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
