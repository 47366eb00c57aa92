package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * People log in to the console through the gateway in a real (headless) browser: the gateway forwards /console with
 * the browser's Host, the console sends them to Keycloak's login form, and back; each lands on their own start page.
 */
class ConsoleLoginEndToEndIT {

    private static SharedPlatform shared;

    @BeforeAll
    static void platform() throws Exception {
        shared = SharedPlatform.get();
    }

    @Test
    void theRegionalOperatorLogsInThroughTheGatewayAndLandsOnToday() {
        String gateway = shared.platform.gatewayUrl();
        try (Browser browser = Browser.open(gateway)) {
            browser.logIn("cur-operator");

            assertThat(browser.currentUrl()).isEqualTo(gateway + "/console/today");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Сегодня");
            assertThat(browser.text(By.id("who-name"))).isEqualTo("Ирина Оператор ЦУР");
            browser.screenshot("console-today-cur-operator");
        }
    }

    @Test
    void departmentStaffLandOnTheirDepartmentsInbox() {
        String gateway = shared.platform.gatewayUrl();
        try (Browser browser = Browser.open(gateway)) {
            browser.submitLogin("roads-mikhailovka");

            assertThat(browser.waitForUrlStartingWith(gateway + "/console/inbox/"))
                    .isEqualTo(gateway + "/console/inbox/mikhailovka-roads");
            browser.screenshot("console-inbox-roads-mikhailovka");
        }
    }

    @Test
    void afterLogoutTheConsoleAsksForTheLoginAgain() {
        String gateway = shared.platform.gatewayUrl();
        try (Browser browser = Browser.open(gateway)) {
            browser.logIn("cur-operator");

            browser.waitFor(By.id("logout")).click();

            // Keycloak ended its session too and sent the browser back to the console, which asks for a login
            browser.waitForUrlStartingWith(shared.keycloak.issuer().toString());
            browser.waitFor(By.id("username"));
            browser.visit("/console/today");
            assertThat(browser.waitForUrlStartingWith(shared.keycloak.issuer().toString()))
                    .contains("/protocol/openid-connect/auth");
            assertThat(browser.driver().findElements(By.id("who-name"))).isEmpty();
            browser.screenshot("console-after-logout");
        }
    }
}
