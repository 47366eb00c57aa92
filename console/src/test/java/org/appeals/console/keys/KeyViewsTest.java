package org.appeals.console.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KeyViewsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void listsAChannelKeyWithItsScopeUseAndStatusInRussian() {
        KeyRow row = KeyRow.of(json("""
                {"id":"key-0123456789abcdef","client":"vk-adapter","role":"CHANNEL","channel":"VK","status":"ACTIVE",
                 "createdAt":"2026-12-04T09:00:00Z","createdBy":{"id":"platform-admin","role":"ADMIN"},
                 "lastUsedAt":"2026-12-04T10:30:00Z"}"""));

        assertThat(row.client()).isEqualTo("vk-adapter");
        assertThat(row.role()).isEqualTo("канал");
        assertThat(row.scope()).isEqualTo("канал ВКонтакте");
        assertThat(row.created()).isEqualTo("4 декабря 2026, 12:00");
        assertThat(row.createdBy()).isEqualTo("platform-admin (администратор)");
        assertThat(row.lastUsed()).isEqualTo("4 декабря 2026, 13:30");
        assertThat(row.statusName()).isEqualTo("действует");
        assertThat(row.expires()).isEmpty();
        assertThat(row.rotatable()).isTrue();
        assertThat(row.revocable()).isTrue();
    }

    @Test
    void listsADepartmentKeyInItsGracePeriodAsRevocableButNotRotatable() {
        KeyRow row = KeyRow.of(json("""
                {"id":"key-1","client":"roads-system","role":"DEPARTMENT",
                 "departments":["mikhailovka-roads","kamyshin-roads"],"status":"EXPIRING",
                 "expiresAt":"2026-12-05T09:00:00Z","rotatedTo":"key-2","createdAt":"2026-12-01T09:00:00Z"}"""));

        assertThat(row.scope()).isEqualTo("ведомства: mikhailovka-roads, kamyshin-roads");
        assertThat(row.statusName()).startsWith("заменён");
        assertThat(row.expires()).isEqualTo("5 декабря 2026, 12:00");
        assertThat(row.rotatedTo()).isEqualTo("key-2");
        assertThat(row.lastUsed()).as("never used: left out of the JSON").isEmpty();
        assertThat(row.rotatable()).isFalse();
        assertThat(row.revocable()).isTrue();
    }

    @Test
    void listsARegionWideRevokedKeyAsFinished() {
        KeyRow row = KeyRow.of(json("""
                {"id":"key-3","client":"ops-tool","role":"OPERATOR","status":"REVOKED",
                 "revokedAt":"2026-12-04T09:00:00Z"}"""));

        assertThat(row.scope()).isEqualTo("весь регион");
        assertThat(row.role()).isEqualTo("оператор ЦУР");
        assertThat(row.statusName()).isEqualTo("отозван");
        assertThat(row.rotatable()).isFalse();
        assertThat(row.revocable()).isFalse();
    }

    @Test
    void keepsTheNewSecretOutOfItsTextForm() {
        NewKey key = NewKey.of(json("""
                {"id":"key-9","key":"apk_secret-value","client":"vk-adapter","role":"CHANNEL","channel":"VK",
                 "rotatedFrom":"key-8"}"""));

        assertThat(key.secret()).isEqualTo("apk_secret-value");
        assertThat(key.scope()).isEqualTo("канал ВКонтакте");
        assertThat(key.rotatedFrom()).isEqualTo("key-8");
        assertThat(key.toString()).doesNotContain("apk_secret-value").contains("key-9");
        assertThat(key).isNotInstanceOf(java.io.Serializable.class);
    }

    @Test
    void readsTheKeyAuditInWords() {
        KeyActionRow rotated = KeyActionRow.of(json("""
                {"at":"2026-12-04T09:00:00Z","action":"ROTATED","keyId":"key-1","client":"vk-adapter",
                 "actor":{"id":"platform-admin","role":"ADMIN"},"detail":"new key key-2, old key valid 24 h"}"""));
        KeyActionRow issued = KeyActionRow.of(json("""
                {"at":"2026-12-04T09:00:00Z","action":"ISSUED","keyId":"key-1","client":"vk-adapter",
                 "actor":{"id":"platform-admin","role":"ADMIN"},"detail":"role CHANNEL"}"""));
        KeyActionRow revoked = KeyActionRow.of(json("""
                {"at":"2026-12-04T09:00:00Z","action":"REVOKED","keyId":"key-1","client":"vk-adapter",
                 "actor":{"id":"platform-admin","role":"ADMIN"}}"""));

        assertThat(rotated.action()).isEqualTo("заменён");
        assertThat(rotated.detail()).isEqualTo("новый ключ key-2, старый действует ещё 24 ч");
        assertThat(rotated.actor()).isEqualTo("platform-admin (администратор)");
        assertThat(issued.detail()).isEqualTo("роль: канал");
        assertThat(revoked.action()).isEqualTo("отозван");
        assertThat(revoked.detail()).isEmpty();
    }
}
