package org.appeals.notification.tracking;

import java.util.List;
import java.util.UUID;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.PathIds;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/appeals/{appealId}/deliveries}: the regional centre's operators and admins only. */
@RestController
class DeliveriesController {

    private final Deliveries deliveries;
    private final ReplyAddresses addresses;

    DeliveriesController(Deliveries deliveries, ReplyAddresses addresses) {
        this.deliveries = deliveries;
        this.addresses = addresses;
    }

    @GetMapping("/api/v1/appeals/{appealId}/deliveries")
    AppealDeliveries list(Caller caller, @PathVariable("appealId") String appealId) {
        // not filtered by municipality yet, so a municipal centre's operator sees none (the gateway refuses too)
        caller.requireWholeRegion();
        UUID id = PathIds.parse(appealId, DeliveriesController::unknownAppeal);
        List<DeliveryView> views = deliveries.forAppeal(id).stream().map(DeliveryView::of).toList();
        if (views.isEmpty() && addresses.find(id).isEmpty()) {
            throw unknownAppeal();
        }
        return new AppealDeliveries(id, views);
    }

    private static ApiException unknownAppeal() {
        return ApiException.notFound("The notification service knows no such appeal.");
    }

    /** The response body. */
    record AppealDeliveries(UUID appealId, List<DeliveryView> deliveries) {
    }
}
