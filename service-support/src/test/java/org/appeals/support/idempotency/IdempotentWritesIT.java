package org.appeals.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.MovableClock;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** The mechanism on a MongoDB-wire server: what a retry with a key gets, and how often the write runs. */
class IdempotentWritesIT {

    private static final Caller DEPARTMENT = new Caller("dept-roads", "Roads", Role.DEPARTMENT, null,
            Set.of("mikhailovka-roads"), Set.of(), false);
    private static final String ENDPOINT = "POST /api/v1/departments/mikhailovka-roads/appeals/1/answers";

    private final JsonMapper json = JsonMapper.builder().build();
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger performed = new AtomicInteger();
    private final List<UUID> requestIds = new ArrayList<>();
    private MongoWireServer server;
    private MongoClient client;
    private KeyRecords records;
    private IdempotentWrites writes;

    @BeforeEach
    void start() {
        server = MongoWireServer.start();
        client = MongoClients.create(server.uri());
        records = new KeyRecords(client.getDatabase("test"));
        writes = new IdempotentWrites(records, new IdempotencyProperties(Duration.ofHours(24),
                Duration.ofSeconds(60)), json, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theSameKeyAndBodyGetTheFirstResponseWithoutWritingAgain() {
        IdempotencyKey key = IdempotencyKey.of("k-1", ENDPOINT);

        ResponseEntity<?> first = writes.run(DEPARTMENT, key, new Body("interim", "soon"), this::answer);
        ResponseEntity<?> second = writes.run(DEPARTMENT, key, new Body("interim", "soon"), this::answer);

        assertThat(performed).hasValue(1);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.valueToTree(second.getBody()).toString())
                .isEqualTo(json.valueToTree(first.getBody()).toString());
        assertThat(second.getHeaders().getFirst(IdempotentWrites.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        IdempotencyKey key = IdempotencyKey.of("k-1", ENDPOINT);
        writes.run(DEPARTMENT, key, new Body("interim", "soon"), this::answer);

        assertThatThrownBy(() -> writes.run(DEPARTMENT, key, new Body("interim", "later"), this::answer))
                .isInstanceOfSatisfying(KeyReusedException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(422));
        assertThat(performed).hasValue(1);
    }

    @Test
    void aDuplicateWhileTheFirstIsRunningIs409WithRetryAfter() {
        IdempotencyKey key = IdempotencyKey.of("k-1", ENDPOINT);
        Body body = new Body("interim", "soon");

        writes.run(DEPARTMENT, key, body, requestId -> {
            assertThatThrownBy(() -> writes.run(DEPARTMENT, key, body, this::answer))
                    .isInstanceOfSatisfying(KeyInProgressException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
                    });
            return answer(requestId);
        });

        assertThat(performed).hasValue(1);
    }

    @Test
    void keysAreScopedByCallerRoleAndEndpoint() {
        Body body = new Body("interim", "soon");
        Caller other = new Caller("dept-housing", "Housing", Role.DEPARTMENT, null, Set.of(), Set.of(), false);
        Caller sameIdAsOperator = new Caller("dept-roads", "Roads", Role.OPERATOR, null, Set.of(), Set.of(), true);

        writes.run(DEPARTMENT, IdempotencyKey.of("k-1", ENDPOINT), body, this::answer);
        writes.run(other, IdempotencyKey.of("k-1", ENDPOINT), body, this::answer);
        writes.run(sameIdAsOperator, IdempotencyKey.of("k-1", ENDPOINT), body, this::answer);
        writes.run(DEPARTMENT, IdempotencyKey.of("k-1", ENDPOINT.replace("/1/", "/2/")), body, this::answer);

        assertThat(performed).hasValue(4);
        assertThat(Set.copyOf(requestIds)).hasSize(4);
    }

    @Test
    void aFailedWriteReleasesTheKeyAndItsRetryGetsTheSameRequestId() {
        IdempotencyKey key = IdempotencyKey.of("k-1", ENDPOINT);
        Body body = new Body("interim", "soon");

        assertThatThrownBy(() -> writes.run(DEPARTMENT, key, body, requestId -> {
            requestIds.add(requestId);
            throw new IllegalStateException("store away after the change was written");
        })).isInstanceOf(IllegalStateException.class);
        writes.run(DEPARTMENT, key, body, this::answer);

        assertThat(requestIds).hasSize(2).doesNotContainNull();
        assertThat(requestIds.get(1)).isEqualTo(requestIds.get(0));
    }

    @Test
    void aKeyWhoseHolderDiedIsTakenOverOnlyAfterItsLease() {
        IdempotencyKey key = IdempotencyKey.of("k-1", ENDPOINT);
        Body body = new Body("interim", "soon");
        String scoped = ScopedKeys.scoped(DEPARTMENT, key);
        Instant now = clock.instant();
        // what a process that died between its write and storing the response leaves behind
        String bodyHash = ScopedKeys.sha256(json.writeValueAsBytes(body));
        records.claim(new KeyRecord(scoped, bodyHash, "dead",
                now.plusSeconds(60), now.plus(Duration.ofHours(24)), null));

        assertThatThrownBy(() -> writes.run(DEPARTMENT, key, body, this::answer))
                .isInstanceOf(KeyInProgressException.class);
        clock.advance(Duration.ofSeconds(61));
        writes.run(DEPARTMENT, key, body, this::answer);

        assertThat(performed).hasValue(1);
        assertThat(requestIds).containsExactly(ScopedKeys.requestId(scoped, bodyHash));
    }

    @Test
    void aKeyPastItsRetentionIsNewAgain() {
        IdempotencyKey key = IdempotencyKey.of("k-1", ENDPOINT);
        writes.run(DEPARTMENT, key, new Body("interim", "soon"), this::answer);
        clock.advance(Duration.ofHours(25));

        writes.run(DEPARTMENT, key, new Body("final", "done"), this::answer);

        assertThat(performed).hasValue(2);
    }

    @Test
    void withoutAKeyEveryRequestWrites() {
        IdempotencyKey none = IdempotencyKey.of(null, ENDPOINT);
        writes.run(DEPARTMENT, none, new Body("interim", "soon"), this::answer);
        writes.run(DEPARTMENT, none, new Body("interim", "soon"), this::answer);

        assertThat(performed).hasValue(2);
        assertThat(requestIds).containsOnlyNulls();
        assertThat(client.getDatabase("test").getCollection(KeyRecords.COLLECTION).countDocuments()).isZero();
    }

    private ResponseEntity<Answered> answer(UUID requestId) {
        requestIds.add(requestId);
        return ResponseEntity.accepted().body(new Answered(UUID.randomUUID(), performed.incrementAndGet()));
    }

    record Body(String kind, String text) {
    }

    record Answered(UUID answerId, int number) {
    }
}
