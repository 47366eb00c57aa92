package org.appeals.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

    static final Identity VK = new Identity("vk-adapter", "vk-adapter", Kind.MACHINE, Role.CHANNEL, "VK", Set.of(),
            Set.of(), false, "key-1");
    static final Identity ROADS = new Identity("roads", "roads", Kind.MACHINE, Role.DEPARTMENT, null,
            Set.of("mikhailovka-roads"), Set.of(), false, "key-2");
    static final Identity OPERATOR = new Identity("cur-operator", "ЦУР", Kind.PERSON, Role.OPERATOR, null, Set.of(),
            Set.of(), true, "person-3");
    static final Identity ADMIN = new Identity("admin", "admin", Kind.PERSON, Role.ADMIN, null, Set.of(), Set.of(),
            true, "person-4");
    static final Identity MCU = new Identity("mcu-mikhailovka", "МЦУ", Kind.PERSON, Role.OPERATOR, null, Set.of(),
            Set.of("MIKHAILOVKA"), false, "person-5");
    static final Identity HOUSING_STAFF = new Identity("housing-volgograd", "ЖКХ", Kind.PERSON, Role.DEPARTMENT, null,
            Set.of("volgograd-housing", "volgograd-utilities"), Set.of(), false, "person-6");

    final AccessPolicy policy = new AccessPolicy();

    @ParameterizedTest
    @CsvSource({
            "/api/v1/appeals, INTAKE",
            "/api/v1/appeals/7f1c/timeline, INTAKE",
            "/api/v1/appeals/7f1c, INTAKE",
            "/api/v1/appeals/7f1c/deliveries, NOTIFICATION",
            "/api/v1/appeals/7f1c/deliveries/d-1, NOTIFICATION",
            "/api/v1/departments, DEPARTMENT",
            "/api/v1/departments/mikhailovka-roads/appeals, DEPARTMENT",
            "/api/v1/triage, ROUTING",
            "/api/v1/triage/7f1c, ROUTING",
            "/api/v1/routing/rules, ROUTING",
            "/api/v1/reviews, DEPARTMENT",
            "/api/v1/reviews/r-1/approve, DEPARTMENT",
            "/api/v1/overdue, DEPARTMENT",
            "/api/v1/overdue/mikhailovka-roads, DEPARTMENT",
            "/api/v1/incidents, DEPARTMENT",
            "/api/v1/incidents/i-1/appeals, DEPARTMENT",
            "/api/v1/deliveries/d-1/receipt, NOTIFICATION",
            "/api/v1/deliveries/parked, NOTIFICATION",
            "/api/v1/deliveries/d-1/resend, NOTIFICATION",
            "/open311/v2/services.json, INTAKE",
            "/open311/v2/requests/7f1c.xml, INTAKE",
            "/api-docs/intake, INTAKE",
            "/api-docs/notification, NOTIFICATION",
            "/api/v1/audit/personal-data-reads, INTAKE",
            "/api/v1/personal-data, INTAKE",
            "/api/v1/personal-data/erasures, INTAKE",
            "/api/v1/webhook-secrets, NOTIFICATION",
            "/api/v1/webhook-secrets/VK/rotate, NOTIFICATION",
            "/api/v1/keys, GATEWAY",
            "/api/v1/keys/key-0123/rotate, GATEWAY",
            "/api/v1/keys/audit, GATEWAY",
            "/actuator/health, GATEWAY",
            "/actuator/prometheus, GATEWAY",
            "/api/v1/me, GATEWAY",
            "/console, CONSOLE",
            "/console/, CONSOLE",
            "/console/today, CONSOLE",
            "/console/webjars/htmx.org/dist/htmx.min.js, CONSOLE",
            "/console/login/oauth2/code/platform, CONSOLE",
            "/form, RESIDENT_WEB",
            "/form/municipalities, RESIDENT_WEB",
            "/appeal/34-2026-004217, RESIDENT_WEB",
            "/feedback/34-2026-004217, RESIDENT_WEB",
            "/photos/6752f1a09c3b4e0012ab34cd, RESIDENT_WEB",
            "/public-assets/webjars/leaflet/1.9.4/dist/leaflet.css, RESIDENT_WEB",
            "/api/v1/public/appeals/34-2026-004217, INTAKE",
            "/api/v1/public/appeals/34-2026-004217/feedback, INTAKE"})
    void pathsBelongToTheRouteThatServesThem(String path, Route route) {
        assertThat(policy.locate(path).route()).isEqualTo(route);
    }

    @Test
    void channelKeysPostAppealsOnlyAfterTheBodyCheckAndAdminsPostFreely() {
        assertThat(verdict("POST", "/api/v1/appeals", VK)).isEqualTo(Verdict.CHECK_CHANNEL);
        assertThat(verdict("POST", "/api/v1/appeals", ADMIN)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", "/api/v1/appeals", OPERATOR)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict("POST", "/api/v1/appeals", ROADS)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void departmentStaffSearchTheAppealsListWhichIntakeNarrowsToTheirDepartmentsButPostNothing() {
        assertThat(verdict("GET", "/api/v1/appeals", ROADS)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/appeals", HOUSING_STAFF)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/appeals", OPERATOR)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/appeals", VK)).isEqualTo(Verdict.FORBIDDEN);
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            assertThat(verdict(method, "/api/v1/appeals", ROADS)).as(method).isEqualTo(Verdict.FORBIDDEN);
        }
        assertThat(verdict("GET", "/api/v1/appeals/7f1c", ROADS)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void everyIdentityReadsWhoItIsAndNothingElseThere() {
        for (Identity identity : new Identity[] {VK, ROADS, OPERATOR, ADMIN, MCU, HOUSING_STAFF}) {
            assertThat(verdict("GET", "/api/v1/me", identity)).as(identity.id()).isEqualTo(Verdict.ALLOW);
            assertThat(verdict("POST", "/api/v1/me", identity)).as(identity.id()).isEqualTo(Verdict.FORBIDDEN);
        }
        assertThat(verdict("GET", "/api/v1/me/roles", ADMIN)).isEqualTo(Verdict.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/", "/console/today", "/console/logout",
            "/console/webjars/htmx.org/dist/htmx.min.js"})
    void theConsoleIsPublicHereBecauseItLogsPeopleInItself(String path) {
        Target target = policy.locate(path);

        assertThat(target.shape()).isEqualTo(Target.Shape.PUBLIC);
        assertThat(policy.authorize("GET", target, null).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.authorize("POST", target, null).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/form/municipalities", "/appeal/34-2026-004217", "/feedback/34-2026-004217",
            "/photos/p-1", "/public-assets/form.css", "/api/v1/public/appeals/34-2026-004217"})
    void theResidentsSideNeedsNoAccount(String path) {
        Target target = policy.locate(path);

        assertThat(target.shape()).isEqualTo(Target.Shape.RESIDENT);
        assertThat(policy.authorize("GET", target, null).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.authorize("POST", target, null).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void theWebFormItselfIsToldApartForItsSubmissions() {
        assertThat(policy.locate("/form").shape()).isEqualTo(Target.Shape.FORM);
        assertThat(policy.authorize("POST", policy.locate("/form"), null).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(policy.locate("/api/v1/public").shape()).isEqualTo(Target.Shape.UNKNOWN);
        assertThat(policy.locate("/forms").shape()).isEqualTo(Target.Shape.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/appeals/34-2026-004217, APPEAL, INTAKE",
            "/api/v1/appeals/34-2026-004217/timeline, APPEAL, INTAKE",
            "/api/v1/appeals/34-2026-1004217/answers/a-1, APPEAL, INTAKE",
            "/api/v1/appeals/34-2026-004217/deliveries, DELIVERIES, NOTIFICATION"})
    void aRegistrationNumberWhereAnAppealIdBelongsIsNamedAndTheTargetIsThatOfTheId(String path, Target.Shape shape,
                                                                                  Route route) {
        Target target = policy.locate(path);

        assertThat(target.registrationNumber()).isEqualTo(path.split("/")[4]);
        assertThat(target.numberSegment()).isEqualTo(3);
        assertThat(target.shape()).isEqualTo(shape);
        assertThat(target.route()).isEqualTo(route);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/appeals/7f1c", "/api/v1/appeals/34-26-004217", "/api/v1/appeals/34-2026-04217",
            "/api/v1/appeals/x34-2026-004217", "/api/v1/appeals", "/api/v1/public/appeals/34-2026-004217",
            "/api/v1/departments/mikhailovka-roads/34-2026-004217", "/api/v1/overdue/34-2026-004217"})
    void nothingElseIsTakenForARegistrationNumberToLookUp(String path) {
        assertThat(policy.locate(path).registrationNumber()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/departments/mikhailovka-roads/appeals/34-2026-004217, DEPARTMENT, DEPARTMENT",
            "/api/v1/departments/mikhailovka-roads/appeals/34-2026-004217/answers, DEPARTMENT, DEPARTMENT",
            "/api/v1/reviews/34-2026-004217/approve, STAFF_ONLY, DEPARTMENT",
            "/api/v1/triage/34-2026-004217, STAFF_ONLY, ROUTING"})
    void aRegistrationNumberIsTakenWhereTheDepartmentTheReviewOrTriageTakeAnAppealId(String path, Target.Shape shape,
                                                                                  Route route) {
        Target target = policy.locate(path);

        assertThat(target.registrationNumber()).isEqualTo("34-2026-004217");
        // the segment the gateway puts the appeal id into, counted after the leading slash
        assertThat(path.substring(1).split("/")[target.numberSegment()]).isEqualTo("34-2026-004217");
        assertThat(target.shape()).isEqualTo(shape);
        assertThat(target.route()).isEqualTo(route);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console//today", "/console/today/", "/console//", "/console/./today",
            "/console/../api/v1/triage", "/console/%2e%2e/api/v1/triage", "/console;jsessionid=1",
            "/console/;x", "/console/today;x=y", "//console/"})
    void onlyTheConsolesRootMayEndInASlashAndNoOtherPathTrickPasses(String path) {
        assertThat(policy.locate(path).shape()).isEqualTo(Target.Shape.INVALID);
    }

    @Test
    void channelsAndStaffReadAnAppealButDepartmentsDoNot() {
        assertThat(verdict("GET", "/api/v1/appeals/7f1c", VK)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/appeals/7f1c", OPERATOR)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/appeals/7f1c", ADMIN)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/appeals/7f1c", ROADS)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void onlyStaffSeeDeliveriesTriageAndRouting() {
        for (String path : new String[] {"/api/v1/appeals/7f1c/deliveries", "/api/v1/triage", "/api/v1/triage/7f1c",
                "/api/v1/routing/rules"}) {
            assertThat(verdict("GET", path, OPERATOR)).as(path).isEqualTo(Verdict.ALLOW);
            assertThat(verdict("POST", path, ADMIN)).as(path).isEqualTo(Verdict.ALLOW);
            assertThat(verdict("GET", path, VK)).as(path).isEqualTo(Verdict.FORBIDDEN);
            assertThat(verdict("GET", path, ROADS)).as(path).isEqualTo(Verdict.FORBIDDEN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/reviews", "/api/v1/reviews/r-1", "/api/v1/reviews/r-1/approve",
            "/api/v1/overdue", "/api/v1/overdue/mikhailovka-roads", "/api/v1/incidents", "/api/v1/incidents/i-1",
            "/api/v1/incidents/i-1/appeals"})
    void onlyOperatorsAndAdminsWorkTheReviewQueueTheOverdueListAndIncidentsWhateverTheMethod(String path) {
        for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(verdict(method, path, OPERATOR)).as(method + " " + path).isEqualTo(Verdict.ALLOW);
            assertThat(verdict(method, path, ADMIN)).as(method + " " + path).isEqualTo(Verdict.ALLOW);
            assertThat(verdict(method, path, VK)).as(method + " " + path).isEqualTo(Verdict.FORBIDDEN);
            assertThat(verdict(method, path, ROADS)).as(method + " " + path).isEqualTo(Verdict.FORBIDDEN);
        }
    }

    @Test
    void channelAdaptersPostReceiptsAndOnlyStaffListOrResendParkedDeliveries() {
        String receipt = "/api/v1/deliveries/d-1/receipt";
        assertThat(verdict("POST", receipt, VK)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", receipt, VK)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict("POST", receipt, OPERATOR)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict("POST", receipt, ROADS)).isEqualTo(Verdict.FORBIDDEN);
        for (String path : new String[] {"/api/v1/deliveries/parked", "/api/v1/deliveries/d-1/resend"}) {
            assertThat(verdict("GET", path, OPERATOR)).as(path).isEqualTo(Verdict.ALLOW);
            assertThat(verdict("POST", path, ADMIN)).as(path).isEqualTo(Verdict.ALLOW);
            assertThat(verdict("POST", path, VK)).as(path).isEqualTo(Verdict.FORBIDDEN);
            assertThat(verdict("POST", path, ROADS)).as(path).isEqualTo(Verdict.FORBIDDEN);
        }
    }

    @Test
    void aChannelKeyPostsAResidentsFeedbackOnAnAppealAndADepartmentKeyDoesNot() {
        String feedback = "/api/v1/appeals/5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11/feedback";

        assertThat(policy.locate(feedback).route()).isEqualTo(Route.INTAKE);
        // no body check here: intake knows which channel the appeal came from and refuses a foreign one
        assertThat(verdict("POST", feedback, VK)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", feedback, ROADS)).isEqualTo(Verdict.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/departments/mikhailovka-roads/incidents",
            "/api/v1/departments/mikhailovka-roads/incidents/i-1/answers",
            "/api/v1/departments/mikhailovka-roads/appeals/7f1c/accept",
            "/api/v1/departments/mikhailovka-roads/appeals/7f1c/clarification"})
    void theDepartmentsIncidentsAcceptanceAndQuestionsAreItsOwnKeysAloneToWrite(String path) {
        assertThat(verdict("POST", path, ROADS)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", path.replace("mikhailovka-roads", "volgograd-housing"), ROADS))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict("GET", path, OPERATOR)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", path, OPERATOR)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict("POST", path, VK)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void aDepartmentKeyWorksItsOwnDepartmentOnly() {
        assertThat(verdict("GET", "/api/v1/departments/mikhailovka-roads/appeals", ROADS)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", "/api/v1/departments/mikhailovka-roads/appeals/7f1c/answers", ROADS))
                .isEqualTo(Verdict.ALLOW);

        Decision other = decide("GET", "/api/v1/departments/volgograd-housing/appeals", ROADS);
        assertThat(other.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(other.detail()).doesNotContain("volgograd").doesNotContain("housing");
        assertThat(verdict("GET", "/api/v1/departments", ROADS)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void staffReadDepartmentsButDoNotWriteAndChannelsDoNeither() {
        assertThat(verdict("GET", "/api/v1/departments/mikhailovka-roads/appeals", OPERATOR)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/departments", ADMIN)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", "/api/v1/departments/mikhailovka-roads/appeals/7f1c/answers", ADMIN))
                .isEqualTo(Verdict.FORBIDDEN);
        assertThat(verdict("GET", "/api/v1/departments/mikhailovka-roads/appeals", VK)).isEqualTo(Verdict.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api", "/api/v1", "/api/v2/appeals", "/api/v1/unknown", "/API/v1/appeals",
            "/api/v1/Appeals", "/api/V1/triage", "/api/v1/review", "/api/v1/Reviews", "/api/v1/overdues",
            "/actuator/env", "/actuator", "/error", "/favicon.ico"})
    void unknownPathsAreNotFoundForEveryone(String path) {
        assertThat(verdict("GET", path, ADMIN)).isEqualTo(Verdict.NOT_FOUND);
        assertThat(decide("GET", path, ADMIN).detail()).isEqualTo("There is no API at this path.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/departments/mikhailovka-roads/../volgograd-housing/appeals",
            "/api/v1/departments/./volgograd-housing", "/api/v1/departments/mikhailovka-roads/%2e%2e/x",
            "/api/v1/departments/mikhailovka-roads%2F..%2Fvolgograd-housing", "//api/v1/appeals",
            "/api/v1//appeals", "/api/v1/appeals/", "/api/v1/appeals;jsessionid=1", "/api/v1/appeals/7f1c;x=y",
            "/api/v1/appeals/..", "/api/v1/appeals/.", "/api/v1/%61ppeals", "/api/v1/appeals\\..",
            "/api/v1/appeals/a%5Cb", "api/v1/appeals", "", "/actuator/health/../../api/v1/triage",
            "/api/v1/departments/MIKHAILOVKA-ROADS/appeals", "/api/v1/departments/roads_dept/appeals",
            "/form/", "/appeal/../api/v1/keys", "/photos/%2e%2e/x", "/public-assets//x",
            "/feedback/34-2026-004217;jsessionid=1", "/api/v1/public/../appeals"})
    void pathTricksAreRefusedAsBadRequestsBeforeAnyRoleCounts(String path) {
        assertThat(policy.locate(path).shape()).isEqualTo(Target.Shape.INVALID);
        assertThat(verdict("GET", path, ADMIN)).isEqualTo(Verdict.BAD_REQUEST);
    }

    @Test
    void theAppealsChannelMustBeTheChannelKeysOwn() {
        assertThat(policy.checkAppealChannel(VK, json("{\"channel\":\"VK\",\"text\":\"Яма\"}")).verdict())
                .isEqualTo(Verdict.ALLOW);

        Decision other = policy.checkAppealChannel(VK, json("{\"channel\":\"TELEGRAM\",\"text\":\"Яма\"}"));
        assertThat(other.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(other.detail()).isEqualTo("This key posts only for channel VK.");
        assertThat(policy.checkAppealChannel(VK, json("{\"channel\":\"vk\"}")).verdict()).isEqualTo(Verdict.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"channel\":\"VK\"", "[{\"channel\":\"VK\"}]", "\"VK\"", "{}",
            "{\"channel\":null}", "{\"channel\":1}", "{\"channel\":{\"code\":\"VK\"}}",
            "{\"channel\":\"VK\",\"channel\":\"OK\"}", "{\"channel\":\"VK\"} {\"channel\":\"OK\"}", "not json"})
    void anAppealBodyThatCannotBeReadStrictlyIsABadRequest(String body) {
        Decision decision = policy.checkAppealChannel(VK, json(body));

        assertThat(decision.verdict()).isEqualTo(Verdict.BAD_REQUEST);
        assertThat(decision.detail()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aMissingBodyIsABadRequest() {
        assertThat(policy.checkAppealChannel(VK, null).verdict()).isEqualTo(Verdict.BAD_REQUEST);
    }

    @Test
    void departmentStaffActForEachOfTheirDepartmentsAndNoOther() {
        for (String department : new String[] {"volgograd-housing", "volgograd-utilities"}) {
            String answers = "/api/v1/departments/" + department + "/appeals/7f1c/answers";
            assertThat(verdict("POST", answers, HOUSING_STAFF)).as(department).isEqualTo(Verdict.ALLOW);
        }
        Decision roads = decide("GET", "/api/v1/departments/mikhailovka-roads/appeals", HOUSING_STAFF);
        assertThat(roads.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(roads.detail()).doesNotContain("mikhailovka");
    }

    @Test
    void aMunicipalOperatorWorksAppealsTriageAndTheDeskWhoseScopeTheServicesCheck() {
        for (String path : new String[] {"/api/v1/appeals/7f1c", "/api/v1/triage", "/api/v1/reviews/r-1/approve",
                "/api/v1/overdue", "/api/v1/incidents/i-1/split", "/api/v1/departments/mikhailovka-roads/appeals"}) {
            String method = path.endsWith("approve") || path.endsWith("split") ? "POST" : "GET";
            assertThat(verdict(method, path, MCU)).as(path).isEqualTo(Verdict.ALLOW);
        }
        assertThat(verdict("POST", "/api/v1/triage/7f1c", MCU)).isEqualTo(Verdict.ALLOW);
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/appeals/7f1c/deliveries", "GET, /api/v1/deliveries/parked",
            "POST, /api/v1/deliveries/d-1/resend", "PUT, /api/v1/routing/departments/mikhailovka-roads",
            "DELETE, /api/v1/routing/overrides/ROADS/ANY"})
    void notificationsStaffEndpointsAndDirectoryEditsAreTheRegionalCentresOnly(String method, String path) {
        Decision mcu = decide(method, path, MCU);
        assertThat(mcu.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(mcu.detail()).contains("regional centre");
        assertThat(verdict(method, path, OPERATOR)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict(method, path, ADMIN)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict(method, path, ROADS)).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void aMunicipalOperatorReadsTheDirectoryAndRules() {
        assertThat(verdict("GET", "/api/v1/routing/rules", MCU)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("GET", "/api/v1/routing/departments", MCU)).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void onlyAdminsExportOrEraseOneResidentsPersonalData() {
        assertThat(verdict("GET", "/api/v1/personal-data", ADMIN)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", "/api/v1/personal-data/erasures", ADMIN)).isEqualTo(Verdict.ALLOW);
        for (Identity other : new Identity[] {OPERATOR, MCU, VK, ROADS}) {
            assertThat(verdict("GET", "/api/v1/personal-data", other)).as(other.id()).isEqualTo(Verdict.FORBIDDEN);
            assertThat(verdict("POST", "/api/v1/personal-data/erasures", other)).as(other.id())
                    .isEqualTo(Verdict.FORBIDDEN);
        }
        assertThat(verdict("GET", "/api/v1/personal-data/other", ADMIN)).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void onlyAdminsReadThePersonalDataAuditAndOnlyByGet() {
        String audit = "/api/v1/audit/personal-data-reads";
        assertThat(verdict("GET", audit, ADMIN)).isEqualTo(Verdict.ALLOW);
        assertThat(verdict("POST", audit, ADMIN)).isEqualTo(Verdict.FORBIDDEN);
        for (Identity other : new Identity[] {OPERATOR, MCU, VK, ROADS}) {
            assertThat(verdict("GET", audit, other)).as(other.id()).isEqualTo(Verdict.FORBIDDEN);
        }
        assertThat(verdict("GET", "/api/v1/audit", ADMIN)).isEqualTo(Verdict.NOT_FOUND);
        assertThat(verdict("GET", "/api/v1/audit/other", ADMIN)).isEqualTo(Verdict.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/webhook-secrets", "/api/v1/webhook-secrets/VK/rotate", "/api/v1/keys",
            "/api/v1/keys/key-1/rotate", "/api/v1/keys/audit"})
    void onlyAdminsManageWebhookSecretsAndKeys(String path) {
        for (String method : new String[] {"GET", "POST", "DELETE"}) {
            assertThat(verdict(method, path, ADMIN)).as(method).isEqualTo(Verdict.ALLOW);
            for (Identity other : new Identity[] {OPERATOR, MCU, VK, ROADS}) {
                assertThat(verdict(method, path, other)).as(method + " " + other.id()).isEqualTo(Verdict.FORBIDDEN);
            }
        }
    }

    private Verdict verdict(String method, String path, Identity identity) {
        return decide(method, path, identity).verdict();
    }

    private Decision decide(String method, String path, Identity identity) {
        return policy.authorize(method, policy.locate(path), identity);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
