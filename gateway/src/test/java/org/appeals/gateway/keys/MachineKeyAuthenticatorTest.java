package org.appeals.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MachineKeyAuthenticatorTest {

    static final KeyProperties PROPERTIES = new KeyProperties(Duration.ofSeconds(5), Duration.ofMinutes(1), 24, 720);
    static final Actor ADMIN = new Actor("platform-admin", "ADMIN");

    final InMemoryKeyStore store = new InMemoryKeyStore();
    final MachineKeyAuthenticator authenticator = new MachineKeyAuthenticator(store, Clock.systemUTC(), PROPERTIES,
            false);
    final KeyAdministration administration = new KeyAdministration(store, authenticator, Clock.systemUTC(),
            PROPERTIES);

    @Test
    void anIssuedKeyStandsForItsOwnerRoleAndScopeAndIsStoredOnlyAsADigest() {
        String key = administration.issue(new KeyRequests.Issue("roads-system", "DEPARTMENT", null,
                List.of("mikhailovka-roads", "mikhailovka-housing")), ADMIN).key();

        Identity identity = authenticator.authenticate(key).orElseThrow();

        assertThat(identity.id()).isEqualTo("roads-system");
        assertThat(identity.kind()).isEqualTo(Kind.MACHINE);
        assertThat(identity.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(identity.departments()).containsExactlyInAnyOrder("mikhailovka-roads", "mikhailovka-housing");
        assertThat(identity.fingerprint()).startsWith("key-").isNotEqualTo(key);
        assertThat(store.keys.values()).singleElement().satisfies(stored -> {
            assertThat(stored.digest()).hasSize(64).isNotEqualTo(key);
            assertThat(stored.toString()).doesNotContain(key);
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"unknown", "apk_", "demo-admin", "demo-dept-mikhailovka-roads"})
    void missingUnknownAndDemoKeysStandForNobodyOutsideDemoMode(String presented) {
        DemoKeys.seed(store, Clock.systemUTC());

        assertThat(authenticator.authenticate(presented)).isEmpty();
    }

    @Test
    void inDemoModeTheSeededKeysAndDemoDepartmentKeysWorkWithoutAnyLookupForTheLatter() {
        MachineKeyAuthenticator demo = new MachineKeyAuthenticator(store, Clock.systemUTC(), PROPERTIES, true);
        DemoKeys.seed(store, Clock.systemUTC());
        DemoKeys.seed(store, Clock.systemUTC());

        assertThat(store.keys).hasSize(8);
        assertThat(store.actions).hasSize(8);
        assertThat(demo.authenticate("demo-operator")).get().satisfies(operator -> {
            assertThat(operator.role()).isEqualTo(Role.OPERATOR);
            assertThat(operator.regionWide()).isTrue();
        });
        int lookups = store.lookups;
        assertThat(demo.authenticate("demo-dept-volgograd-housing")).get()
                .extracting(Identity::role, Identity::departments)
                .containsExactly(Role.DEPARTMENT, java.util.Set.of("volgograd-housing"));
        assertThat(demo.authenticate("demo-dept-Volgograd Housing")).isEmpty();
        assertThat(store.lookups).isEqualTo(lookups);
    }

    @Test
    void aKnownKeyIsLookedUpOnceWithinTheCacheTimeAndItsUseRecordedOnce() {
        String key = administration.issue(new KeyRequests.Issue("vk", "CHANNEL", "VK", null), ADMIN).key();

        authenticator.authenticate(key);
        authenticator.authenticate(key);
        authenticator.authenticate(key);

        assertThat(store.lookups).isEqualTo(1);
        assertThat(store.keys.values()).singleElement().satisfies(k -> assertThat(k.lastUsedAt()).isNotNull());
    }

    @Test
    void aRevokedKeyStopsAtOnceOnThisInstance() {
        var issued = administration.issue(new KeyRequests.Issue("vk", "CHANNEL", "VK", null), ADMIN);
        assertThat(authenticator.authenticate(issued.key())).isPresent();

        administration.revoke(issued.id(), ADMIN);

        assertThat(authenticator.authenticate(issued.key())).isEmpty();
        assertThat(store.actions).extracting(KeyAction::action)
                .containsExactly(KeyAction.Type.REVOKED, KeyAction.Type.ISSUED);
    }
}
