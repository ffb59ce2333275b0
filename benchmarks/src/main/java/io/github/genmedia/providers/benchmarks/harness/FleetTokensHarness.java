package io.github.genmedia.providers.benchmarks.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.genmedia.providers.benchmarks.support.ClerkStandIn;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.QuotaBenchApp;
import io.github.genmedia.providers.benchmarks.support.RedisServerProcess;
import io.github.genmedia.providers.suno.SunoTokenProvider;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Clerk calls of one Suno account for 1 and 3 instances, with each instance refreshing
 * its own JWT ({@code providers.suno.token.store=local}, today's behaviour) and with the
 * instances sharing one JWT through Redis ({@code store=redis}), in one run against one
 * Clerk stand-in.
 * <p>
 * Time is compressed, not simulated: the stand-in issues JWTs that live
 * {@value #LIFETIME_SECONDS} s and the instances refresh them {@value #REFRESH_BEFORE_SECONDS}
 * s before expiry, a refresh every {@value #PERIOD_SECONDS} s where Clerk's 60 s JWTs with
 * the default 30 s give one every 30 s. Each set-up runs {@value #RUN_SECONDS} s after
 * its instances started, a second apart; its token calls per refresh period, times the
 * 120 periods of an hour at the defaults, are the calls per account-hour.
 */
public final class FleetTokensHarness {

	static final String COOKIE = "__client=fleet-client; ajs_anonymous_id=dev";

	static final long LIFETIME_SECONDS = 4;

	static final long REFRESH_BEFORE_SECONDS = 2;

	static final long PERIOD_SECONDS = LIFETIME_SECONDS - REFRESH_BEFORE_SECONDS;

	static final long RUN_SECONDS = 30;

	/** Refresh periods in an hour at the defaults: 60 s JWTs refreshed 30 s before expiry. */
	static final long PERIODS_PER_HOUR = 3600 / 30;

	/** A fixed benchmark key; applications make theirs with openssl rand -base64 32. */
	static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private FleetTokensHarness() {
	}

	public static void main(String[] args) throws Exception {
		Figures figures = new Figures();
		if (!RedisServerProcess.missing(figures)) {
			try (RedisServerProcess redis = RedisServerProcess.start()) {
				for (String store : new String[] { "local", "redis" }) {
					for (int instances : new int[] { 1, 3 }) {
						run(store, instances, redis.port(), figures);
					}
				}
			}
		}
		figures.put("lifetimeSeconds", LIFETIME_SECONDS)
			.put("periodSeconds", PERIOD_SECONDS)
			.put("runSeconds", RUN_SECONDS)
			.put("periodsPerHour", PERIODS_PER_HOUR);
		figures.write(Path.of(args[0]));
		System.exit(0);
	}

	private static void run(String store, int instances, int redisPort, Figures figures) throws Exception {
		String name = store + instances;
		System.out.println("[fleet] " + instances + " instance(s), store=" + store + ", " + RUN_SECONDS + " s of "
				+ LIFETIME_SECONDS + " s JWTs");
		try (ClerkStandIn clerk = ClerkStandIn.start(LIFETIME_SECONDS)) {
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("providers.suno.cookie", COOKIE);
			properties.put("providers.suno.clerk.base-url", clerk.url());
			properties.put("providers.suno.token.refresh-before-expiry", REFRESH_BEFORE_SECONDS + "s");
			properties.put("providers.suno.token.store", store);
			properties.put("providers.suno.token.encryption-key", KEY);
			properties.putAll(RedisServerProcess.connectionProperties(redisPort));
			List<ConfigurableApplicationContext> contexts = new ArrayList<>();
			try {
				for (int i = 0; i < instances; i++) {
					ConfigurableApplicationContext context = Contexts.start(QuotaBenchApp.class, properties);
					contexts.add(context);
					context.getBean(SunoTokenProvider.class).currentToken(Duration.ofSeconds(10));
					Thread.sleep(1000);
				}
				long start = clerk.tokenCalls();
				long startNanos = System.nanoTime();
				Thread.sleep(RUN_SECONDS * 1000);
				double seconds = (System.nanoTime() - startNanos) / 1e9;
				long calls = clerk.tokenCalls() - start;
				int usable = 0;
				for (ConfigurableApplicationContext context : contexts) {
					usable += context.getBean(SunoTokenProvider.class).defaultSource().hasUsableToken() ? 1 : 0;
				}
				double perPeriod = calls / (seconds / PERIOD_SECONDS);
				figures.put(name + ".tokenCalls", calls)
					.put(name + ".seconds", seconds)
					.put(name + ".callsPerPeriod", perPeriod)
					.put(name + ".callsPerAccountHour", perPeriod * PERIODS_PER_HOUR)
					.put(name + ".sessionCalls", clerk.sessionCalls())
					.put(name + ".instancesWithUsableToken", usable);
			}
			finally {
				contexts.forEach(ConfigurableApplicationContext::close);
			}
		}
	}

}
