package io.github.genmedia.providers.auth;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;

/**
 * The credential of one request, carried as a request attribute: the tenant's own, when
 * the application gives one, and the one the pipeline chose for the attempt.
 * <p>
 * Attributes never reach the wire and live as long as the request: a tenant's key is
 * written only by the authentication stage, only for the provider's origin, and is kept
 * nowhere else. The chosen credential is what the rate-limit stage draws a budget for and
 * what the authentication stage writes, so the two always agree.
 *
 * @since 0.1.0
 */
public final class RequestCredential {

	/**
	 * The request attribute that carries a tenant's own credential, for one request: a
	 * {@link Credential}, or a {@code String} checked like a configured key. Set it with
	 * {@code restClient.get().uri(...).attribute(RequestCredential.TENANT_ATTRIBUTE, key)}.
	 */
	public static final String TENANT_ATTRIBUTE = "io.github.genmedia.providers.tenant-credential";

	private static final String SELECTED_ATTRIBUTE = RequestCredential.class.getName() + ".selected";

	private RequestCredential() {
	}

	/**
	 * Return the tenant's credential of a request, checked like a configured key.
	 * @param request the request
	 * @param shape the shape of the provider's keys
	 * @return the credential, or {@code null} when the request carries none
	 * @throws InvalidCredentialException if the value is not a key of that shape: the
	 * request is refused unsent, and the message describes the key without it
	 */
	public static @Nullable Credential tenant(HttpRequest request, KeyShape shape) {
		Object value = request.getAttributes().get(TENANT_ATTRIBUTE);
		if (value == null) {
			return null;
		}
		return (value instanceof Credential given) ? shape.check(given) : shape.credential(String.valueOf(value));
	}

	/**
	 * Record the credential chosen for a request's attempt.
	 * @param request the request
	 * @param credential the credential
	 */
	public static void select(HttpRequest request, Credential credential) {
		request.getAttributes().put(SELECTED_ATTRIBUTE, credential);
	}

	/**
	 * Return the credential chosen for a request's attempt.
	 * @param request the request
	 * @return the credential, or {@code null} when none was chosen (the provider's one
	 * fixed key is used then)
	 */
	public static @Nullable Credential selected(HttpRequest request) {
		return (request.getAttributes().get(SELECTED_ATTRIBUTE) instanceof Credential credential) ? credential : null;
	}

}
