package org.appeals.console.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformProblem;
import org.junit.jupiter.api.Test;

class KeyFormsTest {

    @Test
    void asksForAChannelKeyWithItsChannelOnly() {
        IssueForm form = new IssueForm(" vk-adapter ", "CHANNEL", "VK", "left-over-dept");

        assertThat(form.body()).containsExactly(Map.entry("client", "vk-adapter"), Map.entry("role", "CHANNEL"),
                Map.entry("channel", "VK"));
        assertThat(form.missing()).isEmpty();
    }

    @Test
    void asksForADepartmentKeyWithTheDepartmentsAsTyped() {
        IssueForm form = new IssueForm("roads-system", "DEPARTMENT", "VK", "mikhailovka-roads, kamyshin-roads;"
                + " mikhailovka-roads\nfrolovo-roads");

        assertThat(form.body()).containsExactly(Map.entry("client", "roads-system"), Map.entry("role", "DEPARTMENT"),
                Map.entry("departments", List.of("mikhailovka-roads", "kamyshin-roads", "frolovo-roads")));
    }

    @Test
    void asksForARegionWideKeyWithoutChannelOrDepartments() {
        assertThat(new IssueForm("ops", "OPERATOR", "VK", "x").body()).containsOnlyKeys("client", "role");
        assertThat(new IssueForm("ops", "ADMIN", "", "").body()).containsOnlyKeys("client", "role");
    }

    @Test
    void saysBesideTheFieldsWhatANewKeyLacks() {
        assertThat(new IssueForm("", "CHANNEL", "", "").missing()).containsOnlyKeys("key-client", "key-channel");
        assertThat(new IssueForm("x", "DEPARTMENT", "", " , ").missing()).containsOnlyKeys("key-departments");
        assertThat(new IssueForm("x", "", null, null).missing()).containsOnlyKeys("key-role");
    }

    @Test
    void rotatesWithTheGraceAskedOrTheGatewaysDefault() {
        assertThat(Rotation.body(6)).containsExactly(Map.entry("graceHours", 6));
        assertThat(Rotation.body(null)).containsExactly(Map.entry("graceHours", 24));
    }

    @Test
    void putsARefusalBesideTheControlTheGatewayNames() {
        List<Map.Entry<String, String>> words = List.of(Map.entry("\"client\"", "key-client"),
                Map.entry("\"channel\"", "key-channel"), Map.entry("epartment", "key-departments"));

        assertThat(KeyRefusals.control(new PlatformProblem(400,
                "\"client\" names the key's owner: 1-64 letters, digits, '.', '_' or '-'."), words, "key-issue"))
                .isEqualTo("key-client");
        assertThat(KeyRefusals.control(new PlatformProblem(400,
                "A department id is made of lower-case letters, digits and dashes."), words, "key-issue"))
                .isEqualTo("key-departments");
        assertThat(KeyRefusals.control(new PlatformProblem(503, null), words, "key-issue")).isEqualTo("key-issue");
        assertThat(KeyRefusals.alert(new PlatformProblem(409, "This key is revoked or expired; issue a new one.")))
                .startsWith("Ключ уже заменён").endsWith("(This key is revoked or expired; issue a new one.)");
    }
}
