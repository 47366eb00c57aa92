package org.appeals.department.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private final DeadlineRules bundled = DeadlineRules.load("calendar/deadline-rules.json");

    @Test
    void aNormalAppealGetsNineWorkingHoursAndSevenDaysAfterAnInterimAnswer() {
        DeadlineTerms terms = bundled.termsFor(new AppealProfile(Channel.VK, Category.ROADS, Priority.NORMAL, false));
        assertThat(terms).isEqualTo(new DeadlineTerms(Duration.ofHours(9), null, 7));
    }

    @Test
    void anUrgentAppealGetsFourWorkingHours() {
        DeadlineTerms terms = bundled.termsFor(new AppealProfile(Channel.TELEGRAM, Category.SAFETY, Priority.URGENT, false));
        assertThat(terms.firstReaction()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aFormalWrittenAppealGetsThirtyCalendarDaysUnderFiftyNineFz() {
        DeadlineTerms terms = bundled.termsFor(new AppealProfile(Channel.POS, Category.HOUSING, Priority.NORMAL, true));
        assertThat(terms.answerCalendarDays()).isEqualTo(30);
        assertThat(terms.firstReaction()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aFormalFlagOnASocialNetworkChannelDoesNotMatchTheFormalRule() {
        DeadlineTerms terms = bundled.termsFor(new AppealProfile(Channel.VK, Category.HOUSING, Priority.NORMAL, true));
        assertThat(terms.answerCalendarDays()).isNull();
    }

    @Test
    void theMostSpecificMatchingRuleWinsWhateverTheFileOrder() {
        DeadlineRules rules = new DeadlineRules(List.of(
                rule("roads-urgent", Set.of(Category.ROADS), Priority.URGENT, 2),
                rule("urgent", Set.of(), Priority.URGENT, 4),
                rule("default", Set.of(), null, 9)));
        assertThat(firstReaction(rules, Category.ROADS, Priority.URGENT)).isEqualTo(Duration.ofHours(2));
        assertThat(firstReaction(rules, Category.HOUSING, Priority.URGENT)).isEqualTo(Duration.ofHours(4));
        assertThat(firstReaction(rules, Category.ROADS, Priority.NORMAL)).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void amongEquallySpecificRulesTheEarlierInTheFileWins() {
        DeadlineRules rules = new DeadlineRules(List.of(
                rule("default", Set.of(), null, 9),
                rule("roads", Set.of(Category.ROADS), null, 6),
                rule("urgent", Set.of(), Priority.URGENT, 3)));
        assertThat(firstReaction(rules, Category.ROADS, Priority.URGENT)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void rulesWithoutACatchAllAreRefused() {
        assertThatThrownBy(() -> new DeadlineRules(List.of(rule("urgent", Set.of(), Priority.URGENT, 4))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without criteria");
    }

    @Test
    void aNegativeTermIsRefused() {
        assertThatThrownBy(() -> rule("broken", Set.of(), null, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Duration firstReaction(DeadlineRules rules, Category category, Priority priority) {
        return rules.termsFor(new AppealProfile(Channel.WEB, category, priority, false)).firstReaction();
    }

    private static DeadlineRule rule(String id, Set<Category> categories, Priority priority, int hours) {
        return new DeadlineRule(id, null, categories, priority, null, hours, null, 7);
    }
}
