package io.github.genmedia.providers.autoconfigure.autype;

import java.net.URI;

import io.github.genmedia.providers.autoconfigure.ProvidersAutoConfiguration;
import io.github.genmedia.providers.autoconfigure.condition.ConditionalOnProvider;
import io.github.genmedia.providers.autoconfigure.provider.ActiveProviders;
import io.github.genmedia.providers.autype.AutypeJobs;
import io.github.genmedia.providers.autype.AutypeWebhookEvent;
import io.github.genmedia.providers.autype.AutypeWebhooks;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@link AutoConfiguration Auto-configuration} of the endpoint that receives Autype's
 * webhooks, when {@code providers.autype.jobs.webhook-url} is set in a Spring MVC
 * application: {@code POST} at that URL's path, answered 204 when the secret header is the
 * one the starter sent Autype (the job is then polled at once), 401 otherwise, with
 * nothing done.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ProvidersAutoConfiguration.class)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProvider("autype")
@ConditionalOnProperty("providers.autype.jobs.webhook-url")
public final class AutypeWebhookAutoConfiguration {

	@Bean
	RouterFunction<ServerResponse> autypeWebhookRoute(ActiveProviders providers, AutypeJobs jobs) {
		String url = providers.find("autype")
			.map((provider) -> provider.own(AutypeSettings.class).webhookUrl())
			.orElseThrow();
		return RouterFunctions.route().POST(URI.create(url).getPath(), (request) -> receive(request, jobs)).build();
	}

	private static ServerResponse receive(ServerRequest request, AutypeJobs jobs) throws Exception {
		String secret = request.headers().firstHeader(AutypeWebhooks.SECRET_HEADER);
		if (!jobs.acceptsWebhook(secret)) {
			return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
		}
		jobs.onWebhook(secret, request.body(AutypeWebhookEvent.class));
		return ServerResponse.noContent().build();
	}

}
