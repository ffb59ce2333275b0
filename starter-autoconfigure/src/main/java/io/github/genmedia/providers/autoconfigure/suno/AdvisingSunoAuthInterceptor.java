package io.github.genmedia.providers.autoconfigure.suno;

import java.io.IOException;
import java.util.List;

import io.github.genmedia.providers.suno.SunoAuthInterceptor;
import io.github.genmedia.providers.suno.SunoAuthenticationException;
import io.github.genmedia.providers.suno.SunoCookie;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Suno's {@link SunoAuthInterceptor}, with what to do added to the failure of a request of
 * the configured account whose cookie Clerk rejected (see {@link SunoCookieAdvice}). A
 * request made as another account, by a {@code Cookie} header of its own, fails as it
 * is: the configuration is not to blame.
 */
final class AdvisingSunoAuthInterceptor implements ClientHttpRequestInterceptor {

	private final SunoAuthInterceptor tokens;

	private final SunoCookieAdvice advice;

	AdvisingSunoAuthInterceptor(SunoAuthInterceptor tokens, SunoCookieAdvice advice) {
		this.tokens = tokens;
		this.advice = advice;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		// Read before the token interceptor removes the header.
		List<String> cookies = request.getHeaders().get(HttpHeaders.COOKIE);
		boolean ownAccount = cookies != null && SunoCookie.hasClientCookie(String.join("; ", cookies));
		try {
			return this.tokens.intercept(request, body, execution);
		}
		catch (SunoAuthenticationException ex) {
			throw ownAccount ? ex : this.advice.explain(ex);
		}
	}

}
