package io.vqr.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The archive of every processed file, unchanged, under
 * {@code <root>/<year>/<sha256>/<file name>}: content-addressed, so archiving the same
 * bytes twice is harmless and an archived file can always be checked against its digest.
 */
public final class Archive {

	private final Path root;

	public Archive(Path root) {
		this.root = root;
	}

	public Path root() {
		return this.root;
	}

	/** Hex SHA-256 of a file's bytes. */
	public static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where {@link #store} puts the file. */
	public Path target(Path file, int year, String sha256) {
		return target(file.getFileName().toString(), year, sha256);
	}

	/** Where {@link #store} puts a file received under this name. */
	public Path target(String fileName, int year, String sha256) {
		return this.root.resolve(Integer.toString(year)).resolve(sha256).resolve(fileName);
	}

	/**
	 * Copies the file into the archive (atomically: a temporary name, then a rename)
	 * unless it is there already.
	 * @return the archived file
	 */
	public Path store(Path file, int year, String sha256) throws IOException {
		return store(file, file.getFileName().toString(), year, sha256);
	}

	/**
	 * Copies a file received under another name (an upload) into the archive, as
	 * {@link #store(Path, int, String)} does.
	 */
	public Path store(Path file, String fileName, int year, String sha256) throws IOException {
		Path target = target(fileName, year, sha256);
		Path dir = target.getParent();
		if (Files.exists(target) && Files.size(target) == Files.size(file)) {
			return target;
		}
		Files.createDirectories(dir);
		// Not named after the file, whose name may be as long as a name can be.
		Path temporary = dir.resolve(".archiving-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
		Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return target;
	}

}
