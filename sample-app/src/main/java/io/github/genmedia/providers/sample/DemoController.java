package io.github.genmedia.providers.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.autype.AutypeApi;
import io.github.genmedia.providers.error.ProviderException;
import io.github.genmedia.providers.suno.SunoApi;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.supertone.SupertoneApi;
import io.github.genmedia.providers.whisul.WhisulApi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;

/**
 * Calls every active provider once, through its typed API, and shows what it answered:
 * the record the API returned, or the starter's exception message for an error. A
 * provider of the application's own is called at its base URL through its
 * {@code RestClient}.
 */
@RestController
class DemoController {

	private final Map<String, DemoCall> calls = new LinkedHashMap<>();

	private final ProviderClients providers;

	DemoController(ProviderClients providers, ObjectProvider<SunorApi> sunor, ObjectProvider<SupertoneApi> supertone,
			ObjectProvider<WhisulApi> whisul, ObjectProvider<AutypeApi> autype, ObjectProvider<SunoApi> suno,
			@Value("${sample.whisul.job-id:demo-job}") String whisulJob) {
		this.providers = providers;
		// One cheap read each. Whisul has none (it documents no credits endpoint), so the
		// demo asks for a job; with a real key, Whisul answers 404 for this one.
		sunor.ifAvailable((api) -> add("sunor", "SunorApi.getBalance()", () -> api.getBalance().data()));
		supertone.ifAvailable((api) -> add("supertone", "SupertoneApi.getCredits()", api::getCredits));
		whisul.ifAvailable((api) -> add("whisul", "WhisulApi.getJob(\"" + whisulJob + "\")", () -> api.getJob(whisulJob)));
		autype.ifAvailable((api) -> add("autype", "AutypeApi.getApiKeyInfo()", api::getApiKeyInfo));
		suno.ifAvailable((api) -> add("suno", "SunoApi.getBillingInfo()", api::getBillingInfo));
	}

	private void add(String provider, String call, Supplier<Object> result) {
		this.calls.put(provider, new DemoCall(call, result));
	}

	@GetMapping("/demo")
	Map<String, Object> demo() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (String name : this.providers.names()) {
			DemoCall call = this.calls.getOrDefault(name, new DemoCall("GET " + this.providers.summary(name).baseUrl(),
					() -> this.providers.restClient(name).get().retrieve().body(String.class)));
			answers.put(name, call.run());
		}
		return answers;
	}

	/**
	 * One call and how to show its outcome.
	 */
	private record DemoCall(String call, Supplier<Object> result) {

		Map<String, Object> run() {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("call", this.call);
			try {
				answer.put("result", this.result.get());
			}
			catch (ProviderException ex) {
				answer.put("status", ex.getStatusCode().value());
				answer.put("error", ex.getMessage());
			}
			catch (RestClientException ex) {
				answer.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			return answer;
		}

	}

}
