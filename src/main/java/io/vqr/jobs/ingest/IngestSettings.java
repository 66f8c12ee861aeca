package io.vqr.jobs.ingest;

import java.io.IOException;
import java.nio.file.Path;

import io.vqr.normalize.ValueParser;
import io.vqr.validation.SubmissionValidator;
import io.vqr.warehouse.IdSecret;
import io.vqr.workbook.ReadLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings of ingestion a data office may change (limits, the ID hashing secret) and
 * the shared validator.
 */
@Configuration
public class IngestSettings {

	/**
	 * The HMAC key for ID numbers: {@code vqr.id-secret} (VQR_ID_SECRET) or the data
	 * folder's key file.
	 */
	@Bean
	IdSecretKey idSecretKey(@Value("${vqr.id-secret:}") String configured, @Value("${vqr.data-dir:data}") Path dataDir)
			throws IOException {
		return new IdSecretKey(IdSecret.resolve(configured, dataDir));
	}

	@Bean
	ReadLimits readLimits(@Value("${vqr.limits.max-file-mb:50}") long maxFileMb,
			@Value("${vqr.limits.max-rows-per-sheet:200000}") int maxRows) {
		ReadLimits defaults = ReadLimits.defaults();
		return new ReadLimits(maxFileMb * 1024 * 1024, maxRows, defaults.minInflateRatio(),
				defaults.minInflateRatioStylesAndMedia(), defaults.maxEntryBytes());
	}

	@Bean
	SubmissionValidator submissionValidator(ReadLimits limits) {
		return new SubmissionValidator(new ValueParser(), limits);
	}

	/** The key, wrapped so it is never mistaken for another byte array bean. */
	public record IdSecretKey(byte[] bytes) {

		public IdSecretKey {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

		@Override
		public String toString() {
			return "IdSecretKey[hidden]";
		}

	}

}
