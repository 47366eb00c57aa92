package org.appeals.gateway.keys;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API keys the gateway accepts ({@code appeals.gateway.keys}) and whether {@code demo-dept-<departmentId>} keys
 * are accepted for any department ({@code appeals.gateway.demo-department-keys}, for demos only).
 */
@ConfigurationProperties("appeals.gateway")
record KeyProperties(List<Key> keys, boolean demoDepartmentKeys) {

    KeyProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** One issued key: the secret, the client it was issued to, its role and scope. */
    record Key(String key, String client, Role role, String scope) {
    }
}
