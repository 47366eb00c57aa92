package org.appeals.notification.address;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.PersonalDataErased;
import org.appeals.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases the appeal's reply address when intake erased the resident's personal data; the offset is committed only
 * after that is stored. Erasing twice gives the same result, so a replay does no harm; a record that cannot be read or
 * lacks its appeal or reason goes to the dead-letter topic like every listener's.
 */
@Component
class ErasedListener {

    private static final Logger log = LoggerFactory.getLogger(ErasedListener.class);

    private final ReplyAddresses addresses;

    ErasedListener(ReplyAddresses addresses) {
        this.addresses = addresses;
    }

    @KafkaListener(topics = Topics.APPEALS_PERSONAL_DATA_ERASED,
            properties = "spring.json.value.default.type=org.appeals.contracts.PersonalDataErased")
    void on(PersonalDataErased erased) {
        require(erased.appealId(), "appealId");
        require(erased.reason(), "reason");
        require(erased.occurredAt(), "occurredAt");
        addresses.erase(erased.appealId(), erased.reason(), erased.occurredAt());
        log.info("reply address of appeal {} erased ({})", erased.appealId(), erased.reason());
    }
}
