package org.appeals.vk.vkapi;

/** VK answered with {@code {"error": {"error_code": …, "error_msg": …}}}; the message never holds the token. */
public class VkApiException extends RuntimeException {

    private final int code;

    public VkApiException(int code, String vkMessage) {
        super("VK error " + code + ": " + vkMessage);
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** 6 too many requests per second, 9 flood control, 10 internal server error: worth another try later. */
    public boolean retryable() {
        return code == VkErrors.TOO_MANY_REQUESTS || code == VkErrors.FLOOD_CONTROL || code == VkErrors.INTERNAL;
    }

    /** 5 (and 27/28, the group's or app's key refused): nothing goes to VK until someone fixes the token. */
    public boolean authorization() {
        return code == VkErrors.AUTHORIZATION_FAILED || code == VkErrors.GROUP_AUTH_FAILED
                || code == VkErrors.APP_AUTH_FAILED;
    }

    /** 901/902: this resident cannot be written to; another attempt changes nothing. */
    public boolean recipientRefuses() {
        return code == VkErrors.NO_PERMISSION_TO_WRITE || code == VkErrors.PRIVACY_SETTINGS;
    }
}
