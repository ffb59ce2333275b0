package io.github.genmedia.providers.pipeline;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.genmedia.providers.activity.ProviderActivity;
import io.github.genmedia.providers.activity.ProviderActivityInterceptor;
import io.github.genmedia.providers.auth.ApiKeyInterceptor;
import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.CredentialSafeRedirectInterceptor;
import io.github.genmedia.providers.auth.OriginBoundHeadersInterceptor;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.definition.ProviderAuth;
import io.github.genmedia.providers.definition.ProviderDefinition;
import io.github.genmedia.providers.error.ProviderErrorDecoder;
import io.github.genmedia.providers.keys.KeyRing;
import io.github.genmedia.providers.keys.KeySelectionInterceptor;
import io.github.genmedia.providers.keys.KeySupply;
import io.github.genmedia.providers.ratelimit.Bucket4jRateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimitInterceptor;
import io.github.genmedia.providers.ratelimit.RateLimitObserver;
import io.github.genmedia.providers.ratelimit.RateLimitSettings;
import io.github.genmedia.providers.ratelimit.RateLimiter;
import io.github.genmedia.providers.ratelimit.RateLimiters;
import io.github.genmedia.providers.retry.LibraryRetry;
import io.github.genmedia.providers.retry.RetryInterceptor;
import io.github.genmedia.providers.retry.RetryObserver;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Collects the optional parts of a {@link ProviderPipeline}; everything else comes from
 * the {@link ProviderDefinition}.
 *
 * @since 0.1.0
 */
public final class ProviderPipelineBuilder {

	/** Browsers stop at 20; a provider API that needs more than five is broken. */
	static final int MAX_REDIRECTS = 5;

	/**
	 * A provider that authenticates itself (Suno) takes no tenant key: refused, rather
	 * than the request quietly going out with the application's own credential.
	 */
	private static final ClientHttpRequestInterceptor NO_TENANT_KEYS = (request, body, execution) -> {
		if (request.getAttributes().containsKey(RequestCredential.TENANT_ATTRIBUTE)) {
			throw new IllegalArgumentException("This provider authenticates itself and takes no tenant key; "
					+ "for Suno, send the tenant's account as a Cookie header");
		}
		return execution.execute(request, body);
	};

	private final ProviderDefinition definition;

	private @Nullable ProviderActivity activity;

	private RetryObserver retryObserver = RetryObserver.NONE;

	private @Nullable ClientHttpRequestInterceptor authentication;

	private @Nullable ClientHttpRequestFactory requestFactory;

	private ProviderErrorDecoder errorDecoder = ProviderErrorDecoder.DEFAULT;

	private @Nullable RateLimiters rateLimiters;

	private @Nullable KeyRing keyRing;

	private RateLimitObserver rateLimitObserver = RateLimitObserver.NONE;

	private boolean rateLimitOnCredit;

	ProviderPipelineBuilder(ProviderDefinition definition) {
		this.definition = definition;
	}

	/**
	 * Record every answer into an activity, for health.
	 * @param activity the provider's activity
	 * @return this builder
	 */
	public ProviderPipelineBuilder activity(ProviderActivity activity) {
		this.activity = activity;
		return this;
	}

	/**
	 * Tell an observer about retries, for metrics.
	 * @param retryObserver the observer
	 * @return this builder
	 */
	public ProviderPipelineBuilder retryObserver(RetryObserver retryObserver) {
		this.retryObserver = retryObserver;
		return this;
	}

	/**
	 * Send requests with an HTTP library's request factory, which must not follow
	 * redirects. What the library repeats by itself is counted as retry attempts, so that
	 * a provider never receives a request more often than the retry settings allow.
	 * Without one, the JDK's client is used with the provider's timeouts.
	 * @param requestFactory the library's request factory
	 * @return this builder
	 */
	public ProviderPipelineBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
		this.requestFactory = requestFactory;
		return this;
	}

	/**
	 * Authenticate with an interceptor of the caller's, for a provider whose credential
	 * the definition cannot express, such as Suno's refreshed tokens. Without one, the
	 * definition's credential is written as its {@link ProviderAuth} says.
	 * @param authentication the interceptor of the {@link PipelineStage#AUTHENTICATION} stage
	 * @return this builder
	 */
	public ProviderPipelineBuilder authentication(ClientHttpRequestInterceptor authentication) {
		this.authentication = authentication;
		return this;
	}

	/**
	 * Read the provider's error answers as it writes them. Without one, the shapes most
	 * APIs use are read ({@link ProviderErrorDecoder#DEFAULT}).
	 * @param errorDecoder how the provider writes its errors
	 * @return this builder
	 */
	public ProviderPipelineBuilder errorDecoder(ProviderErrorDecoder errorDecoder) {
		this.errorDecoder = errorDecoder;
		return this;
	}

	/**
	 * Limit the rate with the given limiter, when the definition has
	 * {@link ProviderDefinition#rateLimit() rate-limit settings}. Every client of one
	 * provider must get the same limiter, so that they draw on one budget; without one,
	 * the pipeline makes a local limiter of its own.
	 * @param rateLimiter the provider's limiter
	 * @return this builder
	 */
	public ProviderPipelineBuilder rateLimiter(RateLimiter rateLimiter) {
		this.rateLimiters = RateLimiters.single(rateLimiter);
		return this;
	}

	/**
	 * Limit the rate with a limiter per key, when the definition has
	 * {@link ProviderDefinition#rateLimit() rate-limit settings}: the limit belongs to the
	 * key, so each of several keys, and a tenant's key, has a budget of its own. Every
	 * client of one provider must get the same limiters.
	 * @param rateLimiters the provider's limiters
	 * @return this builder
	 */
	public ProviderPipelineBuilder rateLimiters(RateLimiters rateLimiters) {
		this.rateLimiters = rateLimiters;
		return this;
	}

	/**
	 * Take the provider's keys from a ring: keys that rotate, several keys taken in turn.
	 * Every client of one provider must get the same ring. Without one, the definition's
	 * credential is the only key.
	 * @param keyRing the provider's keys
	 * @return this builder
	 */
	public ProviderPipelineBuilder keyRing(KeyRing keyRing) {
		this.keyRing = keyRing;
		return this;
	}

	/**
	 * Tell an observer about rate-limit permits, for metrics.
	 * @param rateLimitObserver the observer
	 * @return this builder
	 */
	public ProviderPipelineBuilder rateLimitObserver(RateLimitObserver rateLimitObserver) {
		this.rateLimitObserver = rateLimitObserver;
		return this;
	}

	/**
	 * Take each rate-limit permit at once, on credit, instead of waiting for it
	 * ({@link RateLimiter#acquireOnCredit()}): for a client whose calls must not wait,
	 * such as a health probe. The calls after it wait one turn longer.
	 * @return this builder
	 */
	public ProviderPipelineBuilder rateLimitOnCredit() {
		this.rateLimitOnCredit = true;
		return this;
	}

	/**
	 * Build the pipeline.
	 * @return the pipeline
	 */
	public ProviderPipeline build() {
		ClientHttpRequestFactory library = (this.requestFactory != null) ? this.requestFactory
				: ProviderPipeline.libraryRequestFactory(this.definition);
		Map<PipelineStage, ClientHttpRequestInterceptor> stages = new EnumMap<>(PipelineStage.class);
		if (this.definition.followRedirects()) {
			stages.put(PipelineStage.REDIRECTS, new CredentialSafeRedirectInterceptor(MAX_REDIRECTS));
		}
		if (this.activity != null) {
			stages.put(PipelineStage.ACTIVITY, new ProviderActivityInterceptor(this.activity));
		}
		if (this.definition.retry().enabled()) {
			stages.put(PipelineStage.RETRY,
					new RetryInterceptor(this.definition.name(), this.definition.retry(), this.retryObserver,
							LibraryRetry.of(library)));
		}
		RateLimitSettings rateLimit = this.definition.rateLimit();
		if (rateLimit != null) {
			String name = this.definition.name();
			RateLimiters limiters = (this.rateLimiters != null) ? this.rateLimiters
					: RateLimiters.perKey(this.definition.credential(), Bucket4jRateLimiter.local(name, rateLimit),
							(key) -> Bucket4jRateLimiter.local(name, rateLimit));
			stages.put(PipelineStage.RATE_LIMIT, new RateLimitInterceptor(name, limiters, rateLimit.maxWait(),
					this.rateLimitObserver, this.rateLimitOnCredit));
		}
		if (!this.definition.defaultHeaders().isEmpty()) {
			stages.put(PipelineStage.HEADERS, new OriginBoundHeadersInterceptor(this.definition.defaultHeaders()));
		}
		Set<PipelineStage> unguarded = EnumSet.noneOf(PipelineStage.class);
		if (this.authentication != null) {
			stages.put(PipelineStage.CREDENTIAL, NO_TENANT_KEYS);
			stages.put(PipelineStage.AUTHENTICATION, this.authentication);
			// The caller's authentication keeps its secrets from other origins itself.
			unguarded.addAll(List.of(PipelineStage.CREDENTIAL, PipelineStage.AUTHENTICATION));
		}
		else if (usesApiKey(this.definition)) {
			KeyRing ring = (this.keyRing != null) ? this.keyRing : fixedKey(this.definition);
			// A key rests at most as long as the rate limit pauses: both take Retry-After.
			stages.put(PipelineStage.CREDENTIAL, new KeySelectionInterceptor(ring, this.definition.auth().keyShape(),
					(rateLimit != null) ? rateLimit.maxPause() : RateLimitSettings.DEFAULT_MAX_PAUSE));
			ProviderAuth auth = this.definition.auth();
			stages.put(PipelineStage.AUTHENTICATION, new ApiKeyInterceptor(Objects.requireNonNull(auth.headerName()),
					auth::headerValue, this.definition.credential()));
		}
		return new ProviderPipeline(this.definition, stages, unguarded, library, this.errorDecoder);
	}

	private static boolean usesApiKey(ProviderDefinition definition) {
		return definition.auth().requiresCredential() && definition.auth().headerName() != null;
	}

	private static KeyRing fixedKey(ProviderDefinition definition) {
		Credential credential = definition.credential();
		if (credential == null) {
			throw new IllegalArgumentException("Provider '" + definition.name() + "' needs a credential for "
					+ definition.auth().type() + ", or a key ring");
		}
		return new KeyRing(definition.name(), KeySupply.fixed(List.of(credential)), Clock.systemUTC());
	}

}
