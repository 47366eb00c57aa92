package org.appeals.intake.search;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;
import static org.appeals.intake.search.MongoListedAppeals.CATEGORY;
import static org.appeals.intake.search.MongoListedAppeals.CHANNEL;
import static org.appeals.intake.search.MongoListedAppeals.DEPARTMENT;
import static org.appeals.intake.search.MongoListedAppeals.DUE_ORDER;
import static org.appeals.intake.search.MongoListedAppeals.ID;
import static org.appeals.intake.search.MongoListedAppeals.MUNICIPALITY;
import static org.appeals.intake.search.MongoListedAppeals.NUMBER;
import static org.appeals.intake.search.MongoListedAppeals.OVERDUE;
import static org.appeals.intake.search.MongoListedAppeals.RECEIVED_AT;
import static org.appeals.intake.search.MongoListedAppeals.REGISTRATION_NUMBER;
import static org.appeals.intake.search.MongoListedAppeals.STATUS;
import static org.appeals.intake.search.MongoListedAppeals.STEMS;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;

/** The search's criteria and scope as one MongoDB filter on the listing fields, and its orders. */
final class MongoListingQueries {

    /** With no lower bound, any date: the condition every listed appeal meets and an unlisted one does not. */
    private static final Date EARLIEST = new Date(Long.MIN_VALUE);

    private MongoListingQueries() {
    }

    static Bson filter(SearchCriteria criteria, Scope scope) {
        List<Bson> conditions = new ArrayList<>();
        if (!scope.wholeRegion()) {
            conditions.add(scope.departments().isEmpty()
                    ? oneOf(MUNICIPALITY, scope.municipalities())
                    : oneOf(DEPARTMENT, scope.departments()));
        }
        criteria.stems().forEach(stem -> conditions.add(eq(STEMS, stem)));
        if (criteria.appealId() != null) {
            conditions.add(eq(ID, criteria.appealId().toString()));
        }
        if (criteria.idPrefix() != null) {
            conditions.add(eq(NUMBER, criteria.idPrefix().substring(0, ListedAppeal.NUMBER_LENGTH)));
            // hex digits and hyphens only (SearchParameters): nothing to escape
            conditions.add(regex(ID, "^" + criteria.idPrefix()));
        }
        equal(conditions, REGISTRATION_NUMBER, criteria.registrationNumber());
        if (!criteria.statuses().isEmpty()) {
            conditions.add(oneOf(STATUS, criteria.statuses().stream().map(Enum::name).toList()));
        }
        equal(conditions, CATEGORY, criteria.category());
        equal(conditions, MUNICIPALITY, criteria.municipality());
        equal(conditions, DEPARTMENT, criteria.departmentId());
        equal(conditions, CHANNEL, criteria.channel());
        conditions.add(gte(RECEIVED_AT, criteria.from() == null ? EARLIEST : Date.from(criteria.from())));
        if (criteria.to() != null) {
            conditions.add(lt(RECEIVED_AT, Date.from(criteria.to())));
        }
        if (criteria.overdue() != null) {
            conditions.add(eq(OVERDUE, criteria.overdue()));
        }
        return and(conditions);
    }

    private static void equal(List<Bson> conditions, String field, Object value) {
        if (value != null) {
            conditions.add(eq(field, value instanceof Enum<?> code ? code.name() : value));
        }
    }

    /** Equality for one value: the local wire server's indexes answer equality, not {@code $in}. */
    private static Bson oneOf(String field, Collection<String> values) {
        return values.size() == 1 ? eq(field, values.iterator().next()) : in(field, values);
    }

    static Bson sort(SortOrder order) {
        return switch (order) {
            case NEWEST -> Sorts.descending(RECEIVED_AT, ID);
            case OLDEST -> Sorts.ascending(RECEIVED_AT, ID);
            case DUE -> Sorts.ascending(DUE_ORDER, ID);
        };
    }
}
