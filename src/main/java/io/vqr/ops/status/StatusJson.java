package io.vqr.ops.status;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes a status report as JSON for machines (states as their enum names). */
public final class StatusJson {

	private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT);

	private StatusJson() {
	}

	public static void write(StatusReport report, Writer out) throws IOException {
		out.write(json.writeValueAsString(report));
		out.write(System.lineSeparator());
		out.flush();
	}

}
