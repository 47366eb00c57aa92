package org.appeals.console.inbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** department-service's JSON as its records serialize (AppealView, InboxPage, IncidentPage, AnswerAccepted). */
final class AppealJsonFixtures {

    static final String DEPARTMENT = "mikhailovka-roads";
    static final String APPEAL_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AppealJsonFixtures() {
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** Returned for rework: an interim answer, a final answer the operator returned, and an older department's answer. */
    static JsonNode returnedAppeal() {
        return json("""
                {"appealId":"%s","state":"RETURNED_FOR_REWORK","departmentId":"mikhailovka-roads",
                 "departmentName":"Дорожное хозяйство Михайловки",
                 "category":{"code":"ROADS","name":"Дороги"},"municipality":{"code":"MIKHAILOVKA","name":"Михайловка"},
                 "text":"Яма на ул. Мира <b>у дома 5</b>","channel":"VK",
                 "location":{"address":"ул. Мира, 5","lat":null,"lon":null},
                 "attachments":["https://vk.com/photo1","javascript:alert(1)"],
                 "receivedAt":"2026-12-01T07:00:00Z","assignedAt":"2026-12-01T07:05:00Z",
                 "deadlines":{"firstReactionDue":"2026-12-01T16:00:00Z","answerDue":"2026-12-10T15:00:00Z"},
                 "nextDueAt":"2026-12-10T15:00:00Z","overdue":[],
                 "routingReason":{"ruleId":"roads","matchedTerms":["яма"],"confidence":0.9,"explanation":"яма"},
                 "answers":[
                   {"answerId":"a0","kind":"REDIRECT","text":"Не наше","departmentId":"volgograd-roads",
                    "answeredAt":"2026-12-01T07:03:00Z","promisedBy":null,"review":null,"answeredBy":{"id":"ivanov","role":"DEPARTMENT"}},
                   {"answerId":"a1","kind":"INTERIM","text":"Выехали на место","departmentId":"mikhailovka-roads",
                    "answeredAt":"2026-12-02T07:00:00Z","promisedBy":"2026-12-15","review":null,
                    "answeredBy":{"id":"petrova","role":"DEPARTMENT"}},
                   {"answerId":"a2","kind":"FINAL","text":"Яма будет заделана.","departmentId":"mikhailovka-roads",
                    "answeredAt":"2026-12-03T07:00:00Z","promisedBy":null,
                    "review":{"status":"RETURNED","flags":[{"code":"PROMISE_WITHOUT_DATE","message":"Укажите дату.",
                      "fragment":"будет заделана"}],"comment":"Когда именно?","decidedBy":{"id":"op","role":"OPERATOR"},
                      "decidedAt":"2026-12-03T09:00:00Z"},
                    "answeredBy":{"id":"petrova","role":"DEPARTMENT"}}],
                 "residentMessages":[]}
                """.formatted(APPEAL_ID));
    }

    /** A fresh appeal as the inbox lists it, its first-reaction term {@code hoursLeft} of 9 hours from its end. */
    static String inboxItem(String appealId, String state, String firstReactionDue, String answerDue) {
        return """
                {"appealId":"%s","state":"%s","departmentId":"mikhailovka-roads","departmentName":"Дороги Михайловки",
                 "category":{"code":"ROADS","name":"Дороги"},"municipality":{"code":"MIKHAILOVKA","name":"Михайловка"},
                 "text":"Яма","channel":"VK","receivedAt":"2026-12-01T07:00:00Z","assignedAt":"2026-12-01T07:00:00Z",
                 "deadlines":{"firstReactionDue":%s,"answerDue":%s},"overdue":[],"answers":[],"residentMessages":[]}
                """.formatted(appealId, state, quoted(firstReactionDue), quoted(answerDue));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
