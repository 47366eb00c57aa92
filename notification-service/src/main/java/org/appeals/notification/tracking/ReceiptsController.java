package org.appeals.notification.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.Receipt;
import org.appeals.notification.delivery.ReceiptStatus;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.PathIds;
import org.appeals.support.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/deliveries/{deliveryId}/receipt}: a channel adapter reports whether it could post a reply.
 * Only the key of the delivery's own channel may; another channel's delivery is 404, as if it did not exist. The
 * first receipt counts; the same one again is answered alike, a different one is a 409.
 */
@RestController
class ReceiptsController {

    private static final Logger log = LoggerFactory.getLogger(ReceiptsController.class);
    static final int MAX_REASON_LENGTH = 500;

    private final Deliveries deliveries;
    private final ReceiptMetrics metrics;
    private final Clock clock;

    ReceiptsController(Deliveries deliveries, ReceiptMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping("/api/v1/deliveries/{deliveryId}/receipt")
    ReceiptView report(Caller caller, @PathVariable("deliveryId") String deliveryId,
                       @RequestBody(required = false) ReceiptRequest request) {
        caller.requireRole(Role.CHANNEL);
        UUID id = PathIds.parse(deliveryId, ReceiptsController::notFound);
        Delivery delivery = deliveries.find(id).filter(d -> caller.isChannel(
                d.channel() == null ? null : d.channel().name())).orElseThrow(ReceiptsController::notFound);
        Receipt receipt = validated(request, clock.instant());
        return deliveries.recordReceipt(id, receipt).map(recorded -> {
            metrics.received(recorded, receipt);
            log.info("receipt {} for delivery {} from {}", receipt.status(), id, delivery.channel());
            return ReceiptView.of(recorded);
        }).orElseGet(() -> repeated(id, receipt));
    }

    /** A second receipt: the same answer as the first if it says the same, else a conflict. */
    private ReceiptView repeated(UUID id, Receipt receipt) {
        Delivery delivery = deliveries.find(id).orElseThrow(ReceiptsController::notFound);
        if (delivery.receipt() == null) { // an operator re-sent it in between: this receipt is for the old round
            throw ApiException.conflict("Delivery " + id + " was just sent again; report on the new attempt.");
        }
        if (delivery.receipt().status() != receipt.status()) {
            throw ApiException.conflict("Delivery " + id + " already has a " + delivery.receipt().status() + " receipt.");
        }
        return ReceiptView.of(delivery);
    }

    private static Receipt validated(ReceiptRequest request, Instant now) {
        if (request == null || request.status() == null) {
            throw ApiException.badRequest("A receipt needs a status, DELIVERED or FAILED.");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw ApiException.badRequest("The reason may have at most " + MAX_REASON_LENGTH + " characters.");
        }
        return new Receipt(request.status(), reason, now);
    }

    private static ApiException notFound() {
        return ApiException.notFound("This channel has no such delivery.");
    }

    /** The request body; {@code reason} is technical ("chat blocked the bot"), never the resident's data. */
    record ReceiptRequest(ReceiptStatus status, String reason) {
    }

    /** The response body. */
    record ReceiptView(UUID deliveryId, ReceiptStatus status, String reason, Instant receivedAt) {

        static ReceiptView of(Delivery delivery) {
            Receipt receipt = delivery.receipt();
            return new ReceiptView(delivery.id(), receipt.status(), receipt.reason(), receipt.at());
        }
    }
}
