package io.github.genmedia.providers.error;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.pipeline.ProviderPipeline;
import io.github.genmedia.providers.retry.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * How a provider's error answers reach the caller: one exception type per kind of
 * failure, naming the provider, the status and the provider's own message, never the key.
 */
class ProviderErrorHandlerWireTest {

	private static final String KEY = "sk-live-9f8e7d6c5b4a3210fedcba98";

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void unauthorizedBecomesProviderAuthenticationException() {
		stubError(401, "application/json", "{\"code\":401,\"message\":\"Invalid API key\"}");

		ProviderAuthenticationException ex = call("sunor", ProviderAuthenticationException.class);

		assertThat(ex).hasMessage("Provider 'sunor' rejected the credential (HTTP 401 Unauthorized): Invalid API key");
		assertThat(ex.getProvider()).isEqualTo("sunor");
		assertThat(ex.getStatusCode().value()).isEqualTo(401);
		assertThat(ex.getProviderMessage()).isEqualTo("Invalid API key");
	}

	@Test
	void forbiddenBecomesProviderAccessDeniedException() {
		stubError(403, "application/json", "{\"error\":\"Your plan does not include voice cloning\"}");

		ProviderAccessDeniedException ex = call("supertone", ProviderAccessDeniedException.class);

		assertThat(ex).hasMessage(
				"Provider 'supertone' denied access (HTTP 403 Forbidden): Your plan does not include voice cloning");
		assertThat(ex.getProvider()).isEqualTo("supertone");
		assertThat(ex.getStatusCode().value()).isEqualTo(403);
		assertThat(ex.getProviderMessage()).isEqualTo("Your plan does not include voice cloning");
	}

	@Test
	void serverErrorReadsTheNestedErrorMessage() {
		stubError(500, "application/json", "{\"error\":{\"type\":\"internal\",\"message\":\"boom\"}}");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).isExactlyInstanceOf(ProviderApiException.class)
			.hasMessage("Provider 'x' answered HTTP 500 Internal Server Error: boom");
		assertThat(ex.getStatusCode().value()).isEqualTo(500);
		assertThat(ex.getProviderMessage()).isEqualTo("boom");
	}

	@Test
	void readsFastApiStyleDetail() {
		stubError(400, "application/json", "{\"detail\":\"  prompt must not be empty \"}");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 400 Bad Request: prompt must not be empty");
		assertThat(ex.getProviderMessage()).isEqualTo("prompt must not be empty");
	}

	@Test
	void joinsNestJsMessageArraysAndFastApiValidationErrors() {
		stubError(400, "application/json", """
				{"status":"error","message":{"statusCode":400,"message":["text must be a string","voice_id is required"],
				 "error":"Bad Request"}}""");
		ProviderApiException nest = call("x", ProviderApiException.class);
		stubError(422, "application/json", """
				{"detail":[{"loc":["body","prompt"],"msg":"field required","type":"value_error.missing"},
				 {"loc":["body","mv"],"msg":"unknown model","type":"value_error"}]}""");
		ProviderApiException fastApi = call("x", ProviderApiException.class);

		assertThat(nest.getProviderMessage()).isEqualTo("text must be a string; voice_id is required");
		assertThat(fastApi.getProviderMessage()).isEqualTo("field required; unknown model");
	}

	@Test
	void a402IsInsufficientCreditsWithoutNumbersByDefault() {
		stubError(402, "application/json", "{\"message\":\"Not enough credits\"}");

		InsufficientCreditsException ex = call("x", InsufficientCreditsException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 402 Payment Required: Not enough credits");
		assertThat(ex.getAvailable()).isEmpty();
		assertThat(ex.getRequired()).isEmpty();
	}

	@Test
	void skipsABlankFieldForTheNextOne() {
		stubError(429, "application/json", "{\"message\":\"   \",\"error_description\":\"Quota exceeded\"}");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 429 Too Many Requests: Quota exceeded");
	}

	@Test
	void htmlBodyGivesAMessageWithoutSuffix() {
		stubError(502, "text/html", "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 502 Bad Gateway");
		assertThat(ex.getStatusCode().value()).isEqualTo(502);
		assertThat(ex.getProviderMessage()).isNull();
	}

	@Test
	void malformedJsonGivesAMessageWithoutSuffix() {
		stubError(500, "application/json", "{\"message\": \"cut off");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 500 Internal Server Error");
		assertThat(ex.getProviderMessage()).isNull();
	}

	@Test
	void notFoundBecomesProviderApiException() {
		stubError(404, "application/json", "{\"message\":\"No such song: 42\"}");

		ProviderApiException ex = call("sunor", ProviderApiException.class);

		assertThat(ex).isExactlyInstanceOf(ProviderApiException.class)
			.hasMessage("Provider 'sunor' answered HTTP 404 Not Found: No such song: 42");
		assertThat(ex.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void emptyBodyGivesNoProviderMessage() {
		stubError(404, null, "");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 404 Not Found");
		assertThat(ex.getProviderMessage()).isNull();
	}

	@Test
	void unknownStatusShowsTheCodeOnly() {
		stubError(599, "application/json", "{\"message\":\"network read timeout\"}");

		ProviderApiException ex = call("x", ProviderApiException.class);

		assertThat(ex).hasMessage("Provider 'x' answered HTTP 599: network read timeout");
	}

	@Test
	void echoedKeyIsRedacted() {
		stubError(401, "application/json", "{\"message\":\"Invalid API key '" + KEY + "' (Bearer " + KEY + ")\"}");

		ProviderAuthenticationException ex = call("sunor", ProviderAuthenticationException.class);

		assertThat(ex).hasMessage("Provider 'sunor' rejected the credential (HTTP 401 Unauthorized): "
				+ "Invalid API key '[REDACTED]' (Bearer [REDACTED])");
		assertThat(ex.getProviderMessage()).isEqualTo("Invalid API key '[REDACTED]' (Bearer [REDACTED])");
		assertThat(ex.getMessage()).doesNotContain(KEY);
		assertThat(ex.getProviderMessage()).doesNotContain(KEY);
		assertThat(ex.toString()).doesNotContain(KEY);
	}

	@Test
	void keyEchoedWhereTheMessageIsTruncatedLeaksNoPartOfIt() {
		// 480 characters of text, then the 32-character key: the 500-character cut falls
		// inside the key
		String longMessage = "a".repeat(480) + KEY;
		stubError(400, "application/json", "{\"message\":\"" + longMessage + "\"}");

		ProviderApiException ex = call("sunor", ProviderApiException.class);

		String keyHead = KEY.substring(0, 12);
		assertThat(ex.getProviderMessage()).doesNotContain(keyHead);
		assertThat(ex.getMessage()).doesNotContain(keyHead);
	}

	private static void stubError(int status, String contentType, String body) {
		var response = aResponse().withStatus(status).withBody(body);
		if (contentType != null) {
			response = response.withHeader("Content-Type", contentType);
		}
		server.stubFor(get("/v1/call").willReturn(response));
	}

	@Test
	void aJwtInTheProvidersMessageIsRedactedLikeTheKey() {
		String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl";
		server.stubFor(get("/v1/call").willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"rejected Bearer " + jwt + "\"}")));

		ProviderAuthenticationException ex = call("suno", ProviderAuthenticationException.class);

		assertThat(ex.getMessage()).endsWith("rejected Bearer [REDACTED]").doesNotContain("eyJ");
		assertThat(ex.getProviderMessage()).isEqualTo("rejected Bearer [REDACTED]");
	}

	private static <T extends ProviderException> T call(String name, Class<T> expected) {
		ProviderDefinition definition = new ProviderDefinition(name, URI.create(server.baseUrl()),
				ProviderAuth.header("x-api-key", null), Credential.of(KEY), null, null, Map.of(),
				RetrySettings.defaults().withEnabled(false));
		HttpClient httpClient = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		RestClient client = ProviderPipeline.builder(definition)
			.build()
			.applyTo(RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(httpClient)))
			.build();
		T ex = catchThrowableOfType(expected, () -> client.get().uri("/v1/call").retrieve().body(String.class));
		assertThat(ex).as("expected %s", expected.getSimpleName()).isNotNull();
		return ex;
	}

}
