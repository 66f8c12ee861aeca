package io.vqr.jobs.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vqr.warehouse.SubmissionRegistry;
import io.vqr.warehouse.SubmissionRegistry.ClaimantId;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This process as a claimant of files: a number from the database, and a session of its
 * own that holds an advisory lock on that number for as long as the process lives. When
 * the process stops (even by {@code kill -9}), PostgreSQL ends the session and frees the
 * lock, and another process takes over its claims at once instead of waiting for them to
 * expire ({@link SubmissionRegistry#claimNext}). Taken when the first file is claimed.
 */
@Component
public class Claimant implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Claimant.class);

	private final DataSource dataSource;

	private Connection session;

	private ClaimantId id;

	public Claimant(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** This process's claimant number and label, its lock taken on first use. */
	public synchronized ClaimantId id() {
		if (this.id == null || !alive()) {
			this.id = register();
		}
		return this.id;
	}

	private boolean alive() {
		try {
			return this.session != null && this.session.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private ClaimantId register() {
		closeSession();
		try {
			Connection connection = this.dataSource.getConnection();
			try {
				connection.setAutoCommit(true);
				long number;
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("select nextval('ingest_claimant_seq')")) {
					row.next();
					number = row.getLong(1);
				}
				try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
					lock.setInt(1, SubmissionRegistry.CLAIMANT_LOCK_SPACE);
					lock.setInt(2, (int) number);
					lock.execute();
				}
				this.session = connection;
				ClaimantId claimant = new ClaimantId(number, label(number));
				log.debug("Claiming files as {}", claimant.label());
				return claimant;
			}
			catch (SQLException | RuntimeException ex) {
				connection.close();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot register this process as a claimant of files", ex);
		}
	}

	private static String label(long number) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown host";
		}
		return host + " pid " + ProcessHandle.current().pid() + " claimant " + number;
	}

	private void closeSession() {
		if (this.session != null) {
			try {
				this.session.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the claimant's session: {}", ex.toString());
			}
			this.session = null;
		}
	}

	@Override
	public synchronized void destroy() {
		closeSession();
		this.id = null;
	}

}
