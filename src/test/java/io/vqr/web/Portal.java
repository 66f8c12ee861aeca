package io.vqr.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.vqr.accounts.AccountStore;
import io.vqr.accounts.AccountStore.NewAccount;
import io.vqr.accounts.OfficialScope;
import io.vqr.accounts.Role;
import io.vqr.app.DatabaseOptions;
import io.vqr.app.Warehouse;
import io.vqr.review.ReviewMode;
import io.vqr.review.ReviewSettings;
import io.vqr.test.TestDatabase;

import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * One running portal for the web tests (a real Tomcat on a free port, on a fresh database
 * of the shared test PostgreSQL), started once per test JVM: starting Spring and Tomcat
 * for each class would cost more than the tests.
 */
public final class Portal {

	public static final String PASSWORD = "Portal-test-2024";

	private static Portal instance;

	private static GreenMail mail;

	private final Warehouse warehouse;

	private final Path dir;

	private final MockMvc mvc;

	private Portal(Warehouse warehouse, Path dir) {
		this.warehouse = warehouse;
		this.dir = dir;
		this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) warehouse.context())
			.apply(springSecurity())
			.build();
	}

	public static synchronized Portal get() {
		if (instance == null) {
			try {
				Path dir = Files.createTempDirectory("vqr-portal");
				Map<String, Object> properties = new HashMap<>();
				properties.put("server.port", 0);
				properties.put("server.address", "127.0.0.1");
				properties.put("vqr.portal.reports-dir", dir.resolve("reports").toString());
				properties.put("vqr.id-secret", "portal-test-secret-0123456789abcdef");
				properties.put("vqr.portal.year", SchoolWorkbooks.YEAR);
				int smtpPort;
				try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
					smtpPort = socket.getLocalPort();
				}
				mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
				mail.start();
				properties.put("spring.mail.host", "127.0.0.1");
				properties.put("spring.mail.port", smtpPort);
				properties.put("vqr.mail.from", "vqr@edu.example.cn");
				String url = TestDatabase.newDatabase("portal");
				Warehouse warehouse = Warehouse.open(DatabaseOptions.external(url, "postgres", "", dir.resolve("data")),
						properties, PortalApplication.class, WebApplicationType.SERVLET);
				// The portal's pages were written when a file that passed the rules was
				// official at once; they keep that (review: auto) until they drive
				// review.
				warehouse.bean(ReviewSettings.class)
					.save(SchoolWorkbooks.YEAR, new ReviewSettings.Settings(ReviewMode.AUTO, java.util.List.of()));
				instance = new Portal(warehouse, dir);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						warehouse.close();
					}
					catch (IOException ex) {
						// the JVM ends anyway
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return instance;
	}

	/**
	 * Sets the test year's review mode: the tests that drive review set {@code required}
	 * for their own time and put back {@code auto}, which the pages written before review
	 * expect (test classes run one after the other).
	 */
	public void reviewMode(ReviewMode mode) {
		reviewMode(mode, java.util.List.of());
	}

	/** As {@link #reviewMode(ReviewMode)}, with a city level for these 办学类型. */
	public void reviewMode(ReviewMode mode, java.util.List<String> cityLevelTypes) {
		this.warehouse.bean(ReviewSettings.class)
			.save(SchoolWorkbooks.YEAR, new ReviewSettings.Settings(mode, cityLevelTypes));
	}

	/**
	 * Runs the action while the SMTP server is down (nothing listens on its port), then
	 * starts a fresh one on the same port.
	 */
	public synchronized void withoutMail(ThrowingRunnable action) throws Exception {
		ServerSetup setup = mail.getSmtp().getServerSetup();
		mail.stop();
		try {
			action.run();
		}
		finally {
			mail = new GreenMail(setup);
			mail.start();
		}
	}

	/** An action of a test. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	/** The test SMTP server the portal sends its notices to. */
	public GreenMail mail() {
		return mail;
	}

	public Warehouse warehouse() {
		return this.warehouse;
	}

	public Path dir() {
		return this.dir;
	}

	public MockMvc mvc() {
		return this.mvc;
	}

	public JdbcTemplate jdbc() {
		return this.warehouse.bean(JdbcTemplate.class);
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.warehouse.context().getEnvironment().getProperty("local.server.port");
	}

	/**
	 * An account whose password is {@link #PASSWORD}, already changed from its one-time
	 * one (created the first time it is asked for).
	 */
	public synchronized String account(String username, Role role, String school, String city, OfficialScope scope) {
		return account(username, role, school, city, scope, null);
	}

	/**
	 * As {@link #account(String, Role, String, String, OfficialScope)}, with an e-mail.
	 */
	public synchronized String account(String username, Role role, String school, String city, OfficialScope scope,
			String email) {
		AccountStore accounts = this.warehouse.bean(AccountStore.class);
		if (accounts.find(username).isEmpty()) {
			String once = accounts.add(new NewAccount(username, username + "（测试）", role, school, city, scope, email),
					"test");
			accounts.changePassword(username, once, PASSWORD, null);
		}
		return username;
	}

}
