package org.appeals.routing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

    private final Directory directory = Directory.standard();

    @Test
    void withoutOverridesTheCompetenceRuleDecides() {
        RoutingTable table = RoutingTable.of(directory);

        assertThat(table.candidates(Category.ROADS, Municipality.KAMYSHIN))
                .extracting(r -> r.department().id(), Route::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kamyshin-roads", "municipal:ROADS"));
        assertThat(table.candidates(Category.WASTE, Municipality.KAMYSHIN)).extracting(Route::ruleId)
                .containsExactly("regional:WASTE");
    }

    @Test
    void anOverrideForTheMunicipalityComesBeforeOneForAnyMunicipalityWhichComesBeforeTheDefault() {
        RoutingTable table = new RoutingTable(directory, List.of(
                new RuleOverride(Category.ROADS, null, "region-safety", "winter roads"),
                new RuleOverride(Category.ROADS, Municipality.KAMYSHIN, "kamyshin-landscaping", "yards")));

        assertThat(table.candidates(Category.ROADS, Municipality.KAMYSHIN)).extracting(Route::ruleId)
                .containsExactly("override:ROADS:KAMYSHIN", "override:ROADS:ANY", "municipal:ROADS");
        assertThat(table.candidates(Category.ROADS, Municipality.VOLZHSKY)).extracting(r -> r.department().id())
                .containsExactly("region-safety", "volzhsky-roads");
    }

    @Test
    void departmentsThatDeclinedAreSkipped() {
        RoutingTable table = new RoutingTable(directory, List.of(
                new RuleOverride(Category.ROADS, Municipality.KAMYSHIN, "kamyshin-landscaping", "yards")));

        assertThat(table.first(Category.ROADS, Municipality.KAMYSHIN, Set.of("kamyshin-landscaping")))
                .map(r -> r.department().id()).hasValue("kamyshin-roads");
        assertThat(table.first(Category.ROADS, Municipality.KAMYSHIN,
                Set.of("kamyshin-landscaping", "kamyshin-roads"))).isEmpty();
    }

    @Test
    void anInactiveDepartmentReceivesNothingEvenThroughAnOverride() {
        List<Department> departments = new ArrayList<>(directory.all());
        departments.add(new Department("kamyshin-yards", "Двор", Municipality.KAMYSHIN, Set.of(Category.ROADS), false));
        RoutingTable table = new RoutingTable(new Directory(departments), List.of(
                new RuleOverride(Category.ROADS, Municipality.KAMYSHIN, "kamyshin-yards", "gone")));

        assertThat(table.candidates(Category.ROADS, Municipality.KAMYSHIN)).extracting(r -> r.department().id())
                .containsExactly("kamyshin-roads");
    }

    @Test
    void anInactiveDepartmentLeavesAHoleThatTheDirectoryRefuses() {
        List<Department> departments = new ArrayList<>(directory.all());
        departments.replaceAll(d -> d.id().equals("kamyshin-roads")
                ? new Department(d.id(), d.name(), d.municipality(), d.categories(), false) : d);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Directory(departments))
                .hasMessageContaining("nobody answers [ROADS in KAMYSHIN]");
    }
}
