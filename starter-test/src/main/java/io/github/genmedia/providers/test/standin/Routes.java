package io.github.genmedia.providers.test.standin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers whose content depends on the request or on time (a job's state): a stub names
 * its route, and the route computes the answer.
 */
final class Routes implements ResponseDefinitionTransformerV2 {

	static final String NAME = "genmedia-route";

	static final String PARAMETER = "route";

	private final Map<String, Route> routes = new ConcurrentHashMap<>();

	void add(String name, Route route) {
		this.routes.put(name, route);
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Object name = serveEvent.getTransformerParameters().getString(PARAMETER);
		Route route = this.routes.get(String.valueOf(name));
		return (route != null) ? route.answer(serveEvent.getRequest()) : serveEvent.getResponseDefinition();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

	/**
	 * One computed answer.
	 */
	@FunctionalInterface
	interface Route {

		ResponseDefinition answer(Request request);

	}

}
