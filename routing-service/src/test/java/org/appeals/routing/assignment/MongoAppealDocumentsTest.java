package org.appeals.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.junit.jupiter.api.Test;

/** The category the resident chose is kept with the appeal, so triage shows it and it can be weighed again. */
class MongoAppealDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");

    @Test
    void theResidentsCategoryHintIsStoredAndReadBack() {
        RoutedAppeal hinted = appeal(Category.HOUSING);

        var document = MongoAppealDocuments.toDocument(hinted);

        assertThat(document.getString("categoryHint")).isEqualTo("HOUSING");
        assertThat(MongoAppealDocuments.fromDocument(document).categoryHint()).isEqualTo(Category.HOUSING);
    }

    @Test
    void anAppealWithoutAHintOrStoredBeforeHintsOrWithARetiredCodeHasNone() {
        var without = MongoAppealDocuments.toDocument(appeal(null));
        var older = MongoAppealDocuments.toDocument(appeal(null));
        older.remove("categoryHint");
        var retired = MongoAppealDocuments.toDocument(appeal(null)).append("categoryHint", "POTHOLES");

        assertThat(List.of(without, older, retired)).allSatisfy(document ->
                assertThat(MongoAppealDocuments.fromDocument(document).categoryHint()).isNull());
    }

    private static RoutedAppeal appeal(Category hint) {
        Decision decision = new Decision(UUID.randomUUID(), NOW, RoutingMethod.AUTO, RoutingOutcome.TRIAGE,
                Category.HOUSING, Municipality.VOLZHSKY, null, null,
                new RoutingReason("triage:hint-only", List.of(), 0, "test"), Actor.SYSTEM);
        return new RoutedAppeal(UUID.randomUUID(), UUID.randomUUID(), Channel.WEB, NOW, "Сколько можно ждать",
                decision, Declines.none(), hint);
    }
}
