package org.appeals.notification.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

    static final UUID APPEAL = UUID.fromString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11");
    static final String ROADS = "Отдел дорожного хозяйства администрации городского округа город Михайловка";

    static final LocalDate DECEMBER_12 = LocalDate.of(2026, 12, 12);

    final ReplyRenderer renderer = new ReplyRenderer(new TemplatesProperties("Здравствуйте, {name}!", "Здравствуйте!",
            "Ответственное подразделение", "Окончательный ответ будет дан {promised}",
            "Окончательный ответ последует.",
            Map.of(AnswerKind.FINAL, "{greeting} Обращение № {number}. {department}: {text}",
                    AnswerKind.INTERIM, "{greeting} Промежуточный ответ по обращению № {number}. {department}: {text} {promise}",
                    AnswerKind.CLARIFICATION, "{greeting} По обращению № {number} {department} просит уточнить: {text}"),
            Map.of(Channel.EMAIL, Map.of(AnswerKind.FINAL, "{greeting}\n\n{text}\n\nС уважением, ЦУР"))),
            new RenderProperties("", Map.of(), null));

    @Test
    void finalAnswerGreetsTheResidentByNameAndCarriesNumberDepartmentAndText() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.FINAL, APPEAL, "Мария", ROADS,
                "Яма на ул. Мира заделана.", null));

        assertThat(text).isEqualTo("Здравствуйте, Мария! Обращение № 5d0c8c1a. " + ROADS + ": Яма на ул. Мира заделана.");
    }

    @Test
    void aRegisteredAppealIsCalledByItsRegistrationNumber() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.FINAL, APPEAL, "Мария", ROADS,
                "Яма на ул. Мира заделана.", null, "34-2026-004217"));

        assertThat(text).isEqualTo("Здравствуйте, Мария! Обращение № 34-2026-004217. " + ROADS
                + ": Яма на ул. Мира заделана.");
    }

    @Test
    void interimAnswerSaysItIsInterim() {
        String text = renderer.render(new ReplyFacts(Channel.TELEGRAM, AnswerKind.INTERIM, APPEAL, "Мария", ROADS,
                "Работы запланированы.", null));

        assertThat(text).startsWith("Здравствуйте, Мария! Промежуточный ответ").contains("Работы запланированы.");
    }

    @Test
    void greetsWithoutANameWhenTheResidentGaveNoneAndNamesNoDepartmentWhenTheAnswerHasNone() {
        String text = renderer.render(new ReplyFacts(Channel.POS, AnswerKind.FINAL, APPEAL, "  ", null, "Готово.",
                null));

        assertThat(text).isEqualTo("Здравствуйте! Обращение № 5d0c8c1a. Ответственное подразделение: Готово.");
    }

    @Test
    void aChannelsOwnTemplateWinsOverTheCommonOne() {
        String text = renderer.render(new ReplyFacts(Channel.EMAIL, AnswerKind.FINAL, APPEAL, "Иван", ROADS, "Готово.",
                null));

        assertThat(text).isEqualTo("Здравствуйте, Иван!\n\nГотово.\n\nС уважением, ЦУР");
    }

    @Test
    void placeholdersInsideTheAnswerTextOrTheNameAreNotFilledIn() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.FINAL, APPEAL, "{text}", ROADS,
                "Шаблон {greeting} и {number} остаётся как есть", null));

        assertThat(text).isEqualTo("Здравствуйте, {text}! Обращение № 5d0c8c1a. " + ROADS
                + ": Шаблон {greeting} и {number} остаётся как есть");
    }

    @Test
    void interimAnswerWithAPromisedDateNamesTheDateInRussian() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.INTERIM, APPEAL, "Мария", ROADS,
                "Работы запланированы.", DECEMBER_12));

        assertThat(text).isEqualTo("Здравствуйте, Мария! Промежуточный ответ по обращению № 5d0c8c1a. " + ROADS
                + ": Работы запланированы. Окончательный ответ будет дан до 12 декабря 2026 г.");
    }

    @Test
    void interimAnswerWithoutAPromisedDateSaysTheFinalAnswerFollowsWithoutADate() {
        String text = renderer.render(new ReplyFacts(Channel.VK, AnswerKind.INTERIM, APPEAL, "Мария", ROADS,
                "Работы запланированы.", null));

        assertThat(text).endsWith("Работы запланированы. Окончательный ответ последует.").doesNotContain("будет дан");
    }

    @Test
    void clarificationAsksTheResidentTheDepartmentsQuestion() {
        String text = renderer.render(new ReplyFacts(Channel.TELEGRAM, AnswerKind.CLARIFICATION, APPEAL, "Мария", ROADS,
                "Уточните, пожалуйста, номер дома.", null));

        assertThat(text).isEqualTo("Здравствуйте, Мария! По обращению № 5d0c8c1a " + ROADS
                + " просит уточнить: Уточните, пожалуйста, номер дома.");
    }

    @Test
    void theServicesOwnTemplatesRenderEveryChannelAndKindInRussian() {
        var configured = ConfiguredTemplates.renderer();
        for (Channel channel : Channel.values()) {
            String interim = configured.render(facts(channel, AnswerKind.INTERIM, "Ждите.", null));
            String answer = configured.render(facts(channel, AnswerKind.FINAL, "Готово.", null));
            String question = configured.render(facts(channel, AnswerKind.CLARIFICATION, "Какой номер дома?", null));

            assertThat(interim).contains("Здравствуйте, Мария!", "5d0c8c1a", ROADS, "Ждите.", "промежуточный ответ",
                    "Окончательный ответ будет направлен вам дополнительно.").doesNotContain("{");
            assertThat(answer).contains("Здравствуйте, Мария!", "5d0c8c1a", ROADS, "Готово.")
                    .doesNotContain("промежуточный", "{");
            assertThat(question).contains("Здравствуйте, Мария!", "5d0c8c1a", ROADS + " просит уточнить",
                    "Какой номер дома?", "ответьте на это").doesNotContain("промежуточный", "{");
        }
    }

    @Test
    void theServicesOwnInterimTemplatesGiveThePromisedDateInOneSentence() {
        var configured = ConfiguredTemplates.renderer();
        for (Channel channel : Channel.values()) {
            String interim = configured.render(facts(channel, AnswerKind.INTERIM, "Ждите.", LocalDate.of(2027, 3, 1)));

            assertThat(interim).contains("Окончательный ответ будет дан до 1 марта 2027 г.")
                    .doesNotContain("дополнительно", "г..", "{");
        }
    }

    private static ReplyFacts facts(Channel channel, AnswerKind kind, String text, LocalDate promisedBy) {
        return new ReplyFacts(channel, kind, APPEAL, "Мария", ROADS, text, promisedBy);
    }

    /** The service's templates and limits, with public pages under {@code publicUrl}. */
    private static ReplyRenderer withPublicPages(String publicUrl) {
        RenderProperties configured = ConfiguredTemplates.renderProperties();
        return new ReplyRenderer(ConfiguredTemplates.load(), new RenderProperties(configured.feedbackUrlTemplate(),
                configured.limits(), configured.smsLimits(), publicUrl));
    }

    private static ReplyFacts numbered(Channel channel, AnswerKind kind) {
        return new ReplyFacts(channel, kind, APPEAL, "Мария", ROADS, "Готово.", null, "34-2026-004217", "K7M2QX9D");
    }

    @Test
    void theServicesNoticesGiveTheNumberOnRegistrationAndTheDepartmentOnAssignment() {
        var configured = ConfiguredTemplates.renderer();

        String registered = configured.render(Notice.REGISTERED, facts(Channel.TELEGRAM, null, null, null));
        String assigned = configured.render(Notice.ASSIGNED, facts(Channel.VK, null, null, null));

        assertThat(registered).contains("Здравствуйте, Мария!", "зарегистрировано, номер 5d0c8c1a").doesNotContain("{");
        assertThat(assigned).contains("№ 5d0c8c1a передано в подразделение «" + ROADS + "»").doesNotContain("{");
    }

    @Test
    void theServicesFinalAnswersCarryTheLinkToTheAppealsFeedbackPage() {
        var configured = withPublicPages("https://cur34.ru/");

        assertThat(configured.render(numbered(Channel.TELEGRAM, AnswerKind.FINAL)))
                .contains("Оцените, пожалуйста, ответ: https://cur34.ru/feedback/34-2026-004217?code=K7M2QX9D");
        assertThat(configured.render(numbered(Channel.EMAIL, AnswerKind.FINAL)))
                .contains("https://cur34.ru/feedback/34-2026-004217?code=K7M2QX9D");
    }

    @Test
    void theRegistrationNoticeGivesTheNumberTheAccessCodeAndTheStatusLink() {
        String registered = withPublicPages("https://cur34.ru").render(Notice.REGISTERED,
                numbered(Channel.TELEGRAM, null));
        String withoutPages = ConfiguredTemplates.renderer().render(Notice.REGISTERED, numbered(Channel.VK, null));

        assertThat(registered).contains("номер 34-2026-004217", "Код доступа к обращению: K7M2QX9D",
                "https://cur34.ru/appeal/34-2026-004217?code=K7M2QX9D").doesNotContain("{");
        assertThat(withoutPages).contains("номер 34-2026-004217", "Код доступа к обращению: K7M2QX9D.")
                .doesNotContain("http", "{");
    }

    @Test
    void theOldFeedbackTemplateServesWherePublicPagesCannot() {
        var both = new ReplyRenderer(ConfiguredTemplates.load(),
                new RenderProperties("https://old.example/f/{appealId}", Map.of(), null, "https://cur34.ru"));
        var templateOnly = new ReplyRenderer(ConfiguredTemplates.load(),
                new RenderProperties("https://old.example/f/{appealId}", Map.of(), null, ""));

        assertThat(both.render(numbered(Channel.VK, AnswerKind.FINAL)))
                .contains("https://cur34.ru/feedback/34-2026-004217?code=K7M2QX9D").doesNotContain("old.example");
        assertThat(both.render(facts(Channel.VK, AnswerKind.FINAL, "Готово.", null)))
                .as("an appeal from before numbers and codes").contains("https://old.example/f/" + APPEAL);
        assertThat(templateOnly.render(numbered(Channel.VK, AnswerKind.FINAL)))
                .contains("https://old.example/f/" + APPEAL);
    }

    @Test
    void withoutAFeedbackLinkTheFeedbackSentenceIsLeftOut() {
        var noLink = new ReplyRenderer(ConfiguredTemplates.load(), new RenderProperties("", java.util.Map.of(), null));

        assertThat(noLink.render(facts(Channel.TELEGRAM, AnswerKind.FINAL, "Готово.", null)))
                .doesNotContain("Оцените", "{");
    }

    @Test
    void aTelegramAnswerLongerThanOneMessageIsSplitIntoNumberedPartsOfAtMost4096Characters() {
        var configured = withPublicPages("https://cur34.ru");
        ReplyFacts facts = new ReplyFacts(Channel.TELEGRAM, AnswerKind.FINAL, APPEAL, "Мария", ROADS,
                "Работы выполнены в полном объёме. ".repeat(200), null, "34-2026-004217", "K7M2QX9D");
        String text = configured.render(facts);

        var parts = configured.parts(facts, Map.of(), text);

        assertThat(parts).hasSize(2).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).startsWith("(1/2) Здравствуйте, Мария!");
        assertThat(parts.get(1)).startsWith("(2/2) ").contains("https://cur34.ru/feedback/34-2026-004217?code=");
        assertThat(configured.parts(Channel.EMAIL, APPEAL, text)).containsExactly(text.strip());
    }

    @Test
    void aWebFormReplyToAPhoneOnlyGoesAsSmsPartsOfSeventyCyrillicCharacters() {
        String answer = "Яма на улице Мира у дома 5 заделана асфальтом 21 ноября. Работы приняты комиссией "
                + "администрации, гарантийный срок подрядчика два года.";

        var sms = renderer.parts(Channel.WEB, Map.of("phone", "+79020001122"), APPEAL, answer);
        var mail = renderer.parts(Channel.WEB, Map.of("phone", "+79020001122", "email", "a@example.org"), APPEAL,
                answer);

        assertThat(sms).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(70));
        assertThat(String.join(" ", sms)).contains("заделана", "гарантийный");
        assertThat(mail).as("e-mail has no length limit").containsExactly(answer);
    }
}
