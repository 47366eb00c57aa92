package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void theQuotedReplyAndItsAttributionGo() {
        String answer = "Дом 12, подъезд 2.\n\nOn Tue, 1 Dec 2026 at 10:00, Центр <appeals@cur.example> wrote:\n"
                + "> Уточните адрес, пожалуйста.\n>\n> С уважением";

        assertThat(QuotedText.strip(answer)).isEqualTo("Дом 12, подъезд 2.");
    }

    @Test
    void anOutlookStyleOriginalMessageIsCutAtItsMarker() {
        assertThat(QuotedText.strip("Спасибо, всё сделали.\n-----Original Message-----\nFrom: Центр"))
                .isEqualTo("Спасибо, всё сделали.");
    }

    @Test
    void aMailThatIsOnlyAQuoteStaysAsItWas() {
        assertThat(QuotedText.strip("> только цитата")).isEqualTo("> только цитата");
    }
}
