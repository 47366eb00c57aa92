package org.appeals.gateway.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;

class MeTest {

    @Test
    void aPersonIsShownByNameWithTheScopeTheTokenGaveInAStableOrder() {
        Identity housing = new Identity("housing-volgograd", "Елена ЖКХ Волгограда", Kind.PERSON, Role.DEPARTMENT,
                null, Set.of("volgograd-municipal-services", "volgograd-housing"), Set.of(), false, "person-1");

        Me me = Me.of(housing);

        assertThat(me).isEqualTo(new Me("Елена ЖКХ Волгограда", "PERSON", "DEPARTMENT", false, List.of(),
                List.of("volgograd-housing", "volgograd-municipal-services"), null));
    }

    @Test
    void aMunicipalOperatorSeesTheirMunicipalitiesAndIsNotRegionWide() {
        Identity mcu = new Identity("mcu-mikhailovka", "Павел Оператор", Kind.PERSON, Role.OPERATOR, null, Set.of(),
                Set.of("MIKHAILOVKA"), false, "person-2");

        Me me = Me.of(mcu);

        assertThat(me.role()).isEqualTo("OPERATOR");
        assertThat(me.regionWide()).isFalse();
        assertThat(me.municipalities()).containsExactly("MIKHAILOVKA");
    }
}
