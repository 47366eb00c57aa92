package org.appeals.department.incident;

import static org.appeals.department.appeal.BsonValues.date;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.bson.Document;

/** How an incident is laid out in the {@code incidents} collection; one document per incident. */
final class MongoIncidentDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String DEPARTMENT_ID = "departmentId";
    static final String CATEGORY = "category";
    static final String MUNICIPALITY = "municipality";
    static final String OPENED_AT = "openedAt";
    static final String LAST_REPORT_AT = "lastReportAt";
    /** Kept beside the members so that "two or more" is a plain, indexable comparison. */
    static final String SIZE = "size";
    static final String MEMBERS = "members";
    static final String MEMBER_APPEAL_ID = "members.appealId";
    static final String SPLIT_OUT = "splitOut";
    /** Who split which appeal out, and when: the operators' acts on the incident, kept for the record. */
    static final String SPLITS = "splits";

    private MongoIncidentDocuments() {
    }

    static Document incident(Incident i) {
        return new Document(ID, i.id().toString()).append(VERSION, i.version())
                .append(DEPARTMENT_ID, i.key().departmentId()).append(CATEGORY, i.key().category().name())
                .append(MUNICIPALITY, i.key().municipality().name()).append(OPENED_AT, date(i.openedAt()))
                .append(LAST_REPORT_AT, date(i.lastReportAt())).append(SIZE, i.members().size())
                .append(MEMBERS, members(i.members()))
                .append(SPLIT_OUT, i.splitOut().stream().map(UUID::toString).toList());
    }

    static List<Document> members(List<Member> members) {
        return members.stream().map(MongoIncidentDocuments::member).toList();
    }

    static Incident toIncident(Document d) {
        var key = new IncidentKey(d.getString(DEPARTMENT_ID), Category.valueOf(d.getString(CATEGORY)),
                Municipality.valueOf(d.getString(MUNICIPALITY)));
        var splitOut = new LinkedHashSet<UUID>();
        d.getList(SPLIT_OUT, String.class, List.of()).forEach(id -> splitOut.add(UUID.fromString(id)));
        List<Member> members = d.getList(MEMBERS, Document.class, List.of()).stream()
                .map(MongoIncidentDocuments::toMember).toList();
        return new Incident(UUID.fromString(d.getString(ID)), key, instant(d, OPENED_AT), instant(d, LAST_REPORT_AT),
                members, splitOut, ((Number) d.get(VERSION)).longValue());
    }

    static Document split(Split split) {
        return new Document("appealId", split.appealId().toString())
                .append("by", new Document("id", split.by().id()).append("role", split.by().role()))
                .append("at", date(split.at()));
    }

    private static Document member(Member m) {
        return new Document("appealId", m.appealId().toString()).append("receivedAt", date(m.receivedAt()))
                .append("lat", m.lat()).append("lon", m.lon()).append("fingerprint", List.copyOf(m.fingerprint()));
    }

    private static Member toMember(Document d) {
        return new Member(UUID.fromString(d.getString("appealId")), instant(d, "receivedAt"), d.getDouble("lat"),
                d.getDouble("lon"), new LinkedHashSet<>(d.getList("fingerprint", String.class, List.of())));
    }

    private static Instant instant(Document d, String key) {
        return d.getDate(key).toInstant();
    }
}
