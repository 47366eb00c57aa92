package org.appeals.routing.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class DirectoryTest {

    private final Directory directory = Directory.standard();

    @Test
    void everyMunicipalityHasADepartmentForEveryMunicipalCategory() {
        for (Municipality municipality : Municipality.values()) {
            if (municipality == Municipality.UNKNOWN) {
                continue;
            }
            for (Category category : categories(Competence.MUNICIPAL)) {
                Department department = directory.responsibleFor(category, municipality).orElseThrow();
                assertThat(department.id()).isEqualTo(expectedId(municipality, category));
                assertThat(department.municipality()).isEqualTo(municipality);
            }
        }
    }

    @Test
    void everyRegionalCategoryGoesToItsRegionalBodyWhereverTheProblemIs() {
        for (Category category : categories(Competence.REGIONAL)) {
            String expected = "region-" + category.name().toLowerCase().replace('_', '-');
            assertThat(directory.responsibleFor(category, Municipality.UNKNOWN).orElseThrow().id()).isEqualTo(expected);
            assertThat(directory.responsibleFor(category, Municipality.KOTOVSKY).orElseThrow().regional()).isTrue();
        }
    }

    @Test
    void nobodyAnswersOtherOrAMunicipalCategoryWithoutAMunicipality() {
        assertThat(directory.responsibleFor(Category.OTHER, Municipality.VOLGOGRAD)).isEmpty();
        assertThat(directory.responsibleFor(Category.ROADS, Municipality.UNKNOWN)).isEmpty();
    }

    @Test
    void departmentIdsInTheFileAreUniqueAndNamed() throws Exception {
        List<Department> departments = readFile();
        Set<String> ids = new HashSet<>();

        departments.forEach(d -> assertThat(ids.add(d.id())).as(d.id()).isTrue());
        assertThat(departments).hasSize(6 * 6 + 32 + 7).allSatisfy(d -> assertThat(d.name()).isNotBlank());
        assertThat(ids).contains("mikhailovka-roads", "volgograd-municipal-services", "pallasovsky-admin",
                "kamyshinsky-district-admin", "region-waste", "region-healthcare", "region-animals");
    }

    @Test
    void theWasteBodyIsTheRegionalOperator() {
        assertThat(directory.byId("region-waste").orElseThrow().name()).contains("Региональный оператор");
        assertThat(directory.byId("region-healthcare").orElseThrow().name()).contains("здравоохранения");
    }

    @Test
    void aDirectoryWithDuplicateIdsOrHolesIsRefused() throws Exception {
        List<Department> departments = readFile();
        List<Department> duplicated = new java.util.ArrayList<>(departments);
        duplicated.add(departments.get(0));

        assertThatThrownBy(() -> new Directory(duplicated)).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new Directory(departments.subList(1, departments.size())))
                .hasMessageContaining("nobody answers [ROADS in VOLGOGRAD]");
    }

    private static String expectedId(Municipality municipality, Category category) {
        String code = municipality.name().toLowerCase().replace('_', '-');
        return municipality.kind() == Municipality.Kind.URBAN_OKRUG
                ? code + "-" + category.name().toLowerCase().replace('_', '-')
                : code + "-admin";
    }

    private static List<Category> categories(Competence competence) {
        return java.util.Arrays.stream(Category.values()).filter(c -> c.competence() == competence).toList();
    }

    private static List<Department> readFile() throws Exception {
        try (InputStream in = DirectoryTest.class.getResourceAsStream("/directory/departments.json")) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<Department>>() { });
        }
    }
}
