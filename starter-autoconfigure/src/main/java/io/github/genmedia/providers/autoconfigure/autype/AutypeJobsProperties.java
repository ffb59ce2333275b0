package io.github.genmedia.providers.autoconfigure.autype;

import io.github.genmedia.providers.autoconfigure.properties.JobsProperties;
import org.jspecify.annotations.Nullable;

/**
 * How Autype's render jobs are followed: polled, and optionally told by a webhook.
 *
 * @since 0.1.0
 */
public class AutypeJobsProperties extends JobsProperties {

	/**
	 * Public URL of this application where Autype posts a render's outcome, such as
	 * https://app.example.com/genmedia/webhooks/autype. When set, every render asks for
	 * the webhook with a secret header the starter generates and checks, the application
	 * answers POSTs at this URL's path, and a delivery completes the waiting job at once;
	 * polling stays as the fallback, since Autype tries a delivery only once. Needs Spring
	 * MVC. Unset: renders are polled only.
	 */
	private @Nullable String webhookUrl;

	public @Nullable String getWebhookUrl() {
		return this.webhookUrl;
	}

	public void setWebhookUrl(@Nullable String webhookUrl) {
		this.webhookUrl = webhookUrl;
	}

}
