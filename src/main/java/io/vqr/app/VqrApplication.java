package io.vqr.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context of the commands that need the warehouse. Started by
 * {@link Warehouse#open}, never by a bare {@code SpringApplication.run}: the command line
 * decides first whether a database is needed at all.
 */
@SpringBootApplication(scanBasePackages = "io.vqr")
public class VqrApplication {

}
