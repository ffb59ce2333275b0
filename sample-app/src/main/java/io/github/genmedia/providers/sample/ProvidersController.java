package io.github.genmedia.providers.sample;

import java.util.List;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autoconfigure.ProviderSummary;
import io.github.genmedia.providers.error.ProviderException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * Shows the two ways to use the starter: inject a provider's client by name, or look
 * providers up through {@link ProviderClients}.
 */
@RestController
class ProvidersController {

	private final ProviderClients providers;

	private final ObjectProvider<RestClient> sunor;

	ProvidersController(ProviderClients providers, @Qualifier("sunorRestClient") ObjectProvider<RestClient> sunor) {
		this.providers = providers;
		this.sunor = sunor;
	}

	/**
	 * The active providers and what their clients were built with (keys masked).
	 */
	@GetMapping("/providers")
	List<ProviderSummary> providers() {
		return this.providers.names().stream().map(this.providers::summary).toList();
	}

	/**
	 * Sunor's account balance, through the auto-configured {@code sunorRestClient}.
	 */
	@GetMapping("/sunor/balance")
	ResponseEntity<String> sunorBalance() {
		RestClient client = this.sunor.getIfAvailable();
		if (client == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body("Sunor is not configured: export SUNOR_API_KEY and restart.");
		}
		return ResponseEntity.ok(client.get().uri("/account/balance").retrieve().body(String.class));
	}

	@ExceptionHandler(ProviderException.class)
	ProblemDetail providerFailed(ProviderException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
		problem.setProperty("provider", ex.getProvider());
		problem.setProperty("providerStatus", ex.getStatusCode().value());
		return problem;
	}

}
