package org.appeals.department.incident;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.incident.MongoIncidentDocuments.*;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Incidents in MongoDB. A unique index on the members' appeal ids keeps an appeal in one incident at most; every
 * change is conditional on the version read, so two reports joining at once cannot overwrite each other.
 */
@Repository
class MongoIncidentStore implements IncidentStore {

    private final MongoCollection<Document> incidents;

    MongoIncidentStore(MongoDatabase database) {
        incidents = database.getCollection("incidents");
        incidents.createIndex(Indexes.ascending(MEMBER_APPEAL_ID), new IndexOptions().unique(true));
        incidents.createIndex(Indexes.compoundIndex(Indexes.ascending(DEPARTMENT_ID, CATEGORY, MUNICIPALITY),
                Indexes.descending(LAST_REPORT_AT)));
        incidents.createIndex(Indexes.compoundIndex(Indexes.ascending(SIZE), Indexes.descending(LAST_REPORT_AT)));
        // the lists, latest report first, whatever the filter: read in that order instead of sorted after reading
        incidents.createIndex(Indexes.descending(LAST_REPORT_AT));
        // an МЦУ operator's incident list: its municipalities only
        incidents.createIndex(Indexes.compoundIndex(Indexes.ascending(MUNICIPALITY, SIZE),
                Indexes.descending(LAST_REPORT_AT)));
    }

    @Override
    public Optional<Incident> find(UUID incidentId) {
        return first(eq(ID, incidentId.toString()));
    }

    @Override
    public Optional<Incident> containing(UUID appealId) {
        return first(eq(MEMBER_APPEAL_ID, appealId.toString()));
    }

    @Override
    public List<Incident> candidates(IncidentKey key, Instant since, int limit) {
        return list(and(eq(DEPARTMENT_ID, key.departmentId()), eq(CATEGORY, key.category().name()),
                eq(MUNICIPALITY, key.municipality().name()), gte(LAST_REPORT_AT, date(since))), limit);
    }

    @Override
    public boolean insert(Incident incident) {
        return unlessDuplicate(() -> {
            incidents.insertOne(MongoIncidentDocuments.incident(incident));
            return true;
        });
    }

    @Override
    public boolean add(Incident current, Member member) {
        List<Member> members = new ArrayList<>(current.members());
        members.add(member);
        // the unique index keeps an appeal out of a second incident, not out of this one twice: a caller that found
        // the appeal in no incident may read this one just after another writer put the appeal in
        Bson notYetIn = and(unchanged(current), ne(MEMBER_APPEAL_ID, member.appealId().toString()));
        return unlessDuplicate(() -> changed(notYetIn, members, null));
    }

    @Override
    public boolean remove(Incident current, UUID appealId, Split split) {
        List<Member> rest = current.without(appealId);
        if (rest.isEmpty()) {
            return incidents.deleteOne(unchanged(current)).getDeletedCount() == 1;
        }
        Bson splitOut = split == null ? null
                : combine(addToSet(SPLIT_OUT, appealId.toString()), push(SPLITS, MongoIncidentDocuments.split(split)));
        return changed(unchanged(current), rest, splitOut);
    }

    @Override
    public List<Incident> groupsOf(String departmentId, Set<String> municipalities, int limit) {
        return list(within(and(eq(DEPARTMENT_ID, departmentId), gte(SIZE, 2)), municipalities), limit);
    }

    @Override
    public List<Incident> recentGroups(Set<String> municipalities, int limit) {
        return list(within(gte(SIZE, 2), municipalities), limit);
    }

    private static Bson within(Bson filter, Set<String> municipalities) {
        return municipalities == null ? filter : and(filter, in(MUNICIPALITY, municipalities));
    }

    /** Rewrites members, size and time span together, which the version condition makes safe. */
    private boolean changed(Bson unchanged, List<Member> members, Bson alsoUpdate) {
        List<Bson> updates = new ArrayList<>(List.of(set(MEMBERS, MongoIncidentDocuments.members(members)),
                set(SIZE, members.size()), set(OPENED_AT, date(earliest(members))),
                set(LAST_REPORT_AT, date(latest(members))), inc(VERSION, 1L)));
        if (alsoUpdate != null) {
            updates.add(alsoUpdate);
        }
        return incidents.updateOne(unchanged, combine(updates)).getMatchedCount() == 1;
    }

    private static Bson unchanged(Incident current) {
        return and(eq(ID, current.id().toString()), eq(VERSION, current.version()));
    }

    private static Instant earliest(List<Member> members) {
        return members.stream().map(Member::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant latest(List<Member> members) {
        return members.stream().map(Member::receivedAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    private Optional<Incident> first(Bson filter) {
        return Optional.ofNullable(incidents.find(filter).first()).map(MongoIncidentDocuments::toIncident);
    }

    private List<Incident> list(Bson filter, int limit) {
        return incidents.find(filter).sort(Sorts.descending(LAST_REPORT_AT)).limit(limit)
                .map(MongoIncidentDocuments::toIncident).into(new ArrayList<>());
    }

    /** False, instead of an error, when the write would put an appeal into a second incident. */
    private static boolean unlessDuplicate(BooleanSupplier write) {
        try {
            return write.getAsBoolean();
        } catch (MongoException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
