package io.github.genmedia.providers.test.standin;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.util.Assert;

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
	 * Start the stand-ins.
	 * @param credentials the credential each provider accepts, by provider name
	 * ({@code suno}: the cookie's {@code __client} value)
	 * @param jobDuration how long a job takes from start to done
	 * @param jwtLifetime how long the JWTs the stand-in Clerk issues live
	 * @return the running stand-ins
	 */
	public static StandInRuntime start(Map<String, String> credentials, Duration jobDuration, Duration jwtLifetime) {
		Routes routes = new Routes();
		Faults faults = new Faults(Map.of("sunor", SunorStandIn.INSUFFICIENT_CREDITS, "supertone",
				SupertoneStandIn.INSUFFICIENT_CREDITS, "whisul", "{\"error\":\"Payment Required\",\"message\":"
						+ "\"Insufficient credits.\"}", "autype", AutypeStandIn.INSUFFICIENT_CREDITS, "suno",
				SunoStandIn.INSUFFICIENT_CREDITS));
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort()
			.bindAddress("127.0.0.1")
			.http2PlainDisabled(true)
			.extensions(routes, faults));
		server.start();
		StandInClock clock = new StandInClock(Clock.systemUTC());
		JobBook jobs = new JobBook(jobDuration, clock);
		StandInServer stubs = new StandInServer(server, routes);
		SunorStandIn.register(stubs, accepted(credentials, "sunor"), jobs);
		SupertoneStandIn.register(stubs, accepted(credentials, "supertone"));
		WhisulStandIn.register(stubs, accepted(credentials, "whisul"), jobs);
		Webhooks webhooks = new Webhooks(clock);
		AutypeStandIn.register(stubs, accepted(credentials, "autype"), jobs, server.baseUrl(), webhooks);
		SunoStandIn.register(stubs, accepted(credentials, "suno"), jobs, jwtLifetime);
		return new StandInRuntime(server, faults, jobs, clock, webhooks);
	}

	private static String accepted(Map<String, String> credentials, String provider) {
		String credential = credentials.get(provider);
		Assert.state(credential != null, () -> "No credential for the stand-in of " + provider);
		return credential;
	}

	/**
	 * Return the base URL of each provider's stand-in, and Clerk's.
	 * @return the URLs, by provider name and {@code clerk}
	 */
	public Map<String, String> baseUrls() {
		String base = this.server.baseUrl();
		return Map.of("sunor", base + SunorStandIn.BASE, "supertone", base + SupertoneStandIn.BASE, "whisul",
				base + WhisulStandIn.BASE, "autype", base + AutypeStandIn.BASE, "suno", base + SunoStandIn.BASE,
				"clerk", base + SunoStandIn.CLERK);
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
