package org.appeals.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.support.testing.FreshDatabase;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.DefaultResourceLoader;

/** Two routing instances over one MongoDB-wire database: a change made on one is taken into use by the other. */
class SharedRulesIT {

    @RegisterExtension
    static final FreshDatabase mongo = new FreshDatabase("shared-rules");

    private final Caller operator = new Caller("ops-1", "ops-1", Role.OPERATOR, null, null, null, true);

    @Test
    void anOverrideSetOnOneInstanceIsUsedByAnotherAfterItsVersionCheck() {
        RoutingBook first = book();
        RoutingBook second = book();
        editor(first).putOverride(operator, "ROADS", "KAMYSHIN",
                new OverrideChange("kamyshin-landscaping", "дворы"));

        assertThat(firstRoute(second)).isEqualTo("kamyshin-roads");
        second.reloadIfChanged();
        assertThat(firstRoute(second)).isEqualTo("kamyshin-landscaping");
        assertThat(second.table().directory().all()).hasSize(75); // seeded once although two instances started
    }

    @Test
    void anEditorWorkingFromAStaleTableIsRefusedInsteadOfOverwritingTheOtherChange() {
        RoutingBook first = book();
        RoutingBook second = book();
        editor(first).putOverride(operator, "ROADS", "KAMYSHIN",
                new OverrideChange("kamyshin-landscaping", "дворы"));

        assertThatThrownBy(() -> editor(second).putOverride(operator, "ROADS", "KAMYSHIN",
                new OverrideChange("region-safety", "аварии")))
                .isInstanceOf(ApiException.class).hasMessageContaining("changed by someone else");
        assertThat(firstRoute(second)).isEqualTo("kamyshin-landscaping"); // and it has reloaded to retry
        assertThat(new MongoAuditLog(mongo.database()).latest(10)).hasSize(1);
    }

    private String firstRoute(RoutingBook book) {
        return book.table().candidates(Category.ROADS, Municipality.KAMYSHIN).get(0).department().id();
    }

    private RoutingBook book() {
        return new RoutingBook(new MongoRoutingStore(mongo.database()), new RulesProperties(null, null),
                new DefaultResourceLoader());
    }

    private RoutingEditor editor(RoutingBook book) {
        return new RoutingEditor(book, new MongoRoutingStore(mongo.database()), new MongoAuditLog(mongo.database()));
    }
}
