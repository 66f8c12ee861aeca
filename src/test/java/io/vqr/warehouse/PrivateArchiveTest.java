package io.vqr.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, case 9: the archive holds every submitted file with every ID number in it,
 * and was readable by every local user (folders 755, files 644).
 */
class PrivateArchiveTest {

	@TempDir
	Path dir;

	@Test
	void archivedFilesAndTheirFoldersAreTheServiceUsersOnly() throws Exception {
		Path submitted = Files.writeString(this.dir.resolve("4401012345_2024.xlsx"), "工作簿");
		Path data = this.dir.resolve("data");
		Archive archive = new Archive(data.resolve("archive"));

		Path stored = archive.store(submitted, 2024, Archive.sha256(submitted));

		assertThat(Files.readString(stored)).isEqualTo("工作簿");
		assertThat(permissions(stored)).isEqualTo("rw-------");
		for (Path folder = stored.getParent(); !folder.equals(this.dir); folder = folder.getParent()) {
			assertThat(permissions(folder)).as(folder.toString()).isEqualTo("rwx------");
		}
		try (var left = Files.list(stored.getParent())) {
			assertThat(left).containsExactly(stored);
		}
	}

	@Test
	void theIdSecretAndItsFolderAreTheServiceUsersOnly() throws Exception {
		Path data = this.dir.resolve("fresh/data");

		IdSecret.resolve(null, data);

		assertThat(permissions(data)).isEqualTo("rwx------");
		assertThat(permissions(data.getParent())).isEqualTo("rwx------");
		assertThat(permissions(data.resolve("id-secret.key"))).isEqualTo("rw-------");
	}

	@Test
	void aFileWithTheLongestNameAllowedIsArchived() throws Exception {
		// Issue 20, case 2: a 252-byte inbox name made <name>.part longer than 255 bytes.
		String name = "4401012345_" + "广东省某某职业技术学院".repeat(7) + "_2024.xlsx";
		assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(250, 255);
		Path submitted = Files.writeString(this.dir.resolve(name), "工作簿");
		Archive archive = new Archive(this.dir.resolve("archive"));

		Path stored = archive.store(submitted, 2024, Archive.sha256(submitted));

		assertThat(stored).isEqualTo(archive.target(submitted, 2024, Archive.sha256(submitted)));
		assertThat(Files.readString(stored)).isEqualTo("工作簿");
		assertThat(stored.getFileName().toString()).startsWith("4401012345_广东省");
		assertThat(archive.store(submitted, 2024, Archive.sha256(submitted))).isEqualTo(stored);
	}

	private static String permissions(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
