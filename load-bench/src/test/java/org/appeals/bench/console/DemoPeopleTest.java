package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    private final DemoPeople.Person roads = DemoPeople.ALL.stream()
            .filter(person -> person.username().equals("roads-mikhailovka")).findFirst().orElseThrow();

    @Test
    void fillsTheAppealIntoThePagesThatShowOne() {
        assertThat(roads.pages(Optional.of("0b7e")).stream().map(ConsolePage::path))
                .contains("/inbox/mikhailovka-roads/appeals/0b7e", "/inbox/mikhailovka-roads/incidents");
        assertThat(roads.needingAnAppeal(Optional.of("0b7e"))).isEmpty();
    }

    @Test
    void leavesOutAndNamesThePagesThatNeedAnAppealWhenThereIsNone() {
        assertThat(roads.pages(Optional.empty()).stream().map(ConsolePage::path))
                .noneMatch(path -> path.contains("/appeals/"));
        assertThat(roads.needingAnAppeal(Optional.empty()))
                .containsExactly("/inbox/mikhailovka-roads/appeals/{appeal}");
    }

    @Test
    void logsInWithTheDemoRealmsPasswords() {
        assertThat(DemoPeople.ALL).extracting(DemoPeople.Person::username)
                .containsExactly("cur-operator", "mcu-mikhailovka", "roads-mikhailovka", "platform-admin");
        assertThat(roads.password()).isEqualTo("demo-roads-mikhailovka");
    }

    @Test
    void onlyTheAdminTimesTheKeysPage() {
        assertThat(DemoPeople.ALL).filteredOn(person -> person.paths().contains("/keys"))
                .extracting(DemoPeople.Person::username).containsExactly("platform-admin");
    }
}
