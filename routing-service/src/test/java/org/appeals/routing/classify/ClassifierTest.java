package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierTest {

    private static final Classifier classifier = Classifier.standard();

    @ParameterizedTest
    @ValueSource(strings = {"Огромная яма во дворе дороги", "Сплошные ямы на дороге", "Машина попала колесом в яму",
            "Дорога с ямой посередине", "Объезжаем ямы по встречке"})
    void findsInflectedFormsOfAWord(String text) {
        assertThat(classifier.classify(text, null).category()).isEqualTo(Category.ROADS);
    }

    @ParameterizedTest
    @CsvSource({
            "Яма на улице Мира в Михайловке, MIKHAILOVKA",
            "'Михайловка, улица Мира: яма', MIKHAILOVKA",
            "Яма у магазина в Волжском, VOLZHSKY",
            "Волжский: опять яма у рынка, VOLZHSKY",
            "В Камышине на Ленина яма, KAMYSHIN",
            "Яма в Урюпинске на въезде, URYUPINSK"})
    void findsInflectedFormsOfTownNames(String text, Municipality expected) {
        assertThat(classifier.classify(text, null).municipality()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "В Калаче-на-Дону нет света, KALACHEVSKY",
            "Средняя Ахтуба: нет света, SREDNEAKHTUBINSKY",
            "В Котельниково нет света, KOTELNIKOVSKY",
            "В Суровикино нет света, SUROVIKINSKY",
            "В Дубовке нет света, DUBOVSKY",
            "В Быково нет света, BYKOVSKY",
            "В Палласовке нет света, PALLASOVSKY",
            "В Жирновске нет света, ZHIRNOVSKY",
            "В Котово нет света, KOTOVSKY",
            "В Светлом Яре нет света, SVETLOYARSKY",
            "В Иловле нет света, ILOVLINSKY",
            "В Ленинске нет света, LENINSKY",
            "В Серафимовиче нет света, SERAFIMOVICHSKY"})
    void districtCentresStandForTheirDistricts(String text, Municipality expected) {
        assertThat(classifier.classify(text, null).municipality()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Тракторозаводском районе", "Краснооктябрьском районе", "Центральном районе",
            "Дзержинском районе", "Ворошиловском районе", "Советском районе", "Кировском районе",
            "Красноармейском районе"})
    void volgogradsCityDistrictsMeanVolgograd(String district) {
        Classification result = classifier.classify("Яма на дороге в " + district, null);

        assertThat(result.municipality()).isEqualTo(Municipality.VOLGOGRAD);
    }

    @Test
    void aDistrictNamedInFullBeatsTheTownItIsNamedAfter() {
        assertThat(classifier.classify("Яма в Урюпинском районе", null).municipality())
                .isEqualTo(Municipality.URYUPINSKY_DISTRICT);
        assertThat(classifier.classify("Яма в Камышинском районе", null).municipality())
                .isEqualTo(Municipality.KAMYSHINSKY_DISTRICT);
    }
}
