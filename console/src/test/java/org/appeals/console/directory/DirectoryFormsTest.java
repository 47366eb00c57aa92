package org.appeals.console.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformProblem;
import org.junit.jupiter.api.Test;

class DirectoryFormsTest {

    @Test
    void sendsADepartmentAsRoutingsDepartmentChange() {
        DepartmentForm form = new DepartmentForm("  Снегоуборка Фролово ", "FROLOVO", List.of("ROADS"), null);

        assertThat(form.body()).containsExactly(Map.entry("name", "Снегоуборка Фролово"),
                Map.entry("municipality", "FROLOVO"), Map.entry("categories", List.of("ROADS")),
                Map.entry("active", false));
        assertThat(form.missing()).isEmpty();
    }

    @Test
    void sendsNoMunicipalityForARegionalBody() {
        DepartmentForm form = new DepartmentForm("Региональный оператор", "", List.of("WASTE"), true);

        assertThat(form.body()).doesNotContainKey("municipality").containsEntry("active", true);
    }

    @Test
    void startsTheEditFormFromTheDepartmentAsListed() {
        DepartmentForm form = DepartmentForm.of(new DepartmentRow("kamyshin-roads", "Дороги", "KAMYSHIN",
                List.of("ROADS"), false));

        assertThat(form.has("ROADS")).isTrue();
        assertThat(form.has("HOUSING")).isFalse();
        assertThat(form.body()).containsEntry("active", false).containsEntry("municipality", "KAMYSHIN");
    }

    @Test
    void saysBesideTheFieldsWhatADepartmentLacks() {
        assertThat(new DepartmentForm(" ", null, null, true).missing())
                .containsOnlyKeys("dept-name", "dept-categories");
    }

    @Test
    void sendsAnOverrideForEveryMunicipalityAsAny() {
        OverrideForm form = new OverrideForm("ROADS", "", " kamyshin-landscaping ", " дворовые проезды ");

        assertThat(form.path()).containsEntry("category", "ROADS").containsEntry("municipality", "ANY");
        assertThat(form.body()).containsExactly(Map.entry("departmentId", "kamyshin-landscaping"),
                Map.entry("reason", "дворовые проезды"));
        assertThat(new OverrideForm("ROADS", "KAMYSHIN", "d", "r").path()).containsEntry("municipality", "KAMYSHIN");
    }

    @Test
    void saysBesideTheFieldsWhatAnOverrideLacks() {
        assertThat(new OverrideForm("", "ANY", "", "").missing())
                .containsOnlyKeys("override-category", "override-department", "override-reason");
        assertThat(new OverrideForm("ROADS", "ANY", "d", "r").missing()).isEmpty();
    }

    @Test
    void putsARefusalBesideTheControlItsDetailNames() {
        List<Map.Entry<String, String>> words = List.of(Map.entry("reason", "override-reason"),
                Map.entry("epartment", "override-department"), Map.entry("categor", "override-category"));

        assertThat(Refusals.control(new PlatformProblem(400, "reason is required, at most 1000 characters."),
                words, "override-save")).isEqualTo("override-reason");
        assertThat(Refusals.control(new PlatformProblem(400, "Department x is inactive and receives no appeals."),
                words, "override-save")).isEqualTo("override-department");
        assertThat(Refusals.control(new PlatformProblem(403, null), words, "override-save"))
                .isEqualTo("override-save");
        assertThat(Refusals.message(new PlatformProblem(400, "Unknown category code")))
                .startsWith("Данные не приняты").endsWith("(Unknown category code)");
    }

    @Test
    void explainsAConflictWithRoutingsReason() {
        assertThat(Refusals.alert(new PlatformProblem(409, "The change is refused: ROADS in FROLOVO has none.")))
                .startsWith("Изменение не принято").endsWith("(The change is refused: ROADS in FROLOVO has none.)");
    }
}
