package org.appeals.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class Open311FormatTest {

    private final Open311Document document = new Open311Document("service_requests", "request",
            List.of(Fields.of("service_request_id", "42", "description", "<b>яма</b> & \"лужа\"", "lat", 50.06,
                    "address_id", null)));

    @Test
    void xmlEscapesTextAndWritesNullAsAnEmptyElement() {
        String xml = new String(Open311Format.XML.write(document), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>")
                .contains("<description>&lt;b&gt;яма&lt;/b&gt; &amp; \"лужа\"</description>")
                .contains("<lat>50.06</lat>")
                .contains("<address_id></address_id>")
                .endsWith("</request></service_requests>");
        assertThat(Open311Client.xml(xml).getDocumentElement().getTextContent()).contains("<b>яма</b>");
    }

    @Test
    void jsonIsAnArrayOfTheItemsWithNullsKept() {
        String json = new String(Open311Format.JSON.write(document), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("[{\"service_request_id\":\"42\",\"description\":\"<b>яма</b> & \\\"лужа\\\"\","
                + "\"lat\":50.06,\"address_id\":null}]");
    }

    @Test
    void errorsAreCodeAndDescription() {
        String json = new String(Open311Format.JSON.write(Open311Document.errors(400, List.of("a", "b"))),
                StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("[{\"code\":400,\"description\":\"a\"},{\"code\":400,\"description\":\"b\"}]");
    }

    @Test
    void onlyJsonAndXmlAreFormats() {
        assertThat(Open311Format.of("xml")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/requests/1.xml")).isEqualTo(Open311Format.XML);
        assertThat(Open311Format.ofPath("/open311/v2/requests.csv")).isEqualTo(Open311Format.JSON);
        assertThatThrownBy(() -> Open311Format.of("csv")).isInstanceOfSatisfying(Open311Exception.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }
}
