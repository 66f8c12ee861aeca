package io.vqr.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import io.vqr.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the ID hashing secret comes from: {@code vqr.id-secret} (environment
 * {@code VQR_ID_SECRET}, base64 or plain text of at least 16 bytes), else a key file in
 * the data folder, created on first use. Losing it means IDs of later years no longer
 * match earlier ones, so the first creation is logged with advice to back it up.
 */
public final class IdSecret {

	private static final Logger log = LoggerFactory.getLogger(IdSecret.class);

	private IdSecret() {
	}

	public static byte[] resolve(String configured, Path dataDir) throws IOException {
		if (configured != null && !configured.isBlank()) {
			try {
				byte[] decoded = Base64.getDecoder().decode(configured.trim());
				if (decoded.length >= 16) {
					return decoded;
				}
			}
			catch (IllegalArgumentException ex) {
				// not base64: use the text itself
			}
			return configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
		Path file = dataDir.resolve("id-secret.key");
		if (Files.exists(file)) {
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		PrivateFiles.createDirectories(dataDir);
		PrivateFiles.write(file,
				(Base64.getEncoder().encodeToString(secret) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		log.warn("已生成身份证号散列密钥 {}；请与数据库一起备份（或设置环境变量 VQR_ID_SECRET）", file);
		return secret;
	}

}
