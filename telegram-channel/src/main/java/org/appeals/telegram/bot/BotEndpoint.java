package org.appeals.telegram.bot;

/**
 * Where the Bot API is and the bot's token: {@code <apiUrl>/bot<token>/<method>} and files at
 * {@code <apiUrl>/file/bot<token>/<file_path>} (https://core.telegram.org/bots/api#making-requests,
 * https://core.telegram.org/bots/api#getfile). {@code fake} when the demo's local fake stands in for Telegram.
 */
public record BotEndpoint(String apiUrl, String token, boolean fake) {

    String methodUrl(String method) {
        return apiUrl + "/bot" + token + "/" + method;
    }

    String fileUrl(String filePath) {
        return apiUrl + "/file/bot" + token + "/" + filePath;
    }

    /** Leaves out the token: it is the bot's password. */
    @Override
    public String toString() {
        return "BotEndpoint[" + apiUrl + (fake ? ", local fake" : "") + "]";
    }
}
