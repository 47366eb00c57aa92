package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void blocksBecomeLinesAndTagsScriptsAndStylesGo() {
        String html = "<html><head><title>x</title></head><body><script>alert(1)</script>"
                + "<div>Здравствуйте!</div><p>Не горит   фонарь<br>у дома&nbsp;3</p><!-- trace --><ul><li>раз</li>"
                + "<li>два</li></ul></body></html>";

        assertThat(HtmlText.of(html)).isEqualTo("Здравствуйте!\nНе горит фонарь\nу дома 3\nраз\nдва");
    }

    @Test
    void entitiesAreDecodedAndUnknownOnesKept() {
        assertThat(HtmlText.of("&laquo;Тест&raquo; &#1071; &#x44F; &lt;b&gt; &amp; &bogus;"))
                .isEqualTo("«Тест» Я я <b> & &bogus;");
    }

    @Test
    void unclosedParagraphsEndTheirLinesAndALessThanSignIsText() {
        assertThat(HtmlText.of("<p>Яма глубиной < 30 см<p>у дома 5<br/>подъезд 2"))
                .isEqualTo("Яма глубиной < 30 см\nу дома 5\nподъезд 2");
    }
}
