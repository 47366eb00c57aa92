package org.appeals.ok.api;

/**
 * The OK the adapter talks to: the API's base URL and the group's token (never logged), the public webhook address
 * to subscribe (null: this process's own address, for the local fake), the secret path segment OK's calls carry, and
 * whether it is the local fake.
 */
public record OkConnection(String apiUrl, String accessToken, String webhookUrl, String webhookSecret, boolean fake) {

    @Override
    public String toString() {
        return "OkConnection[apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + ", fake=" + fake + "]";
    }
}
