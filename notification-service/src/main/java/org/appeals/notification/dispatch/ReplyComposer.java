package org.appeals.notification.dispatch;

import org.appeals.contracts.OutboundReply;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.channel.ChannelMessage;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.render.ReplyFacts;
import org.appeals.notification.render.ReplyRenderer;
import org.springframework.stereotype.Component;

/** Builds the message an adapter receives. The same delivery always gives the same body, whatever the attempt. */
@Component
class ReplyComposer {

    private final ReplyRenderer renderer;

    ReplyComposer(ReplyRenderer renderer) {
        this.renderer = renderer;
    }

    ChannelMessage compose(Delivery delivery, ReplyAddress address) {
        var facts = new ReplyFacts(address.channel(), delivery.answerKind(), delivery.appealId(),
                address.authorName(), delivery.departmentName(), delivery.answerText(), delivery.promisedBy(),
                address.registrationNumber(), address.accessCode());
        String text = delivery.notice() == null ? renderer.render(facts) : renderer.render(delivery.notice(), facts);
        var reply = new OutboundReply(OutboundReply.SCHEMA_VERSION, delivery.id(), delivery.appealId(),
                delivery.createdAt(), address.channel(), address.replyTo(), delivery.answerKind(),
                delivery.departmentName(), text);
        return new ChannelMessage(reply, renderer.parts(facts, address.replyTo(), text), delivery.notice());
    }
}
