package org.appeals.resident.testing;

/** The gateway's public view of an appeal, as the design note gives its shape. */
public final class PublicAppeals {

    public static final String NUMBER = "34-2026-004217";
    public static final String CODE = "7K3M9QXA";
    public static final String FINAL_ANSWER = "a1a1a1a1-0000-4000-8000-000000000002";

    /** Answered (an interim and a final answer), feedback open. */
    public static final String ANSWERED = """
            {"number":"34-2026-004217","status":"ANSWERED","statusText":"Дан ответ","category":"ROADS",
             "categoryName":"Дороги","municipality":"Волгоград","departmentName":"Комитет дорожного хозяйства",
             "receivedAt":"2026-12-01T07:00:00Z","dueAt":"2026-12-31T07:00:00Z","promisedBy":"2026-12-20",
             "closed":false,
             "timeline":[{"at":"2026-12-01T07:00:00Z","text":"Обращение зарегистрировано"},
                         {"at":"2026-12-01T08:00:00Z","text":"Передано в ведомство"}],
             "answers":[{"answerId":"a1a1a1a1-0000-4000-8000-000000000001","kind":"INTERIM",
                         "text":"Яма будет заделана до 20 декабря.","answeredAt":"2026-12-02T09:00:00Z",
                         "departmentName":"Комитет дорожного хозяйства","promisedBy":"2026-12-20"},
                        {"answerId":"a1a1a1a1-0000-4000-8000-000000000002","kind":"FINAL",
                         "text":"Яма заделана.","answeredAt":"2026-12-03T09:00:00Z",
                         "departmentName":"Комитет дорожного хозяйства","promisedBy":null}],
             "feedback":{"answerId":"a1a1a1a1-0000-4000-8000-000000000002","open":true,
                         "until":"2026-12-10T09:00:00Z","given":null}}""";

    /** Just registered: no department, no answers, no feedback. */
    public static final String RECEIVED = """
            {"number":"34-2026-004218","status":"RECEIVED","statusText":"Зарегистрировано","category":null,
             "categoryName":null,"municipality":"Камышин","departmentName":null,
             "receivedAt":"2026-12-04T07:00:00Z","dueAt":"2027-01-03T07:00:00Z","promisedBy":null,"closed":false,
             "timeline":[{"at":"2026-12-04T07:00:00Z","text":"Обращение зарегистрировано"}],
             "answers":[],"feedback":null}""";

    /** Closed with the feedback given. */
    public static final String RATED = """
            {"number":"34-2026-004219","status":"CLOSED","statusText":"Закрыто","category":"HOUSING",
             "categoryName":"ЖКХ","municipality":"Волжский","departmentName":"Управление ЖКХ",
             "receivedAt":"2026-11-01T07:00:00Z","dueAt":"2026-12-01T07:00:00Z","promisedBy":null,"closed":true,
             "timeline":[],
             "answers":[{"answerId":"b2b2b2b2-0000-4000-8000-000000000001","kind":"FINAL","text":"Починили.",
                         "answeredAt":"2026-11-20T09:00:00Z","departmentName":"Управление ЖКХ","promisedBy":null}],
             "feedback":{"answerId":"b2b2b2b2-0000-4000-8000-000000000001","open":false,"until":null,
                         "given":{"rating":2,"solved":false,"comment":"Не до конца","at":"2026-11-21T10:00:00Z"}}}""";

    private PublicAppeals() {
    }
}
