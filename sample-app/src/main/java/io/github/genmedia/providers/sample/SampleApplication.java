package io.github.genmedia.providers.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web application that uses the starter: start it with no keys and it runs with no
 * provider; export SUNOR_API_KEY (or any other provider's variable) and that provider's
 * client appears.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
