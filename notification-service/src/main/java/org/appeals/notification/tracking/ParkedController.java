package org.appeals.notification.tracking;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.Resend;
import org.appeals.support.idempotency.IdempotencyKey;
import org.appeals.support.idempotency.IdempotentWrites;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.PathIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parked deliveries, for the regional centre's operators and admins: {@code GET /api/v1/deliveries/parked?channel=&limit=} lists them,
 * {@code POST /api/v1/deliveries/{deliveryId}/resend} sends one again from its first attempt, with the same delivery
 * id, so an adapter that did get it after all can tell.
 */
@RestController
class ParkedController {

    private static final Logger log = LoggerFactory.getLogger(ParkedController.class);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final Deliveries deliveries;
    private final Clock clock;
    private final IdempotentWrites writes;

    ParkedController(Deliveries deliveries, Clock clock, IdempotentWrites writes) {
        this.writes = writes;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/deliveries/parked")
    ParkedDeliveries parked(Caller caller, @RequestParam(name = "channel", required = false) String channel,
                            @RequestParam(name = "limit", required = false) Integer limit) {
        requireStaff(caller);
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw ApiException.badRequest("The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        Channel only = channel == null || channel.isBlank() ? null : channel(channel);
        return new ParkedDeliveries(deliveries.parked(only, max).stream().map(DeliveryView::of).toList());
    }

    /**
     * With an {@code Idempotency-Key}, a retry gets the first answer and re-sends nothing; the request's id is kept
     * with the re-send, so even a retry whose first response was lost before it was stored re-sends nothing again
     * (and gets the delivery as it is now).
     */
    @PostMapping("/api/v1/deliveries/{deliveryId}/resend")
    ResponseEntity<?> resend(Caller caller, IdempotencyKey key, @PathVariable("deliveryId") String deliveryId) {
        requireStaff(caller);
        UUID id = PathIds.parse(deliveryId, ParkedController::unknownDelivery);
        return writes.run(caller, key, null,
                requestId -> ResponseEntity.accepted().body(DeliveryView.of(resend(caller, id, requestId))));
    }

    private Delivery resend(Caller caller, UUID id, UUID requestId) {
        if (requestId != null) {
            Optional<Delivery> done = deliveries.resentBy(id, requestId);
            if (done.isPresent()) {
                return done.get();
            }
        }
        Delivery resent = deliveries.resend(id, new Resend(caller.actor(), clock.instant()), requestId)
                .orElseThrow(() -> deliveries.find(id)
                        .map(d -> ApiException.conflict("Delivery " + id + " is " + d.state() + ", not parked."))
                        .orElseGet(ParkedController::unknownDelivery));
        log.info("delivery {} re-sent by {} ({}) (re-send {})", id, caller.clientId(), caller.role(), resent.resends());
        return resent;
    }

    /** Deliveries are not filtered by municipality yet, so a municipal centre's operator sees none of them. */
    private static void requireStaff(Caller caller) {
        caller.requireWholeRegion();
    }

    private static Channel channel(String code) {
        try {
            return Channel.valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Unknown channel " + code.strip() + ".");
        }
    }

    /** The response body of the list. */
    record ParkedDeliveries(List<DeliveryView> deliveries) {
    }

    private static ApiException unknownDelivery() {
        return ApiException.notFound("There is no such delivery.");
    }
}
