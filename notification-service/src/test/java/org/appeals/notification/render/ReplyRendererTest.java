package org.appeals.notification.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

    static final UUID APPEAL = UUID.fromString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11");
    static final String ROADS = "Отдел дорожного хозяйства администрации городского округа город Михайловка";

    final ReplyRenderer renderer = new ReplyRenderer(new TemplatesProperties("Здравствуйте, {name}!", "Здравствуйте!",
            "Ответственное подразделение",
            Map.of(AnswerKind.FINAL, "{greeting} Обращение № {number}. {department}: {text}",
                    AnswerKind.INTERIM, "{greeting} Промежуточный ответ по обращению № {number}. {department}: {text}"),
            Map.of(Channel.EMAIL, Map.of(AnswerKind.FINAL, "{greeting}\n\n{text}\n\nС уважением, ЦУР"))));

    @Test
    void finalAnswerGreetsTheResidentByNameAndCarriesNumberDepartmentAndText() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.FINAL, APPEAL, "Мария", ROADS,
                "Яма на ул. Мира заделана."));

        assertThat(text).isEqualTo("Здравствуйте, Мария! Обращение № 5d0c8c1a. " + ROADS + ": Яма на ул. Мира заделана.");
    }

    @Test
    void interimAnswerSaysItIsInterim() {
        String text = renderer.render(new ReplyFacts(Channel.TELEGRAM, AnswerKind.INTERIM, APPEAL, "Мария", ROADS,
                "Работы запланированы."));

        assertThat(text).startsWith("Здравствуйте, Мария! Промежуточный ответ").contains("Работы запланированы.");
    }

    @Test
    void greetsWithoutANameWhenTheResidentGaveNoneAndNamesNoDepartmentWhenTheAnswerHasNone() {
        String text = renderer.render(new ReplyFacts(Channel.POS, AnswerKind.FINAL, APPEAL, "  ", null, "Готово."));

        assertThat(text).isEqualTo("Здравствуйте! Обращение № 5d0c8c1a. Ответственное подразделение: Готово.");
    }

    @Test
    void aChannelsOwnTemplateWinsOverTheCommonOne() {
        String text = renderer.render(new ReplyFacts(Channel.EMAIL, AnswerKind.FINAL, APPEAL, "Иван", ROADS, "Готово."));

        assertThat(text).isEqualTo("Здравствуйте, Иван!\n\nГотово.\n\nС уважением, ЦУР");
    }

    @Test
    void placeholdersInsideTheAnswerTextOrTheNameAreNotFilledIn() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.FINAL, APPEAL, "{text}", ROADS,
                "Шаблон {greeting} и {number} остаётся как есть"));

        assertThat(text).isEqualTo("Здравствуйте, {text}! Обращение № 5d0c8c1a. " + ROADS
                + ": Шаблон {greeting} и {number} остаётся как есть");
    }

    @Test
    void theServicesOwnTemplatesRenderEveryChannelAndKindInRussian() {
        var templates = ConfiguredTemplates.load();
        var configured = new ReplyRenderer(templates);
        for (Channel channel : Channel.values()) {
            String interim = configured.render(new ReplyFacts(channel, AnswerKind.INTERIM, APPEAL, "Мария", ROADS, "Ждите."));
            String answer = configured.render(new ReplyFacts(channel, AnswerKind.FINAL, APPEAL, "Мария", ROADS, "Готово."));

            assertThat(interim).contains("Здравствуйте, Мария!", "5d0c8c1a", ROADS, "Ждите.", "промежуточный ответ")
                    .doesNotContain("{");
            assertThat(answer).contains("Здравствуйте, Мария!", "5d0c8c1a", ROADS, "Готово.")
                    .doesNotContain("промежуточный", "{");
        }
    }
}
