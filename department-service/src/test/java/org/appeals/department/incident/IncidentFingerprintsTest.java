package org.appeals.department.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentFingerprintsTest {

    @Test
    void caseEndingsAbbreviationsPunctuationAndLittleWordsDoNotChangeTheFingerprint() {
        assertThat(Fingerprints.of("Яма на ул. Мира у д. 5!"))
                .isEqualTo(Fingerprints.of("ЯМЫ на улице Мира, у дома 5"))
                .containsExactlyInAnyOrder("ям", "улиц", "мир", "дом", "5");
    }

    @Test
    void formsOfNounsAndVerbsMeetAndLongWordsAreComparedByTheirFirstSixLetters() {
        assertThat(Fingerprints.of("Не горят фонари во дворе"))
                .isEqualTo(Fingerprints.of("Не горит фонарь во дворе"));
        assertThat(Fingerprints.of("светофорный объект")).contains("светоф")
                .isEqualTo(Fingerprints.of("светофоры объекта"));
    }

    @Test
    void yoIsReadAsYe() {
        assertThat(Fingerprints.of("Ещё не убрана ёлка во дворе"))
                .isEqualTo(Fingerprints.of("еще не убрана елка во дворе"));
    }

    @Test
    void aResidentsTwoWordingsOfOnePotholeAreNearIdenticalButAnotherProblemIsNot() {
        Set<String> pothole = Fingerprints.of("Яма на ул. Мира у дома 5");
        Set<String> samePothole = Fingerprints.of("Огромная яма на улице Мира возле дома 5");
        Set<String> trafficLight = Fingerprints.of("Не работает светофор на улице Мира");

        assertThat(Fingerprints.similarity(pothole, samePothole)).isGreaterThanOrEqualTo(0.6);
        assertThat(Fingerprints.similarity(pothole, trafficLight)).isLessThan(0.6);
    }

    @Test
    void differentHouseNumbersDisagreeButAMissingNumberDoesNot() {
        assertThat(Fingerprints.numbersAgree(Fingerprints.of("у дома 5"), Fingerprints.of("у дома 7"))).isFalse();
        assertThat(Fingerprints.numbersAgree(Fingerprints.of("у дома 5"), Fingerprints.of("у дома 5а, 7"))).isFalse();
        assertThat(Fingerprints.numbersAgree(Fingerprints.of("у дома 5"), Fingerprints.of("дома 5 и 7"))).isTrue();
        assertThat(Fingerprints.numbersAgree(Fingerprints.of("у дома 5"), Fingerprints.of("у дома"))).isTrue();
    }

    @Test
    void noTextHasAnEmptyFingerprintThatResemblesNothing() {
        assertThat(Fingerprints.of(null)).isEmpty();
        assertThat(Fingerprints.similarity(Set.of(), Set.of())).isZero();
    }

    @Test
    void theHaversineDistanceAlongAMeridianIsAboutOneHundredElevenKilometresADegree() {
        assertThat(Distance.metres(50.0, 43.24, 51.0, 43.24)).isBetween(111_100.0, 111_300.0);
        assertThat(Distance.metres(50.06, 43.24, 50.06, 43.2414)).isBetween(95.0, 105.0);
    }
}
