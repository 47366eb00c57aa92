package org.appeals.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.appeals.launcher.process.ServiceJars;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the console: headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs). Nothing is downloaded: the driver's path is given, so
 * Selenium Manager is never asked. Each browser starts with a fresh profile under target/, so no session leaks from
 * one test into the next. Screenshots go to {@code e2e-tests/target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path TARGET = ServiceJars.repoRoot().resolve("e2e-tests/target");

    private final WebDriver driver;
    private final String gatewayUrl;

    private Browser(WebDriver driver, String gatewayUrl) {
        this.driver = driver;
        this.gatewayUrl = gatewayUrl;
    }

    /** A new headless browser (Russian, 1366×900) for the platform behind {@code gatewayUrl}. */
    static Browser open(String gatewayUrl) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--lang=ru",
                "--user-data-dir=" + freshProfile());
        return new Browser(new ChromeDriver(service, options), gatewayUrl);
    }

    /**
     * Logs {@code username} in as a person does: opens the console through the gateway, is sent to Keycloak's login
     * form, types the demo password ({@code demo-<username>}) and waits until the console shows who is logged in.
     */
    void logIn(String username) {
        submitLogin(username);
        waitFor(By.id("who-name"));
    }

    /** The same up to the login form's submission, for a first page that may not show who is logged in. */
    void submitLogin(String username) {
        driver.get(gatewayUrl + "/console");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo-" + username);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Opens a path of the console, e.g. {@code /console/today}. */
    void visit(String path) {
        driver.get(gatewayUrl + path);
    }

    /** Waits until the element is on the page and returns it. */
    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until the page's address starts with {@code prefix} (after redirects) and returns the address. */
    String waitForUrlStartingWith(String prefix) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("^" + Pattern.quote(prefix)));
        return driver.getCurrentUrl();
    }

    /**
     * Chooses {@code value} in a select that htmx may be replacing meanwhile (the triage department picker is reloaded
     * when the category or municipality changes): tries again on a replaced element until the choice holds and no
     * htmx request is under way.
     */
    void choose(By locator, String value) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            if (!d.findElements(By.cssSelector(".htmx-request")).isEmpty()) {
                return false;
            }
            new Select(d.findElement(locator)).selectByValue(value);
            return value.equals(new Select(d.findElement(locator)).getFirstSelectedOption().getDomAttribute("value"))
                    && d.findElements(By.cssSelector(".htmx-request")).isEmpty();
        });
    }

    String text(By locator) {
        return waitFor(locator).getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    /** The visible page as {@code e2e-tests/target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Path file = Files.createDirectories(TARGET.resolve("screenshots")).resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory(Files.createDirectories(TARGET.resolve("browser-profiles")), "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
