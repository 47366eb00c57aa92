package org.appeals.contracts;

/** Channels residents write through; a reply goes back through the same one. */
public enum Channel {
    VK("ВКонтакте"),
    OK("Одноклассники"),
    TELEGRAM("Telegram"),
    POS("Платформа обратной связи Госуслуг"),
    EMAIL("Электронная почта"),
    WEB("Форма на сайте");

    private final String displayName;

    Channel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
