package org.appeals.console.card;

import java.util.List;
import org.appeals.console.deliveries.DeliveryRow;

/**
 * The deliveries part of the card: shown to the regional centre and admins only (notification does not filter them
 * by municipality, so an МЦУ operator is not asked). {@code note} says why there are none when that is not simply
 * "nothing sent yet".
 */
record CardDeliveries(boolean shown, List<DeliveryRow> rows, String note) {

    static final CardDeliveries HIDDEN = new CardDeliveries(false, List.of(), null);

    static CardDeliveries of(List<DeliveryRow> rows) {
        return new CardDeliveries(true, rows, rows.isEmpty() ? "Ответов и уведомлений заявителю ещё не было." : null);
    }

    /** Notification did not answer: the card still shows the appeal, and says what is missing. */
    static CardDeliveries unavailable(String message) {
        return new CardDeliveries(true, List.of(), "Доставки не получены: " + message);
    }
}
