package io.github.genmedia.providers.autype;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Where Autype posts a job's outcome ({@code job.completed} or {@code job.failed}, see
 * {@link AutypeWebhookEvent}). Autype tries once, with a 10 s timeout, and never again;
 * it signs nothing, so authenticate the delivery with a header or Basic credentials, and
 * keep polling as the source of truth.
 *
 * @param webhookUrl the URL that receives the {@code POST}
 * @param webhookAuth how Autype authenticates to it, or {@code null} for not at all
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutypeWebhook(String webhookUrl, @Nullable Auth webhookAuth) {

	/**
	 * A webhook without authentication.
	 * @param url the URL that receives the {@code POST}
	 * @return the webhook
	 */
	public static AutypeWebhook to(String url) {
		return new AutypeWebhook(url, null);
	}

	/**
	 * Return this webhook with a header Autype sends with the delivery.
	 * @param name the header, such as {@code X-Webhook-Secret}
	 * @param value its value
	 * @return a copy with the header
	 */
	public AutypeWebhook withHeader(String name, String value) {
		return new AutypeWebhook(this.webhookUrl, new Auth(name, value, null, null));
	}

	/**
	 * Return this webhook with HTTP Basic credentials. Autype prefers a header when both
	 * are given, so this replaces any header.
	 * @param username the user name
	 * @param password the password
	 * @return a copy with the credentials
	 */
	public AutypeWebhook withBasicAuth(String username, String password) {
		return new AutypeWebhook(this.webhookUrl, new Auth(null, null, username, password));
	}

	/**
	 * How Autype authenticates a delivery: a custom header or HTTP Basic, not both (the
	 * header wins when both are set).
	 *
	 * @param headerName the custom header's name
	 * @param headerValue the custom header's value
	 * @param basicAuthUsername the Basic user name
	 * @param basicAuthPassword the Basic password
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Auth(@Nullable String headerName, @Nullable String headerValue, @Nullable String basicAuthUsername,
			@Nullable String basicAuthPassword) {

		@Override
		public String toString() {
			return "Auth[headerName=" + this.headerName + ", headerValue=" + ((this.headerValue != null) ? "***" : null)
					+ ", basicAuthUsername=" + this.basicAuthUsername + ", basicAuthPassword="
					+ ((this.basicAuthPassword != null) ? "***" : null) + "]";
		}

	}

}
