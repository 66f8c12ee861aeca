package io.vqr.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (given by path:
 * Selenium never downloads a driver or a browser), with a fresh profile and a download
 * folder of its own; screenshots at 1366×768 go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private final Path downloads;

	private final String baseUrl;

	Browser(String baseUrl) throws IOException {
		this.baseUrl = baseUrl;
		this.profile = Files.createTempDirectory("vqr-chromium-profile");
		this.downloads = Files.createTempDirectory("vqr-chromium-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + this.profile, "--window-size=1366,768", "--lang=zh-CN");
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(1366, 768));
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	static boolean available() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	ChromeDriver driver() {
		return this.driver;
	}

	Path downloads() {
		return this.downloads;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	void type(String css, String text) {
		WebElement element = find(css);
		element.clear();
		element.sendKeys(text);
	}

	void click(String css) {
		find(css).click();
	}

	void clickText(String text) {
		this.driver.findElement(By.xpath("//*[self::a or self::button][contains(normalize-space(.), '" + text + "')]"))
			.click();
	}

	/**
	 * Clicks a link or button that loads another page and waits until the page it was on
	 * is gone: a click returns before a navigation it starts has begun, so what is read
	 * next could be the old page.
	 */
	void follow(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
	}

	void follow(String css) {
		follow(find(css));
	}

	void followText(String text) {
		follow(this.driver
			.findElement(By.xpath("//*[self::a or self::button][contains(normalize-space(.), '" + text + "')]")));
	}

	void login(String username, String password) {
		open("/login");
		type("#username", username);
		type("#password", password);
		find("form.form button[type=submit]").click();
		// The click returns before the redirects after a login have been followed.
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/login"));
	}

	/**
	 * Submits the forced password change and waits until the browser has left the
	 * password page: like a login's, the click returns before the redirect is followed.
	 */
	void changePassword(String current, String next) {
		type("#current", current);
		type("#next", next);
		type("#repeat", next);
		find("form.form button[type=submit]").click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until((driver) -> !driver.getCurrentUrl().endsWith("/password"));
	}

	void logout() {
		this.driver.findElement(By.xpath("//button[normalize-space(.)='退出']")).click();
	}

	/** A full-page screenshot at 1366 wide, as {@code target/screenshots/NAME.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			File shot = this.driver.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for a downloaded file whose name ends so, complete. */
	Path awaitDownload(String suffix) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until((driver) -> downloaded(suffix) != null);
		return downloaded(suffix);
	}

	private Path downloaded(String suffix) {
		try (var files = Files.list(this.downloads)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	void waitForText(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	@Override
	public void close() {
		this.driver.quit();
		for (Path dir : new Path[] { this.profile, this.downloads }) {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary folder left behind
			}
		}
	}

}
