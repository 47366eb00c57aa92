package org.appeals.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRegistryTest {

    static final KeyProperties.Key VK = new KeyProperties.Key("s3cret-vk", "vk-adapter", Role.CHANNEL, "VK");
    static final KeyProperties.Key OPERATOR = new KeyProperties.Key("s3cret-op", "console", Role.OPERATOR, "VK");
    static final KeyProperties.Key ROADS =
            new KeyProperties.Key("s3cret-roads", "roads-system", Role.DEPARTMENT, "mikhailovka-roads");

    final KeyRegistry registry = registry(false, VK, OPERATOR, ROADS);

    @Test
    void aConfiguredKeyStandsForItsClientRoleAndScope() {
        assertThat(registry.authenticate("s3cret-vk")).hasValueSatisfying(client -> {
            assertThat(client.client()).isEqualTo("vk-adapter");
            assertThat(client.role()).isEqualTo(Role.CHANNEL);
            assertThat(client.scope()).isEqualTo("VK");
        });
        assertThat(registry.authenticate("s3cret-roads")).get()
                .extracting(ApiClient::role, ApiClient::scope)
                .containsExactly(Role.DEPARTMENT, "mikhailovka-roads");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"unknown", "s3cret-v", "s3cret-vkx", "S3CRET-VK", " s3cret-vk"})
    void missingUnknownOrAlmostRightKeysStandForNobody(String presented) {
        assertThat(registry.authenticate(presented)).isEmpty();
    }

    @Test
    void staffKeysCarryNoScopeEvenWhenOneIsConfigured() {
        assertThat(registry.authenticate("s3cret-op")).get().extracting(ApiClient::scope).isNull();
    }

    @Test
    void fingerprintsTellKeysApartWithoutShowingThem() {
        String vk = registry.authenticate("s3cret-vk").orElseThrow().fingerprint();
        String roads = registry.authenticate("s3cret-roads").orElseThrow().fingerprint();

        assertThat(vk).doesNotContain("s3cret").isNotEqualTo(roads);
        assertThat(registry.authenticate("s3cret-vk").orElseThrow().fingerprint()).isEqualTo(vk);
    }

    @Test
    void demoDepartmentKeysStandForNobodyUnlessEnabled() {
        assertThat(registry.authenticate("demo-dept-volgograd-housing")).isEmpty();

        KeyRegistry demo = registry(true, VK);
        assertThat(demo.authenticate("demo-dept-volgograd-housing")).get()
                .extracting(ApiClient::role, ApiClient::scope)
                .containsExactly(Role.DEPARTMENT, "volgograd-housing");
        assertThat(demo.authenticate("s3cret-vk")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-dept-", "demo-dept-Volgograd-housing", "demo-dept-a/b", "demo-dept-a b",
            "demo-dept-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "demo-dept"})
    void demoDepartmentKeysNeedAWellFormedDepartmentId(String presented) {
        assertThat(registry(true).authenticate(presented)).isEmpty();
    }

    @Test
    void configurationWithBadKeysIsRefusedAtStartWithoutShowingTheKey() {
        var unknownChannel = new KeyProperties.Key("k-1", "x", Role.CHANNEL, "MAX");
        var badDepartment = new KeyProperties.Key("k-2", "x", Role.DEPARTMENT, "Roads Dept");
        var noRole = new KeyProperties.Key("k-3", "x", null, null);
        var blank = new KeyProperties.Key(" ", "x", Role.ADMIN, null);
        var twice = new KeyProperties.Key("s3cret-vk", "other", Role.ADMIN, null);

        assertThatThrownBy(() -> registry(false, unknownChannel)).hasMessageContaining("scope").hasMessageNotContaining("k-1");
        assertThatThrownBy(() -> registry(false, badDepartment)).hasMessageContaining("scope");
        assertThatThrownBy(() -> registry(false, noRole)).hasMessageContaining("role");
        assertThatThrownBy(() -> registry(false, blank)).hasMessageContaining("key is empty");
        assertThatThrownBy(() -> registry(false, VK, twice)).hasMessageContaining("issued twice")
                .hasMessageNotContaining("s3cret");
    }

    private static KeyRegistry registry(boolean demoDepartmentKeys, KeyProperties.Key... keys) {
        return new KeyRegistry(new KeyProperties(List.of(keys), demoDepartmentKeys));
    }
}
