package org.appeals.notification.tracking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Attempt;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryState;
import org.appeals.notification.delivery.Receipt;
import org.appeals.notification.delivery.Resend;
import org.appeals.notification.render.Notice;

/** A delivery as staff see it: no reply address and no text, which are the resident's. */
record DeliveryView(UUID deliveryId, UUID appealId, UUID answerId, AnswerKind answerKind, Notice notice,
                    String departmentName, Channel channel, DeliveryState state, int attemptCount,
                    List<Attempt> attempts, String detail, Instant createdAt, Instant finishedAt, int resends,
                    Receipt receipt, List<Resend> resentBy) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.appealId(), delivery.answerId(), delivery.answerKind(),
                delivery.notice(), delivery.departmentName(), delivery.channel(), delivery.state(),
                delivery.attemptCount(), delivery.attempts(), delivery.detail(), delivery.createdAt(),
                delivery.finishedAt(), delivery.resends(), delivery.receipt(), delivery.resentBy());
    }
}
