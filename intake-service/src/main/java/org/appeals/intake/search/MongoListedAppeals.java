package org.appeals.intake.search;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealStatus;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Listings in the {@code listing} field of each document of the {@code appeals} collection, beside the registered
 * appeal (no second collection to keep in step with the first). Every filter of the search, the scopes and the
 * console's counts have an index that starts with their field, most with the receiving time after it so the newest
 * come in index order; the text is a multikey index of the stems, and {@code q} asks for each stem by equality (what
 * MongoDB makes of {@code $all} too). MongoDB picks among them; the local wire server (module embedded-mongo) uses the
 * first key of the one with the fewest candidates.
 */
@Component
class MongoListedAppeals implements ListedAppeals {

    static final String ID = "_id";
    private static final String LISTING = "listing";
    static final String RECEIVED_AT = "listing.receivedAt";
    static final String STATUS = "listing.status";
    static final String CHANNEL = "listing.channel";
    static final String CATEGORY = "listing.category";
    static final String MUNICIPALITY = "listing.municipality";
    static final String DEPARTMENT = "listing.departmentId";
    static final String NUMBER = "listing.number";
    static final String REGISTRATION_NUMBER = "listing.registrationNumber";
    static final String STEMS = "listing.stems";
    static final String DUE_ORDER = "listing.dueOrder";
    static final String OVERDUE = "listing.overdue";
    private static final String BASIS = "listing.basis";
    /** Where appeals without a running deadline sort by {@code dueOrder}: after all others. */
    private static final Date NO_DEADLINE = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    private final MongoCollection<Document> appeals;

    MongoListedAppeals(MongoDatabase database) {
        this.appeals = database.getCollection("appeals");
        createIndexes();
    }

    private void createIndexes() {
        index("listing_receivedAt", Indexes.descending(RECEIVED_AT, ID));
        index("listing_status", Indexes.compoundIndex(Indexes.ascending(STATUS), Indexes.descending(RECEIVED_AT, ID)));
        index("listing_municipality", Indexes.compoundIndex(Indexes.ascending(MUNICIPALITY, STATUS),
                Indexes.descending(RECEIVED_AT, ID)));
        index("listing_department", Indexes.compoundIndex(Indexes.ascending(DEPARTMENT, STATUS),
                Indexes.descending(RECEIVED_AT, ID)));
        index("listing_category", Indexes.compoundIndex(Indexes.ascending(CATEGORY),
                Indexes.descending(RECEIVED_AT, ID)));
        index("listing_channel", Indexes.compoundIndex(Indexes.ascending(CHANNEL),
                Indexes.descending(RECEIVED_AT, ID)));
        index("listing_stems", Indexes.compoundIndex(Indexes.ascending(STEMS), Indexes.descending(RECEIVED_AT, ID)));
        index("listing_number", Indexes.ascending(NUMBER));
        index("listing_registrationNumber", Indexes.ascending(REGISTRATION_NUMBER));
        index("listing_overdue_municipality", Indexes.compoundIndex(Indexes.ascending(OVERDUE, MUNICIPALITY),
                Indexes.descending(RECEIVED_AT, ID)));
        index("listing_overdue_department", Indexes.compoundIndex(Indexes.ascending(OVERDUE, DEPARTMENT),
                Indexes.descending(RECEIVED_AT, ID)));
        index("listing_due", Indexes.ascending(DUE_ORDER, ID));
        index("listing_municipality_due", Indexes.ascending(MUNICIPALITY, DUE_ORDER, ID));
        index("listing_department_due", Indexes.ascending(DEPARTMENT, DUE_ORDER, ID));
    }

    private void index(String name, Bson keys) {
        appeals.createIndex(keys, new IndexOptions().name(name));
    }

    @Override
    public void save(ListedAppeal listing) {
        // the _id pins one document; the basis keeps a listing of fewer events from replacing one of more
        appeals.updateOne(and(eq(ID, listing.appealId().toString()),
                        or(lte(BASIS, listing.basis()), eq(BASIS, null))),
                Updates.set(LISTING, document(listing)));
    }

    @Override
    public Found search(SearchCriteria criteria, Scope scope, int page, int size, SortOrder order) {
        if (nothingIn(scope)) {
            return new Found(List.of(), 0);
        }
        Bson filter = MongoListingQueries.filter(criteria, scope);
        List<ListedAppeal> items = appeals.find(filter)
                .projection(Projections.include(LISTING))
                .sort(MongoListingQueries.sort(order))
                .skip(page * size)
                .limit(size)
                .map(MongoListedAppeals::listing)
                .into(new ArrayList<>());
        return new Found(items, appeals.countDocuments(filter));
    }

    @Override
    public long count(SearchCriteria criteria, Scope scope) {
        return nothingIn(scope) ? 0 : appeals.countDocuments(MongoListingQueries.filter(criteria, scope));
    }

    @Override
    public List<UUID> unlisted(int limit) {
        // {stems: null} is also "no listing at all", and the stems index answers it
        return appeals.find(eq(STEMS, null)).projection(Projections.include(ID)).limit(limit)
                .map(document -> UUID.fromString(document.getString(ID)))
                .into(new ArrayList<>());
    }

    private static boolean nothingIn(Scope scope) {
        return !scope.wholeRegion() && scope.municipalities().isEmpty() && scope.departments().isEmpty();
    }

    private static Document document(ListedAppeal listing) {
        return new Document("receivedAt", date(listing.receivedAt()))
                .append("status", listing.status().name())
                .append("channel", name(listing.channel()))
                .append("category", name(listing.category()))
                .append("municipality", name(listing.municipality()))
                .append("departmentId", listing.departmentId())
                .append("departmentName", listing.departmentName())
                .append("number", listing.number())
                .append("registrationNumber", listing.registrationNumber())
                .append("stems", new ArrayList<>(listing.stems()))
                .append("excerpt", listing.excerpt())
                .append("dueAt", date(listing.dueAt()))
                .append("dueOrder", listing.dueAt() == null ? NO_DEADLINE : date(listing.dueAt()))
                .append("overdue", listing.overdue())
                .append("basis", listing.basis());
    }

    /** Without the stems, which only the query reads. */
    private static ListedAppeal listing(Document appeal) {
        Document listing = appeal.get(LISTING, Document.class);
        return new ListedAppeal(UUID.fromString(appeal.getString(ID)), instant(listing.getDate("receivedAt")),
                AppealStatus.valueOf(listing.getString("status")),
                code(Channel.class, listing.getString("channel")),
                code(Category.class, listing.getString("category")),
                code(Municipality.class, listing.getString("municipality")),
                listing.getString("departmentId"), listing.getString("departmentName"), Set.of(),
                listing.getString("excerpt"), instant(listing.getDate("dueAt")),
                listing.getBoolean("overdue", false), listing.getInteger("basis", 0),
                listing.getString("registrationNumber"));
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
