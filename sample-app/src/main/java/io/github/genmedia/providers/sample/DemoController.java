package io.github.genmedia.providers.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.error.ProviderException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;

/**
 * Calls every active provider once and shows what each answered: the body, or the
 * starter's exception message for an error.
 */
@RestController
class DemoController {

	/** One cheap read per provider; custom providers are called at their base URL. */
	private static final Map<String, String> PATHS = Map.of("sunor", "/account/balance", "supertone", "/v1/voices",
			"whisul", "/credits", "autype", "/documents", "suno", "/api/billing/info/");

	private final ProviderClients providers;

	DemoController(ProviderClients providers) {
		this.providers = providers;
	}

	@GetMapping("/demo")
	Map<String, Object> demo() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (String name : this.providers.names()) {
			answers.put(name, call(name, PATHS.getOrDefault(name, "")));
		}
		return answers;
	}

	private Map<String, Object> call(String provider, String path) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("request", "GET " + this.providers.summary(provider).baseUrl() + path);
		try {
			answer.put("status", 200);
			answer.put("body", this.providers.restClient(provider).get().uri(path).retrieve().body(String.class));
		}
		catch (ProviderException ex) {
			answer.put("status", ex.getStatusCode().value());
			answer.put("error", ex.getMessage());
		}
		catch (RestClientException ex) {
			answer.remove("status");
			answer.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		return answer;
	}

}
