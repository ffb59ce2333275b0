package com.example.songs.snippets;

import java.io.IOException;

import io.github.genmedia.providers.autoconfigure.ProviderRestClientCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Snippets of docs/how-to/.
 */
final class HowToSnippets {

	private HowToSnippets() {
	}

}

// docs/how-to/customize-one-provider.md.
class CustomizeOneProviderByName {

	static class MyAuditInterceptor implements ClientHttpRequestInterceptor {

		@Override
		public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
				throws IOException {
			return execution.execute(request, body);
		}

	}

@Bean
ProviderRestClientCustomizer sunorAudit() {
    return ProviderRestClientCustomizer.of("sunor", (builder) -> builder.requestInterceptor(new MyAuditInterceptor()));
}

}
