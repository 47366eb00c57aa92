package org.appeals.vk.vkapi;

/** The error codes the adapter acts on (https://dev.vk.com/ru/reference/errors, method pages for 901/902). */
public final class VkErrors {

    public static final int AUTHORIZATION_FAILED = 5;
    public static final int TOO_MANY_REQUESTS = 6;
    public static final int FLOOD_CONTROL = 9;
    public static final int INTERNAL = 10;
    public static final int GROUP_AUTH_FAILED = 27;
    public static final int APP_AUTH_FAILED = 28;
    public static final int NO_PERMISSION_TO_WRITE = 901;
    public static final int PRIVACY_SETTINGS = 902;

    private VkErrors() {
    }
}
