package io.busbar.dashboard;

import io.busbar.testing.RestApi;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Debian's headless Chromium driven by its chromium-driver (both installed by {@code .ci/run}), against a Busbar
 * on a random port. One browser per test class: {@link #close()} it in {@code @AfterAll}.
 *
 * <p>{@link #screenshot(String)} writes a PNG under {@code docs/screenshots/} when the system property
 * {@code busbar.screenshots} is {@code true} (the README's screenshots are made so); otherwise it does nothing.
 */
public final class ConsoleBrowser implements AutoCloseable {
    public static final String PASSWORD = "console-test-password-1";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final int port;
    private final Path profile;
    private final WebDriver driver;

    public ConsoleBrowser(int port) {
        this.port = port;
        try {
            this.profile = Files.createTempDirectory("busbar-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("busbar.chromium", "/usr/bin/chromium"));
        // The flags Chromium needs as root on a closed network (no sandbox, no background or component traffic).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=1440,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("busbar.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** An operator user of the default tenant with this role, made through the API with the test admin key. */
    public static String createUser(int port, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@console.test";
        new RestApi(port).post("/api/v1/users", Map.of("email", email, "name", "Test " + role.toLowerCase(),
                "password", PASSWORD, "role", role));
        return email;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public ConsoleBrowser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** Signs in through the form and waits for the overview. */
    public ConsoleBrowser signIn(String email) {
        return signIn("default", email, PASSWORD);
    }

    public ConsoleBrowser signIn(String tenant, String email, String password) {
        open("/console/login");
        WebElement tenantField = driver.findElement(By.name("tenant"));
        tenantField.clear();
        tenantField.sendKeys(tenant);
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("[data-test=sign-in]")).click();
        waitFor(By.cssSelector("[data-test=signed-in-as]"));
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text} (live parts update by themselves). */
    public WebElement waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    public WebDriverWait waiting(Duration atMost) {
        return new WebDriverWait(driver, atMost);
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /** Writes docs/screenshots/{name}.png at 1440×900 when -Dbusbar.screenshots=true. */
    public void screenshot(String name) {
        if (!Boolean.getBoolean("busbar.screenshots")) {
            return;
        }
        Path target = screenshotDirectory().resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path screenshotDirectory() {
        Path here = Path.of("").toAbsolutePath();
        // Maven runs tests in busbar-server/; the screenshots live in the repository's docs/.
        Path root = Files.exists(here.resolve("docs")) ? here : here.getParent();
        return root.resolve("docs").resolve("screenshots");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
