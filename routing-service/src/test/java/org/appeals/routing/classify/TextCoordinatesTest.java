package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A point pasted into the text places an appeal that names no place; numbers that only look alike never do. */
class TextCoordinatesTest {

    private static final Classifier classifier = Classifier.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Яма на дороге, координаты 48.7843, 44.7690 | VOLZHSKY",
            "48,784300 44,769000 яма | VOLZHSKY", "свалка тут: 50.0701;45.3921 | KAMYSHIN",
            "открыт люк 49.7651 43.6612 | FROLOVO", "точка 48.7080,44.5130 | VOLGOGRAD"})
    void aPointInTheTextPlacesAnAppealThatNamesNoPlace(String text, Municipality expected) {
        assertThat(classifier.classify(text, null).municipality()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"проезд подорожал до 48.50 рублей, 44 рубля было",
            "дом 48, 44 квартиры", "с 12.03.2025 по 48.7 нет воды", "счёт 50.12 и 45.11"})
    void pricesDatesAndHouseNumbersAreNoPoint(String text) {
        assertThat(classifier.classify(text, null).municipality()).isEqualTo(Municipality.UNKNOWN);
    }

    @Test
    void aPlaceNamedInTheTextAndTheChannelsPointGoFirst() {
        assertThat(classifier.classify("Яма в Урюпинске, 48.7843, 44.7690", null).municipality())
                .isEqualTo(Municipality.URYUPINSK);
        assertThat(TextCoordinates.orFromText(new Location("ул. Мира", 50.08, 45.40), "48.7843, 44.7690").lat())
                .isEqualTo(50.08);
        assertThat(TextCoordinates.orFromText(new Location("ул. Мира", null, null), "48.7843, 44.7690"))
                .isEqualTo(new Location("ул. Мира", 48.7843, 44.7690));
    }
}
