package io.vqr.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Folders and files only the service's user may read: the data folder and the archive
 * hold every submitted file unchanged, with every ID number in it, and the ID hashing
 * secret. Created folders are {@code rwx------} and files {@code rw-------} from the
 * moment they exist (never created readable and narrowed after), on file systems with
 * POSIX permissions; elsewhere (Windows) the folder's inherited access applies, as
 * docs/security.md says. Folders that exist already are left as they are: the operator
 * decides about those.
 */
public final class PrivateFiles {

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/** Creates the folder and any missing parent, each private to the user. */
	public static Path createDirectories(Path dir) throws IOException {
		Path absolute = dir.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return dir;
		}
		Deque<Path> missing = new ArrayDeque<>();
		for (Path path = absolute; path != null && !Files.exists(path); path = path.getParent()) {
			missing.push(path);
		}
		while (!missing.isEmpty()) {
			Path next = missing.pop();
			try {
				if (isPosix(next)) {
					Files.createDirectory(next, PosixFilePermissions.asFileAttribute(FOLDER));
				}
				else {
					Files.createDirectory(next);
				}
			}
			catch (FileAlreadyExistsException ex) {
				// Another process made it in between; it is a folder or fails below.
			}
		}
		if (!Files.isDirectory(absolute)) {
			throw new FileAlreadyExistsException(absolute.toString(), null, "not a folder");
		}
		return dir;
	}

	/** Creates (or replaces) a file private to the user, its content from {@code in}. */
	public static void write(Path file, InputStream in) throws IOException {
		Files.deleteIfExists(file);
		try (OutputStream out = Files.newOutputStream(create(file), StandardOpenOption.WRITE)) {
			in.transferTo(out);
		}
	}

	/** Creates (or replaces) a file private to the user holding {@code bytes}. */
	public static void write(Path file, byte[] bytes) throws IOException {
		Files.deleteIfExists(file);
		Files.write(create(file), bytes, StandardOpenOption.WRITE);
	}

	/** Copies a file to a new private file (replacing one left there). */
	public static void copy(Path source, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(source)) {
			write(target, in);
		}
	}

	private static Path create(Path file) throws IOException {
		FileAttribute<?>[] attributes = isPosix(file)
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
		return Files.createFile(file, attributes);
	}

	private static boolean isPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
