package io.github.genmedia.providers.autoconfigure;

import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientRequestObservationContext;

/**
 * Adds a low-cardinality {@code provider} key to every {@code http.client.requests}
 * observation: the provider's name for requests through a provider client,
 * {@value #NONE} for any other client.
 * <p>
 * A filter rather than a custom observation convention, so that the application's own
 * convention and Boot's {@code management.observations.*} settings stay in force. Every
 * client observation gets the key because registries such as Prometheus require all
 * meters of one name to carry the same tag keys.
 */
class ProviderObservationFilter implements ObservationFilter {

	static final String KEY = "provider";

	static final String NONE = "none";

	@Override
	public Observation.Context map(Observation.Context context) {
		if (context instanceof ClientRequestObservationContext clientContext) {
			clientContext.addLowCardinalityKeyValue(KeyValue.of(KEY, providerOf(clientContext.getCarrier())));
		}
		return context;
	}

	private static String providerOf(@Nullable ClientHttpRequest request) {
		Object provider = (request != null) ? request.getAttributes().get(ProviderPipeline.PROVIDER_ATTRIBUTE)
				: null;
		return (provider instanceof String name) ? name : NONE;
	}

}
