package io.github.genmedia.providers.test.standin;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * One WireMock server on a random loopback port with every provider's endpoints, the job
 * clock and the fault script.
 * <p>
 * HTTP/2 over plain connections is off: the JDK's client tries to upgrade, and a stub
 * that answers before reading a request body then resets the stream.
 *
 * @since 0.1.0
 */
public final class StandInRuntime {

	private final WireMockServer server;

	private final Faults faults;

	private final JobBook jobs;

	private final StandInClock clock;

	private final Webhooks webhooks;

	private StandInRuntime(WireMockServer server, Faults faults, JobBook jobs, StandInClock clock, Webhooks webhooks) {
		this.server = server;
		this.faults = faults;
		this.jobs = jobs;
		this.clock = clock;
		this.webhooks = webhooks;
	}

	/**
	 * Start the stand-ins of {@link StandInProviders#ALL}.
	 * @param credentials the credential each provider accepts, by provider name, as the
	 * application configures it ({@code suno}: the cookie); a provider left out accepts
	 * its test credential
	 * @param jobDuration how long a job takes from start to done
	 * @param jwtLifetime how long the JWTs the stand-in Clerk issues live
	 * @return the running stand-ins
	 */
	public static StandInRuntime start(Map<String, String> credentials, Duration jobDuration, Duration jwtLifetime) {
		Routes routes = new Routes();
		Map<String, String> creditsBodies = new LinkedHashMap<>();
		StandInProviders.ALL.forEach((provider) -> creditsBodies.put(provider.name(), provider.insufficientCredits()));
		Faults faults = new Faults(creditsBodies);
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort()
			.bindAddress("127.0.0.1")
			.http2PlainDisabled(true)
			.extensions(routes, faults));
		server.start();
		StandInClock clock = new StandInClock(Clock.systemUTC());
		JobBook jobs = new JobBook(jobDuration, clock);
		Webhooks webhooks = new Webhooks(clock);
		StandInContext context = new StandInContext(jobs, webhooks, jwtLifetime);
		StandInServer stubs = new StandInServer(server, routes);
		for (StandInProvider provider : StandInProviders.ALL) {
			String credential = credentials.getOrDefault(provider.name(), provider.credential().test());
			provider.registration().register(stubs, credential, context);
		}
		return new StandInRuntime(server, faults, jobs, clock, webhooks);
	}

	/**
	 * Return the base URL of each provider's stand-in, and of the other services their
	 * clients call.
	 * @return the URLs, by provider name and service name ({@code clerk})
	 */
	public Map<String, String> baseUrls() {
		String base = this.server.baseUrl();
		Map<String, String> urls = new LinkedHashMap<>();
		for (StandInProvider provider : StandInProviders.ALL) {
			urls.put(provider.name(), base + provider.basePath());
			provider.services().forEach((service, path) -> urls.put(service, base + path));
		}
		return urls;
	}

	public WireMockServer server() {
		return this.server;
	}

	public Faults faults() {
		return this.faults;
	}

	public JobBook jobs() {
		return this.jobs;
	}

	public StandInClock clock() {
		return this.clock;
	}

	/**
	 * Stop everything the stand-ins started: the webhook deliveries (waiting for one under
	 * way) and the server with its threads.
	 */
	public void stop() {
		this.webhooks.stop();
		this.server.stop();
	}

}
