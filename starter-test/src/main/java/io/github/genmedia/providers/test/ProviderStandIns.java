package io.github.genmedia.providers.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.genmedia.providers.test.standin.ProviderPaths;
import io.github.genmedia.providers.test.standin.StandInProviders;
import io.github.genmedia.providers.test.standin.StandInRuntime;

/**
 * Stand-ins for every built-in provider and Suno's Clerk, on one WireMock server on a
 * random loopback port, as strict as the real providers: a request without the
 * credential, or with it in the wrong place, gets the provider's own 401; answers have
 * the documented shapes; jobs go through their states over
 * {@link AutoConfigureProviderStandIns#jobDuration()} of the stand-ins' {@link #time()},
 * which a test may hold and advance.
 * <p>
 * In a test with {@link AutoConfigureProviderStandIns}, inject it to script faults
 * ({@link #nextCalls}) and look at the traffic ({@link #requestCount},
 * {@link #lastRequest}). Credentials never show: the headers that carry them are masked.
 * {@link #close()} stops the server and every thread the stand-ins started.
 *
 * @since 0.1.0
 */
public final class ProviderStandIns implements AutoCloseable {

	/** The name of the bean in a test's context. */
	public static final String BEAN_NAME = "providerStandIns";

	private static final Set<String> CREDENTIAL_HEADERS = credentialHeaders();

	private final StandInRuntime runtime;

	private ProviderStandIns(StandInRuntime runtime) {
		this.runtime = runtime;
	}

	/**
	 * The headers that carry a credential: each provider's, and {@code Authorization} and
	 * {@code Cookie} whoever sends them.
	 */
	private static Set<String> credentialHeaders() {
		Set<String> headers = new HashSet<>(Set.of("authorization", "cookie"));
		StandInProviders.ALL
			.forEach((provider) -> headers.add(provider.credential().header().toLowerCase(Locale.ROOT)));
		return Set.copyOf(headers);
	}

	/**
	 * Start stand-ins that accept the given credentials.
	 * @param credentials each provider's credential by provider name (an API key, or
	 * Suno's cookie under {@code suno}); a provider left out accepts its
	 * {@link TestCredentials test credential}
	 * @param jobDuration how long a generation job takes
	 * @param jwtLifetime how long the stand-in Clerk's JWTs live
	 * @return the running stand-ins
	 */
	public static ProviderStandIns start(Map<String, String> credentials, Duration jobDuration, Duration jwtLifetime) {
		return new ProviderStandIns(StandInRuntime.start(credentials, jobDuration, jwtLifetime));
	}

	/**
	 * Return the base URL of a provider's stand-in.
	 * @param provider the provider, or {@code clerk}
	 * @return the URL to use as its {@code base-url}
	 */
	public String baseUrl(String provider) {
		String url = this.runtime.baseUrls().get(provider);
		if (url == null) {
			throw new IllegalArgumentException("No stand-in for '" + provider + "'; there are " + ProviderPaths.PROVIDERS);
		}
		return url;
	}

	/**
	 * Script the next calls of a provider.
	 * @param provider the provider
	 * @param calls how many of its next calls
	 * @return what to answer them with
	 */
	public NextCalls nextCalls(String provider, int calls) {
		baseUrl(provider);
		return new NextCalls(this.runtime.faults(), provider, calls);
	}

	/**
	 * Return how many requests a provider's stand-in received.
	 * @param provider the provider
	 * @return the number of requests, rejected ones included
	 */
	public int requestCount(String provider) {
		return calls(provider, "").size();
	}

	/**
	 * Return how many requests a provider's stand-in received at a path.
	 * @param provider the provider
	 * @param path the path relative to the provider's base URL, without query, such as
	 * {@code /task}
	 * @return the number of requests
	 */
	public int requestCount(String provider, String path) {
		return (int) calls(provider, "").stream()
			.filter((call) -> call.url().split("\\?")[0].equals(pathOf(provider) + path))
			.count();
	}

	/**
	 * Return the requests a provider's stand-in received, oldest first.
	 * @param provider the provider
	 * @return the requests, credentials masked
	 */
	public List<RecordedCall> requests(String provider) {
		return calls(provider, "");
	}

	/**
	 * Return the last request a provider's stand-in received.
	 * @param provider the provider
	 * @return the request, credentials masked, or empty when there was none
	 */
	public Optional<RecordedCall> lastRequest(String provider) {
		List<RecordedCall> calls = calls(provider, "");
		return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
	}

	/**
	 * Return the stand-ins' time, for a test to hold and advance: jobs and webhook
	 * deliveries follow it.
	 * @return the time
	 */
	public StandInTime time() {
		return new StandInTime(this.runtime.clock());
	}

	/**
	 * Record a job as finished, for a test that resumes a job started elsewhere.
	 * @param jobId the job's id
	 */
	public void finishedJob(String jobId) {
		this.runtime.jobs().finished(jobId);
	}

	/**
	 * Forget the traffic seen and the faults not yet served, and let a held
	 * {@link #time()} run again, between tests.
	 */
	public void reset() {
		this.runtime.faults().clear();
		this.runtime.server().resetRequests();
		this.runtime.clock().resume();
	}

	/**
	 * Stop the stand-ins: their server, their webhook deliveries (a delivery under way is
	 * waited for) and every thread they started.
	 */
	@Override
	public void close() {
		this.runtime.stop();
	}

	private String pathOf(String provider) {
		return baseUrl(provider).substring(this.runtime.server().baseUrl().length());
	}

	private List<RecordedCall> calls(String provider, String path) {
		String prefix = pathOf(provider) + path;
		List<RecordedCall> calls = new ArrayList<>();
		List<ServeEvent> events = new ArrayList<>(this.runtime.server().getAllServeEvents());
		events.sort((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()));
		for (ServeEvent event : events) {
			LoggedRequest request = event.getRequest();
			if (request.getUrl().startsWith(prefix)) {
				calls.add(new RecordedCall(request.getMethod().getName(), request.getUrl(), masked(request),
						request.getBodyAsString()));
			}
		}
		return calls;
	}

	private static Map<String, List<String>> masked(LoggedRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (HttpHeader header : request.getHeaders().all()) {
			boolean credential = CREDENTIAL_HEADERS.contains(header.key().toLowerCase(Locale.ROOT));
			headers.put(header.key(), credential ? List.of(RecordedCall.MASKED) : header.values());
		}
		return headers;
	}

	@Override
	public String toString() {
		return "ProviderStandIns[" + this.runtime.server().baseUrl() + "]";
	}

}
