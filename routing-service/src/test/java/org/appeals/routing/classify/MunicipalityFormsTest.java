package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Municipality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every district centre, in the case forms residents write, and demonyms and city districts name their place. */
class MunicipalityFormsTest {

    private static final Classifier classifier = Classifier.standard();

    @ParameterizedTest
    @CsvSource({"в станице Алексеевской, ALEKSEEVSKY", "в Быкове, BYKOVSKY", "в Городище, GORODISHCHENSKY",
            "в Даниловке, DANILOVSKY", "в Дубовке, DUBOVSKY", "в Елани, ELANSKY", "в Жирновске, ZHIRNOVSKY",
            "в Иловле, ILOVLINSKY", "в Калаче-на-Дону, KALACHEVSKY", "в Камышинском районе, KAMYSHINSKY_DISTRICT",
            "в станице Преображенской, KIKVIDZENSKY", "в станице Клетской, KLETSKY",
            "в Котельниково, KOTELNIKOVSKY", "в Котово, KOTOVSKY", "в Кумылженской, KUMYLZHENSKY",
            "в Ленинске, LENINSKY", "в Нехаевской, NEKHAEVSKY", "в Николаевске, NIKOLAEVSKY",
            "в Новоаннинском, NOVOANNINSKY", "в Новониколаевском районе, NOVONIKOLAEVSKY",
            "в Октябрьском районе, OKTYABRSKY", "в Ольховке, OLKHOVSKY", "в Палласовке, PALLASOVSKY",
            "в Рудне, RUDNYANSKY", "в Светлом Яру, SVETLOYARSKY", "в Серафимовиче, SERAFIMOVICHSKY",
            "в Средней Ахтубе, SREDNEAKHTUBINSKY", "в Старой Полтавке, STAROPOLTAVSKY",
            "в Суровикино, SUROVIKINSKY", "в Урюпинском районе, URYUPINSKY_DISTRICT",
            "во Фроловском районе, FROLOVSKY_DISTRICT", "в Чернышковском, CHERNYSHKOVSKY"})
    void everyDistrictCentreNamesItsDistrict(String place, Municipality expected) {
        assertThat(classifier.classify("Нет воды третий день " + place, null).municipality()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"калачевцы, KALACHEVSKY", "суровикинцы, SUROVIKINSKY", "дубовчане, DUBOVSKY",
            "палласовцы, PALLASOVSKY", "волжане, VOLZHSKY", "камышане, KAMYSHIN", "михайловцы, MIKHAILOVKA",
            "урюпинцы, URYUPINSK", "фроловчане, FROLOVO"})
    void residentsNamedAfterTheirTownPointToIt(String demonym, Municipality expected) {
        assertThat(classifier.classify("Мы, " + demonym + ", просим починить дорогу", null).municipality())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"в Тракторозаводском районе", "в Краснооктябрьском районе", "в Центральном районе Волгограда",
            "в Дзержинском районе", "в Ворошиловском районе", "в Советском районе", "в Кировском районе",
            "в Красноармейском районе", "на Мамаевом кургане", "в Бекетовке", "на Спартановке"})
    void volgogradsCityDistrictsAndPlacesPointToVolgograd(String place) {
        assertThat(classifier.classify("Не горят фонари " + place, null).municipality())
                .isEqualTo(Municipality.VOLGOGRAD);
    }
}
