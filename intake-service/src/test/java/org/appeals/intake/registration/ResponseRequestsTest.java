package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResponseKind;
import org.appeals.intake.registration.AppealRequest.FeedbackBody;
import org.appeals.intake.response.NewResponse;
import org.junit.jupiter.api.Test;

class ResponseRequestsTest {

    private final UUID appealId = UUID.randomUUID();

    @Test
    void aReplyWithoutFeedbackIsAClarification() {
        NewResponse reply = ResponseRequests.reply(reply("Дом 5, подъезд 2", null));

        assertThat(reply.kind()).isEqualTo(ResponseKind.CLARIFICATION);
        assertThat(reply.appealId()).isEqualTo(appealId);
        assertThat(reply.channel()).isEqualTo(Channel.VK);
        assertThat(reply.text()).isEqualTo("Дом 5, подъезд 2");
    }

    @Test
    void aReplyWithFeedbackIsFeedbackAndNeedsNoText() {
        NewResponse reply = ResponseRequests.reply(reply(null, new FeedbackBody(4, true)));

        assertThat(reply.kind()).isEqualTo(ResponseKind.FEEDBACK);
        assertThat(reply.rating()).isEqualTo(4);
        assertThat(reply.solved()).isTrue();
        assertThat(reply.text()).isNull();
    }

    @Test
    void aClarificationMustSaySomething() {
        assertThat(fields(() -> ResponseRequests.reply(reply("  ", null)))).containsExactly("text");
    }

    @Test
    void feedbackInAReplyRatesFromOneToFiveAndSaysWhetherItIsSolved() {
        assertThat(fields(() -> ResponseRequests.reply(reply(null, new FeedbackBody(0, null)))))
                .containsExactly("feedback.rating", "feedback.solved");
    }

    @Test
    void inReplyToMustBeAnAppealId() {
        var body = new AppealRequest("VK", "vk-1", "текст", null, null, null, null, null, "1-2-3-4-5", null);

        assertThat(fields(() -> ResponseRequests.reply(body))).containsExactly("inReplyTo");
    }

    @Test
    void feedbackNeedsARatingAndWhetherItIsSolved() {
        assertThat(fields(() -> ResponseRequests.feedback(appealId, null, new FeedbackRequest(6, null, null, null))))
                .containsExactly("rating", "solved");
        assertThat(fields(() -> ResponseRequests.feedback(appealId, null, new FeedbackRequest(null, true, null, null))))
                .containsExactly("rating");
    }

    @Test
    void feedbackWithBlankTextOrExternalIdHasNone() {
        NewResponse feedback = ResponseRequests.feedback(appealId, Channel.OK, new FeedbackRequest(5, true, " ", ""));

        assertThat(feedback.text()).isNull();
        assertThat(feedback.externalId()).isNull();
        assertThat(feedback.channel()).isEqualTo(Channel.OK);
    }

    @Test
    void theCheckedResponseDoesNotPrintTheResidentsWords() {
        assertThat(ResponseRequests.reply(reply("Дом 5, подъезд 2", null)).toString()).doesNotContain("подъезд");
    }

    private AppealRequest reply(String text, FeedbackBody feedback) {
        return new AppealRequest("VK", "vk-comment-1", text, null, null, null, null, null, appealId.toString(),
                feedback);
    }

    private static java.util.List<String> fields(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var failure = catchThrowableOfType(InvalidAppealException.class, call);
        assertThat(failure).as("expected the body to be refused").isNotNull();
        return failure.violations().stream().map(FieldViolation::field).toList();
    }
}
