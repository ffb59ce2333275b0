package io.github.genmedia.providers.test.standin;

import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * Registers a provider's endpoints on the shared server, each twice: answered when the
 * request carries the credential as the provider wants it, and with the provider's own
 * 401 otherwise.
 */
final class StandInServer {

	private final WireMockServer server;

	private final Routes routes;

	StandInServer(WireMockServer server, Routes routes) {
		this.server = server;
		this.routes = routes;
	}

	/**
	 * Return the URL of a path on this server, for answers that link to the server.
	 */
	String url(String path) {
		return this.server.baseUrl() + path;
	}

	/**
	 * Register an endpoint whose answer a route computes.
	 */
	void route(Supplier<MappingBuilder> request, Credentials credential, String name, Routes.Route route) {
		this.routes.add(name, route);
		this.server.stubFor(credential.require(request.get())
			.atPriority(1)
			.willReturn(aResponse().withTransformers(Routes.NAME).withTransformerParameter(Routes.PARAMETER, name)));
		rejectOthers(request, credential);
	}

	/**
	 * Register an endpoint with a fixed JSON answer.
	 */
	void json(Supplier<MappingBuilder> request, Credentials credential, String body) {
		this.server.stubFor(credential.require(request.get())
			.atPriority(1)
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
		rejectOthers(request, credential);
	}

	private void rejectOthers(Supplier<MappingBuilder> request, Credentials credential) {
		this.server.stubFor(request.get()
			.atPriority(5)
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody(credential.unauthorizedBody())));
	}

	/**
	 * How a provider wants its credential, and what it answers without it.
	 *
	 * @param header the header
	 * @param value what the header must match
	 * @param unauthorizedBody the provider's documented 401 body
	 */
	record Credentials(String header, StringValuePattern value, String unauthorizedBody) {

		MappingBuilder require(MappingBuilder request) {
			return request.withHeader(this.header, this.value);
		}

	}

}
