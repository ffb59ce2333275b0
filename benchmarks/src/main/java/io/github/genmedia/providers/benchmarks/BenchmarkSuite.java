package io.github.genmedia.providers.benchmarks;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.genmedia.providers.auth.OriginGuard;
import io.github.genmedia.providers.benchmarks.harness.AccountsHarness;
import io.github.genmedia.providers.benchmarks.harness.FleetJobsHarness;
import io.github.genmedia.providers.benchmarks.harness.FleetTokensHarness;
import io.github.genmedia.providers.benchmarks.harness.HotPathHarness;
import io.github.genmedia.providers.benchmarks.harness.JobsHarness;
import io.github.genmedia.providers.benchmarks.harness.QuotaHarness;
import io.github.genmedia.providers.benchmarks.harness.StartupHarness;
import io.github.genmedia.providers.benchmarks.harness.SunoHarness;
import io.github.genmedia.providers.benchmarks.harness.TransferHarness;
import io.github.genmedia.providers.benchmarks.jmh.HotPathBenchmark;
import io.github.genmedia.providers.benchmarks.jmh.InterceptorChainBenchmark;
import io.github.genmedia.providers.benchmarks.support.Contexts;
import io.github.genmedia.providers.benchmarks.support.Figures;
import io.github.genmedia.providers.benchmarks.support.Forked;
import io.github.genmedia.providers.benchmarks.support.LoopbackServer;
import io.github.genmedia.providers.benchmarks.support.Report;
import io.github.genmedia.providers.benchmarks.support.Report.Status;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import static io.github.genmedia.providers.benchmarks.support.Figures.fmt;

/**
 * Runs every benchmark of the starter, each against a baseline measured in the same run,
 * and prints one Markdown table of the figures and the targets.
 * <p>
 * JMH benchmarks run through the JMH Runner API, one fork each; the harnesses run in
 * JVMs of their own. {@code -Dbench.only=hotpath,chain,transfer,jobs,suno,startup,accounts,quota,fleet,fleetjobs} picks a
 * subset; {@code -Dbench.results=FILE} is where the Markdown is written as well.
 */
public final class BenchmarkSuite {

	private static final String[] FORK_JVM_ARGS = { "-Xms512m", "-Xmx512m" };

	/**
	 * For the HTTP benchmarks: JIT compilation in the foreground. With two cores and
	 * three or four threads busy on every request, background compilation starves and the
	 * JDK HttpClient path keeps getting faster for half a minute; with {@code -Xbatch} it
	 * is compiled within seconds. The code compiled is the same.
	 */
	private static final String[] HTTP_JVM_ARGS = { "-Xms512m", "-Xmx512m", "-Xbatch" };

	/** The parts of the suite by their {@code bench.only} names, in the order they run. */
	private static final Map<String, Section> SECTIONS = sections();

	private BenchmarkSuite() {
	}

	private static Map<String, Section> sections() {
		Map<String, Section> sections = new LinkedHashMap<>();
		sections.put("hotpath", BenchmarkSuite::hotPath);
		sections.put("chain", BenchmarkSuite::interceptorChain);
		sections.put("transfer", BenchmarkSuite::transfer);
		sections.put("jobs", BenchmarkSuite::jobs);
		sections.put("suno", BenchmarkSuite::suno);
		sections.put("startup", BenchmarkSuite::startup);
		sections.put("accounts", BenchmarkSuite::accounts);
		sections.put("quota", BenchmarkSuite::quota);
		sections.put("fleet", BenchmarkSuite::fleetTokens);
		sections.put("fleetjobs", BenchmarkSuite::fleetJobs);
		return sections;
	}

	public static void main(String[] args) throws Exception {
		Set<String> only = Arrays.stream(System.getProperty("bench.only", "all").split(","))
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.toSet());
		Path resultsFile = Path.of(System.getProperty("bench.results", "benchmark-results.md"));
		long suiteStart = System.nanoTime();
		Report report = new Report();
		describeMachine(report);
		for (Map.Entry<String, Section> section : SECTIONS.entrySet()) {
			if (only.contains("all") || only.contains(section.getKey())) {
				section.getValue().run(report);
			}
		}
		report.note("Whole suite: " + fmt((System.nanoTime() - suiteStart) / 1e9, 0) + " s.");
		String markdown = report.markdown();
		System.out.println();
		System.out.println(markdown);
		Files.createDirectories(resultsFile.toAbsolutePath().getParent());
		Files.writeString(resultsFile, markdown, StandardCharsets.UTF_8);
		System.out.println("Written to " + resultsFile.toAbsolutePath());
		System.exit(0);
	}

	private static void describeMachine(Report report) {
		report.machine("Date: " + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE));
		report.machine("CPU: " + cpuModel() + ", nproc " + Runtime.getRuntime().availableProcessors());
		report.machine("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		report.machine("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		report.machine("Spring Boot " + org.springframework.boot.SpringBootVersion.getVersion() + ", Spring Framework "
				+ org.springframework.core.SpringVersion.getVersion() + ", JMH 1.37");
		if (!Contexts.providerVariablesSet().isEmpty()) {
			report.machine("WARNING: provider variables set in the environment: " + Contexts.providerVariablesSet());
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown (" + System.getProperty("os.arch") + ")";
		}
	}

	// ---- 1. Hot path -------------------------------------------------------------------

	private static void hotPath(Report report) throws RunnerException {
		System.out.println("\n=== 1. Hot path: sunorRestClient vs a plain RestClient ===");
		report.note("Hot path set-up: " + checkHotPathSetUp());
		Options options = jmh(HotPathBenchmark.class, 3, 2, 8, 2, HTTP_JVM_ARGS);
		// Both clients are pre-warmed past C2's thresholds in every fork (see HotPathBenchmark).
		Map<String, Result<?>> results = run(options);
		Result<?> starter = results.get("starterClient");
		Result<?> plain = results.get("plainClient");
		double ratio = starter.getScore() / plain.getScore();
		// The ratio's 99.9% interval from JMH's error bars: "met" only when all of it is at or
		// above 0.98, "NOT met" when all of it is below, "inconclusive" when it spans 0.98.
		double relativeError = Math.hypot(relativeError(starter), relativeError(plain));
		double low = ratio * (1 - relativeError);
		double high = ratio * (1 + relativeError);
		Status jmhStatus = (low >= 0.98) ? Status.MET : (high < 0.98) ? Status.NOT_MET : Status.NOISY;
		report.row("1. Hot path (JMH), requests/s, 1 thread (sunorRestClient vs plain RestClient, JDK HttpClient, loopback)",
				score(starter, 0) + " req/s", score(plain, 0) + " req/s",
				fmt(ratio, 3) + " (99.9% CI " + fmt(low, 3) + "–" + fmt(high, 3) + ")", "≥ 0.980", jmhStatus);
		double addedMicros = (1e6 / starter.getScore()) - (1e6 / plain.getScore());
		report.row("1. Hot path (JMH), time per request", fmt(1e6 / starter.getScore(), 1) + " µs",
				fmt(1e6 / plain.getScore(), 1) + " µs", signed(addedMicros, 1) + " µs", "—", Status.INFO);
		System.out.println("\n=== 1. Hot path, interleaved ===");
		Figures f = Forked.run(HotPathHarness.class, 300, HTTP_JVM_ARGS);
		double interleaved = f.number("starter.medianRatio");
		report.row("1. Hot path, interleaved: " + f.get("rounds") + " rounds of " + f.get("block")
				+ " requests per client in one JVM, order rotating; median of per-round throughput ratios",
				fmt(f.number("starter.rps"), 0) + " req/s", fmt(f.number("plain.rps"), 0) + " req/s",
				fmt(interleaved, 3) + " (IQR " + fmt(f.number("starter.q1Ratio"), 3) + "–"
						+ fmt(f.number("starter.q3Ratio"), 3) + ")",
				"≥ 0.980", Status.of(interleaved >= 0.98));
		for (String[] diagnostic : new String[][] {
				{ "bootBuilder", "Spring Boot's RestClient.Builder and request factory, provider timeouts, no provider interceptors" },
				{ "plainNoopInterceptor", "plain RestClient plus one no-op interceptor (Spring's intercepting path)" },
				{ "plainPipeline", "plain RestClient with the provider pipeline's request factory around its own" } }) {
			report.row("1. … " + diagnostic[1] + " (diagnostic)", fmt(f.number(diagnostic[0] + ".rps"), 0) + " req/s",
					fmt(f.number("plain.rps"), 0) + " req/s", fmt(f.number(diagnostic[0] + ".medianRatio"), 3), "—",
					Status.INFO);
		}
		report.row("1. Hot path, interleaved: latency p50 / p99", fmt(f.number("starter.p50Us"), 1) + " / "
				+ fmt(f.number("starter.p99Us"), 1) + " µs", fmt(f.number("plain.p50Us"), 1) + " / "
						+ fmt(f.number("plain.p99Us"), 1) + " µs",
				signed(f.number("starter.p50Us") - f.number("plain.p50Us"), 1) + " / "
						+ signed(f.number("starter.p99Us") - f.number("plain.p99Us"), 1) + " µs",
				"—", Status.INFO);
		StringBuilder split = new StringBuilder();
		for (String name : new String[] { "bootBuilder", "plainNoopInterceptor", "plainPipeline" }) {
			split.append(name).append(' ').append(signed(f.number(name + ".cpuUs") - f.number("plain.cpuUs"), 1))
				.append(" µs / ").append(signed(f.number(name + ".allocatedBytes") - f.number("plain.allocatedBytes"), 0))
				.append(" B; ");
		}
		report.row("1. Hot path, interleaved: calling thread's CPU time and allocation per request (split: " + split
				.toString()
				.strip() + ")", fmt(f.number("starter.cpuUs"), 1) + " µs, " + fmt(f.number("starter.allocatedBytes"), 0) + " B",
				fmt(f.number("plain.cpuUs"), 1) + " µs, " + fmt(f.number("plain.allocatedBytes"), 0) + " B",
				signed(f.number("starter.cpuUs") - f.number("plain.cpuUs"), 1) + " µs, "
						+ signed(f.number("starter.allocatedBytes") - f.number("plain.allocatedBytes"), 0) + " B",
				"—", Status.INFO);
		double chainInSitu = f.number("plainPipeline.cpuUs") - f.number("plain.cpuUs");
		report.row("1. … the provider pipeline's stages inside a live client: calling thread's CPU, plain with "
				+ "the pipeline's request factory minus plain (diagnostic; compare 1b)",
				fmt(f.number("plainPipeline.cpuUs"), 1) + " µs", fmt(f.number("plain.cpuUs"), 1) + " µs",
				signed(chainInSitu, 1) + " µs", "—", Status.INFO);
		report.target("Hot path within 2% of a plain RestClient", interleaved >= 0.98,
				"interleaved median throughput ratio " + fmt(interleaved, 3) + " (" + fmt(f.number("starter.rps"), 0)
						+ " vs " + fmt(f.number("plain.rps"), 0) + " req/s); JMH ratio " + fmt(ratio, 3) + " ("
						+ score(starter, 0) + " vs " + score(plain, 0) + " req/s)"
						+ ((jmhStatus == Status.NOISY) ? ", whose interval spans 0.98" : ""));
	}

	/** Make sure the starter's client and the baseline are what the benchmark claims. */
	private static String checkHotPathSetUp() {
		try (LoopbackServer server = LoopbackServer.start(0)) {
			ConfigurableApplicationContext context = HotPathBenchmark.startContext(server);
			try {
				RestClient starter = context.getBean("sunorRestClient", RestClient.class);
				RestClient plain = HotPathBenchmark.plainClient(server.url() + "/api/v1", HotPathBenchmark.KEY_HEADER);
				starter.get().uri(HotPathBenchmark.PATH).retrieve().body(String.class);
				plain.get().uri(HotPathBenchmark.PATH).retrieve().body(String.class);
				if (server.requests() != 2 || server.requestsWithApiKey() != 2) {
					throw new IllegalStateException("Expected 2 requests with x-api-key, but the server saw "
							+ server.requests() + " with " + server.requestsWithApiKey() + " keyed");
				}
				return "sunorRestClient request factory " + requestFactoryOf(starter) + ", plain " + requestFactoryOf(plain)
						+ "; both send x-api-key (the plain client as a default header), so both put the same bytes on the wire";
			}
			finally {
				context.close();
			}
		}
	}

	private static String requestFactoryOf(RestClient client) {
		for (Class<?> type = client.getClass(); type != null; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (ClientHttpRequestFactory.class.isAssignableFrom(field.getType())
						&& field.getName().equals("clientRequestFactory")) {
					try {
						field.setAccessible(true);
						Object factory = field.get(client);
						return (factory != null) ? factory.getClass().getSimpleName() : "none";
					}
					catch (ReflectiveOperationException | RuntimeException ex) {
						return "unknown (" + ex.getClass().getSimpleName() + ")";
					}
				}
			}
		}
		return "unknown";
	}

	// ---- 1b. Interceptor chain ---------------------------------------------------------

	/** A stage's name; an origin-bound stage by the stage the pipeline guarded. */
	private static String stageName(ClientHttpRequestInterceptor interceptor) {
		return (interceptor instanceof OriginGuard guarded)
				? guarded.stage().getClass().getSimpleName() + " (origin-guarded)"
				: interceptor.getClass().getSimpleName();
	}

	private static void interceptorChain(Report report) throws RunnerException {
		System.out.println("\n=== 1b. Pipeline stages around a stub HTTP library ===");
		report.note("Pipeline measured: " + InterceptorChainBenchmark.pipeline((uri, method) -> {
			throw new UnsupportedOperationException();
		})
			.interceptors()
			.stream()
			.map(BenchmarkSuite::stageName)
			.collect(Collectors.joining(" → ")) + " → stub HTTP library request (canned 200), run by the pipeline's "
				+ "request factory; the same stages as Spring interceptors for comparison.");
		Options options = new OptionsBuilder().parent(jmh(InterceptorChainBenchmark.class, 3, 2, 10, 1, FORK_JVM_ARGS))
			.addProfiler(GCProfiler.class)
			.build();
		Collection<RunResult> runs = new Runner(options).run();
		Map<String, Result<?>> results = primaryResults(runs);
		Map<String, Double> allocation = new HashMap<>();
		for (RunResult run : runs) {
			Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
			if (alloc != null) {
				allocation.put(method(run), alloc.getScore());
			}
		}
		Result<?> baseline = results.get("baseline");
		Result<?> full = results.get("fullChain");
		double added = full.getScore() - baseline.getScore();
		report.row("1b. Pipeline (redirect, activity, retry, credential, API key) around a stub HTTP library, ns/request",
				score(full, 1) + " ns, " + bytes(allocation.get("fullChain")),
				score(baseline, 1) + " ns, " + bytes(allocation.get("baseline")) + " (stub request created and executed directly)",
				fmt(full.getScore() / baseline.getScore(), 1) + "×; " + signed(added, 0) + " ns",
				"added < 500 ns", Status.of(added < 500));
		Result<?> spring = results.get("springInterceptors");
		report.row("1b. … the same stages as Spring interceptors (InterceptingClientHttpRequestFactory; diagnostic)",
				score(spring, 1) + " ns, " + bytes(allocation.get("springInterceptors")), score(baseline, 1) + " ns",
				signed(spring.getScore() - baseline.getScore(), 0) + " ns, "
						+ signedBytes(allocation.get("springInterceptors"), allocation.get("baseline")),
				"—", Status.INFO);
		for (String stage : new String[] { "noop", "redirect", "retry", "apiKey", "activity" }) {
			String single = "stageOnly:stage=" + stage;
			Result<?> result = results.get(single);
			String name = stage.equals("noop") ? "a no-op interceptor (Spring's chain mechanics)"
					: stage + " interceptor";
			report.row("1b. … " + name + " alone (diagnostic)",
					score(result, 1) + " ns, " + bytes(allocation.get(single)), score(baseline, 1) + " ns",
					signed(result.getScore() - baseline.getScore(), 0) + " ns, "
							+ signedBytes(allocation.get(single), allocation.get("baseline")),
					"—", Status.INFO);
		}
		report.target("Pipeline stages under 500 ns per request", added < 500,
				fmt(added, 0) + " ns added (" + score(full, 1) + " − " + score(baseline, 1) + " ns)");
	}

	private static String bytes(Double value) {
		return (value != null) ? fmt(value, 0) + " B/op" : "? B/op";
	}

	private static String signedBytes(Double value, Double baseline) {
		return (value != null && baseline != null) ? signed(value - baseline, 0) + " B" : "? B";
	}

	// ---- 1c. Transfers ---------------------------------------------------------------------

	private static void transfer(Report report) {
		System.out.println("\n=== 1c. Large transfers: heap growth ===");
		// A small young generation, so that garbage does not hide what a client holds.
		Figures f = Forked.run(TransferHarness.class, 600, "-Xms1500m", "-Xmx1500m", "-Xmn16m", "-XX:+UseSerialGC");
		double downloadStarter = transferRow(report, f, "download",
				"Download of " + f.get("downloadMiB") + " MiB read as a stream");
		double uploadStarter = transferRow(report, f, "upload",
				"Upload of " + f.get("uploadMiB") + " MiB streamed from an InputStream");
		double uploadPlain = f.number("upload.plain.growthMiB");
		report.row("1c. … the same upload through a plain RestClient with one no-op interceptor (Spring buffers the body; diagnostic)",
				fmt(f.number("upload.intercepted.growthMiB"), 1) + " MiB", fmt(uploadPlain, 1) + " MiB",
				signed(f.number("upload.intercepted.growthMiB") - uploadPlain, 1) + " MiB", "—", Status.INFO);
		report.target("Streamed uploads and downloads are not held in memory", downloadStarter < 16 && uploadStarter < 16,
				"download +" + fmt(downloadStarter, 1) + " MiB, upload +" + fmt(uploadStarter, 1) + " MiB of heap for "
						+ f.get("downloadMiB") + " / " + f.get("uploadMiB") + " MiB");
	}

	/** One transfer's row: the starter's heap growth and throughput against the plain client's. */
	private static double transferRow(Report report, Figures f, String transfer, String what) {
		double starter = f.number(transfer + ".starter.growthMiB");
		double plain = f.number(transfer + ".plain.growthMiB");
		report.row("1c. " + what + ": heap growth, throughput",
				fmt(starter, 1) + " MiB, " + fmt(f.number(transfer + ".starter.mibPerSecond"), 0) + " MiB/s",
				fmt(plain, 1) + " MiB, " + fmt(f.number(transfer + ".plain.mibPerSecond"), 0) + " MiB/s",
				signed(starter - plain, 1) + " MiB", "growth < 16 MiB", Status.of(starter < 16));
		return starter;
	}

	// ---- 1d. Jobs ---------------------------------------------------------------------------

	private static void jobs(Report report) {
		System.out.println("\n=== 1d. Generation jobs: polls per job and detection delay ===");
		Figures f = Forked.run(JobsHarness.class, 600, FORK_JVM_ARGS);
		boolean met = true;
		for (String[] model : new String[][] { { "narrow", "narrow durations (median 144 s, sigma 0.25; Whisul's defaults)" },
				{ "wide", "wide durations (Sunor's 30 s-5 min as p1-p99; Sunor's defaults)" } }) {
			for (String part : new String[] { "", "steady." }) {
				String a = model[0] + ".adaptive." + part;
				String b = model[0] + ".fixed." + part;
				double ratio = f.number(a + "pollsPerJob") / f.number(b + "pollsPerJob");
				boolean delayOk = f.number(a + "p95DelaySeconds") <= f.number(b + "p95DelaySeconds");
				boolean rowMet = ratio <= 0.5 && delayOk;
				String which = part.isEmpty() ? "all " + f.get("jobs") + " jobs" : "second half (after learning)";
				report.row("1d. Jobs, " + model[1] + ", " + which + ": polls per job; p50 / p95 detection delay",
						fmt(f.number(a + "pollsPerJob"), 1) + "; " + fmt(f.number(a + "p50DelaySeconds"), 2) + " / "
								+ fmt(f.number(a + "p95DelaySeconds"), 2) + " s",
						fmt(f.number(b + "pollsPerJob"), 1) + "; " + fmt(f.number(b + "p50DelaySeconds"), 2) + " / "
								+ fmt(f.number(b + "p95DelaySeconds"), 2) + " s (fixed 5 s poller)",
						fmt(ratio, 2) + "× polls", "≤ 0.5× polls, p95 no worse", Status.of(rowMet));
				if (part.isEmpty() && model[0].equals("narrow")) {
					met = rowMet;
				}
			}
		}
		report.target("Jobs: at most half the polls of a fixed 5 s poller, p95 detection delay no worse", met,
				"narrow durations, all jobs: " + fmt(f.number("narrow.adaptive.pollsPerJob"), 1) + " vs "
						+ fmt(f.number("narrow.fixed.pollsPerJob"), 1) + " polls per job, p95 "
						+ fmt(f.number("narrow.adaptive.p95DelaySeconds"), 2) + " vs "
						+ fmt(f.number("narrow.fixed.p95DelaySeconds"), 2) + " s; wide durations: "
						+ fmt(f.number("wide.adaptive.pollsPerJob"), 1) + " vs " + fmt(f.number("wide.fixed.pollsPerJob"), 1)
						+ " polls per job");
	}

	// ---- 2. Suno --------------------------------------------------------------------------

	private static void suno(Report report) {
		System.out.println("\n=== 2. Suno: Clerk stand-in, Suno API stand-in, sunoRestClient ===");
		Figures f = Forked.run(SunoHarness.class, 300, with(HTTP_JVM_ARGS, "-Dsuno.phases=steady"))
			.putAll(Forked.run(SunoHarness.class, 300, with(FORK_JVM_ARGS, "-Dsuno.phases=expiry")));
		long calls = f.integer("steady.clerkCalls");
		long requests = f.integer("steady.sunoRequests");
		double elapsed = f.number("steady.elapsedSeconds");
		// 2 at start-up (session lookup + token), then one token call per refresh period.
		long steadyBound = 2 + (long) Math.ceil(elapsed / 30.0);
		double per10k = calls * 10_000.0 / requests;
		report.row("2. Suno: Clerk calls per 10,000 requests (JWT 60 s, refresh 30 s before expiry)",
				fmt(per10k, 1) + " (" + calls + " calls: " + f.get("steady.clerkSessionCalls") + " session + "
						+ f.get("steady.clerkTokenCalls") + " token, for " + fmt(requests, 0) + " requests in "
						+ fmt(elapsed, 1) + " s incl. startup)",
				"10,000 (reference proxy: one Clerk call per operation; stated, not measured)",
				fmt(per10k / 10_000.0, 4), "≤ " + steadyBound + " calls (2 + ⌈elapsed / 30 s⌉)",
				Status.of(calls <= steadyBound));
		double sunoRps = f.number("steady.sunoRps");
		double plainRps = f.number("steady.plainRps");
		report.row("2. Suno: requests/s, 1 thread, 10,000 requests (sunoRestClient vs plain RestClient sending the same token as a fixed header)",
				fmt(sunoRps, 0) + " req/s", fmt(plainRps, 0) + " req/s", fmt(sunoRps / plainRps, 3), "—",
				Status.INFO);
		for (String stat : new String[] { "Mean", "P50", "P99" }) {
			double suno = f.number("steady.suno" + stat + "Us");
			double plain = f.number("steady.plain" + stat + "Us");
			report.row("2. Suno: latency " + stat.toLowerCase() + " (added by the provider chain incl. SunoAuthInterceptor)",
					fmt(suno, 1) + " µs", fmt(plain, 1) + " µs", signed(suno - plain, 1) + " µs", "—", Status.INFO);
		}
		long unauthenticated = f.integer("steady.withoutBearer");
		if (unauthenticated != 0) {
			report.note("WARNING: " + unauthenticated + " Suno requests reached the stand-in without a Bearer token.");
		}
		boolean expiryMet = true;
		StringBuilder expiryEvidence = new StringBuilder();
		long[] tokenCalls = new long[2];
		int index = 0;
		for (int threads : new int[] { 1, 8 }) {
			String p = "expiry" + threads + ".";
			double seconds = f.number(p + "elapsedSeconds");
			long lifetime = f.integer(p + "lifetimeSeconds");
			long refreshBefore = f.integer(p + "refreshBeforeSeconds");
			long tokens = f.integer(p + "clerkTokenCalls");
			long sessions = f.integer(p + "clerkSessionCalls");
			long errors = f.integer(p + "errors");
			long bound = (long) Math.ceil(seconds / (lifetime - refreshBefore)) + 1;
			double lifetimes = seconds / lifetime;
			boolean met = tokens + sessions <= bound && errors == 0;
			expiryMet &= met;
			tokenCalls[index++] = tokens + sessions;
			report.row("2. Suno expiry, " + threads + " thread(s) × " + fmt(seconds, 1) + " s, JWT " + lifetime
					+ " s, refresh " + refreshBefore + " s before: Clerk calls per elapsed JWT lifetime",
					fmt((tokens + sessions) / lifetimes, 2) + " (" + (tokens + sessions) + " calls for "
							+ fmt(f.integer(p + "requests"), 0) + " requests; " + errors + " errors; max latency "
							+ fmt(f.number(p + "maxLatencyMs"), 1) + " ms, " + f.get(p + "slowOver10ms") + " over 10 ms)",
					"reference proxy: " + fmt(f.integer(p + "requests"), 0) + " calls (one per request)",
					fmt((tokens + sessions) / (double) f.integer(p + "requests"), 6),
					"≤ " + bound + " calls (⌈elapsed / (lifetime − refresh-before)⌉ + 1), no errors", Status.of(met));
			expiryEvidence.append(threads).append(" thread(s): ").append(tokens + sessions).append(" calls / ")
				.append(fmt(f.integer(p + "requests"), 0)).append(" requests in ").append(fmt(seconds, 1))
				.append(" s (bound ").append(bound).append("); ");
			if (errors > 0) {
				report.note("Suno expiry with " + threads + " thread(s): first error " + f.get(p + "firstError"));
			}
		}
		boolean independent = Math.abs(tokenCalls[0] - tokenCalls[1]) <= 1;
		boolean clerkMet = calls <= steadyBound && expiryMet && independent;
		report.target("Clerk calls bounded by elapsed time over JWT lifetime, independent of request count", clerkMet,
				"steady: " + calls + " calls for " + fmt(requests, 0) + " requests (bound " + steadyBound + "); "
						+ expiryEvidence + "1 vs 8 threads differ by " + Math.abs(tokenCalls[0] - tokenCalls[1])
						+ " call(s)");
	}

	// ---- 3. Startup -----------------------------------------------------------------------

	private static void startup(Report report) {
		System.out.println("\n=== 3. Startup: all five providers vs none ===");
		Figures f = Forked.run(StartupHarness.class, 300, FORK_JVM_ARGS);
		double all = f.number("allMedianMs");
		double none = f.number("noneMedianMs");
		double cost = all - none;
		report.row("3. Startup: context with all five providers vs none, median of " + f.get("iterations")
				+ " after warm-up", fmt(all, 1) + " ms", fmt(none, 1) + " ms", fmt(all / none, 2) + "×; "
						+ signed(cost, 1) + " ms",
				"cost < 100 ms", Status.of(cost < 100));
		report.row("3. Startup: p90 / min (diagnostic)", fmt(f.number("allP90Ms"), 1) + " / " + fmt(f.number("allMinMs"), 1)
				+ " ms", fmt(f.number("noneP90Ms"), 1) + " / " + fmt(f.number("noneMinMs"), 1) + " ms", "—", "—",
				Status.INFO);
		report.row("3. Startup: first context in a fresh JVM (cold, diagnostic)", fmt(f.number("firstAllMs"), 0) + " ms (all, 2nd)",
				fmt(f.number("firstNoneMs"), 0) + " ms (none, 1st)", "—", "—", Status.INFO);
		report.row("3. Startup: live threads after " + f.get("contextsOpened") + " contexts opened and closed (diagnostic)",
				f.get("threadsAfter"), f.get("threadsBefore") + " before", "—", "—", Status.INFO);
		report.target("Startup cost under 100 ms", cost < 100,
				"median " + fmt(all, 1) + " ms with all five vs " + fmt(none, 1) + " ms with none: +" + fmt(cost, 1) + " ms");
	}

	// ---- 4. Accounts ----------------------------------------------------------------------

	private static void accounts(Report report) {
		System.out.println("\n=== 4. Accounts: a flood of distinct Suno cookies ===");
		Figures f = Forked.run(AccountsHarness.class, 400, "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC");
		double baseHeap = f.number("baseline.heapBytes");
		long baseThreads = f.integer("baseline.threads");
		long maxCached = f.integer("maxCached");
		boolean threadsFlat = true;
		boolean cacheBounded = true;
		for (int checkpoint : new int[] { 1_000, 5_000, 10_000 }) {
			String p = "flood" + checkpoint + ".";
			double heap = f.number(p + "heapBytes");
			long threads = f.integer(p + "threads");
			long cached = f.integer(p + "cached");
			threadsFlat &= threads - baseThreads <= 4;
			cacheBounded &= cached <= maxCached;
			report.row("4. Accounts: after " + fmt(checkpoint, 0) + " distinct cookies (forCookie + currentToken, max-cached "
					+ maxCached + ")", mib(heap) + " retained; " + threads + " threads; " + cached + " cached",
					mib(baseHeap) + "; " + baseThreads + " threads; " + f.get("baseline.cached") + " cached",
					signedMib(heap - baseHeap), "—", Status.INFO);
		}
		double growth = f.number("flood10000.heapBytes") - f.number("flood1000.heapBytes");
		double lateGrowth = f.number("flood10000.heapBytes") - f.number("flood5000.heapBytes");
		boolean flat = growth < 1024 * 1024 && threadsFlat && cacheBounded;
		report.row("4. Accounts: heap growth from 1,000 to 10,000 cookies", signedMib(growth) + " (" + fmt(growth / 9_000, 1)
				+ " B/cookie; 5,000→10,000: " + fmt(lateGrowth / 5_000, 1) + " B/cookie)", "0 (flat)", "—",
				"< 1 MiB, threads ≤ baseline + 4, cached ≤ " + maxCached, Status.of(flat));
		report.row("4. Accounts: flood time and Clerk calls (diagnostic)",
				fmt(f.number("flood.seconds"), 1) + " s, " + fmt(f.integer("flood.clerkCalls"), 0) + " Clerk calls",
				"2 per new account = " + fmt(2L * 10_000, 0), "—", "—", Status.INFO);
		report.row("4. Accounts: burst of 10,000 forCookie calls without waiting, right after (diagnostic)",
				mib(f.number("burst.heapBytesRightAfter")) + " retained; " + f.get("burst.threadsRightAfter") + " threads; "
						+ f.get("burst.cached") + " cached; " + fmt(f.number("burst.callMillis"), 0) + " ms for the calls",
				mib(f.number("flood10000.heapBytes")) + " before the burst", signedMib(f.number("burst.heapBytesRightAfter") - f.number("flood10000.heapBytes")),
				"—", Status.INFO);
		report.row("4. Accounts: the same burst once the token scheduler caught up (diagnostic)",
				mib(f.number("burst.heapBytesDrained")) + " retained; " + fmt(f.integer("burst.clerkCalls"), 0)
						+ " Clerk calls in " + fmt(f.number("burst.drainSeconds"), 1) + " s",
				"≤ " + (2 * maxCached) + " Clerk calls needed for the " + maxCached + " accounts still cached",
				signedMib(f.number("burst.heapBytesDrained") - f.number("flood10000.heapBytes")), "—", Status.INFO);
		report.target("Flat memory for the account flood", flat,
				"retained heap " + mib(f.number("flood1000.heapBytes")) + " / " + mib(f.number("flood5000.heapBytes")) + " / "
						+ mib(f.number("flood10000.heapBytes")) + " at 1,000 / 5,000 / 10,000 cookies (baseline "
						+ mib(baseHeap) + "); threads " + baseThreads + " → " + f.get("flood10000.threads")
						+ "; cached " + f.get("flood10000.cached") + " ≤ " + maxCached);
	}

	// ---- 6. Suno tokens of a fleet ------------------------------------------------------

	private static void fleetTokens(Report report) {
		System.out.println("\n=== 6. Suno tokens of a fleet: 1 and 3 instances, local vs Redis ===");
		Figures f = forkedWithRedis(FleetTokensHarness.class, 600, "6. Fleet tokens", report);
		if (f == null) {
			return;
		}
		String setUp = f.get("lifetimeSeconds") + " s JWTs refreshed every " + f.get("periodSeconds") + " s, "
				+ f.get("runSeconds") + " s per set-up, scaled to Clerk's 60 s JWTs (" + f.get("periodsPerHour")
				+ " refreshes an hour)";
		for (int instances : new int[] { 1, 3 }) {
			double shared = f.number("redis" + instances + ".callsPerAccountHour");
			double local = f.number("local" + instances + ".callsPerAccountHour");
			report.row("6. Fleet tokens: Clerk token calls per account-hour, " + instances + " instance(s), "
					+ "store=redis vs store=local (" + setUp + ")", fmt(shared, 0), fmt(local, 0),
					fmt(shared / local, 2), "—", Status.INFO);
		}
		double one = f.number("local1.callsPerAccountHour");
		double fleet = f.number("redis3.callsPerAccountHour");
		boolean met = Math.abs(f.integer("redis3.tokenCalls") - f.integer("local1.tokenCalls")) <= 1;
		report.row("6. Fleet tokens: 3 instances sharing through Redis vs 1 instance alone", fmt(fleet, 0),
				fmt(one, 0), fmt(fleet / one, 2), "equal within one call", Status.of(met));
		report.target("3 instances sharing one Suno account ask Clerk as often as one instance", met,
				f.get("redis3.tokenCalls") + " token calls for 3 instances vs " + f.get("local1.tokenCalls")
						+ " for one in " + f.get("runSeconds") + " s; 3 instances refreshing their own: "
						+ f.get("local3.tokenCalls"));
	}

	// ---- 7. Jobs of a fleet, webhooks round-robin -----------------------------------------

	private static void fleetJobs(Report report) {
		System.out.println("\n=== 7. Jobs of a fleet: 3 instances, Autype webhooks round-robin, local vs Redis ===");
		Figures f = forkedWithRedis(FleetJobsHarness.class, 600, "7. Fleet jobs", report);
		if (f == null) {
			return;
		}
		String setUp = f.get("instances") + " instances, " + f.get("jobs") + " Autype renders of 3-6 s, webhooks "
				+ "round-robin";
		for (String[] polling : new String[][] { { "defaults", "Autype's defaults (first poll 2 s, every 2 s)" },
				{ "fallback", "polling as a fallback (first poll and interval 10 s)" } }) {
			String redis = polling[0] + ".redis.";
			String local = polling[0] + ".local.";
			report.row("7. Fleet jobs, " + setUp + ", " + polling[1] + ": polls per job (mean, p95); completion delay "
					+ "p50 / p95; store=redis vs store=local", fleetJobs(f, redis), fleetJobs(f, local),
					fmt(f.number(redis + "pollsPerJob") / f.number(local + "pollsPerJob"), 2) + "× polls, "
							+ fmt(f.number(redis + "p95DelayMs") / f.number(local + "p95DelayMs"), 3) + "× p95 delay",
					"—", Status.INFO);
		}
		// What the relay allows: polling as a fallback, against today's fleet at Autype's defaults.
		report.row("7. Fleet jobs, " + setUp + ": store=redis with polling as a fallback vs store=local with Autype's "
				+ "defaults: polls per job (mean, p95); completion delay p50 / p95", fleetJobs(f, "fallback.redis."),
				fleetJobs(f, "defaults.local."),
				fmt(f.number("fallback.redis.pollsPerJob") / f.number("defaults.local.pollsPerJob"), 2) + "× polls, "
						+ fmt(f.number("fallback.redis.p95DelayMs") / f.number("defaults.local.p95DelayMs"), 3)
						+ "× p95 delay",
				"—", Status.INFO);
		boolean met = true;
		for (String polling : new String[] { "defaults", "fallback" }) {
			met &= f.integer(polling + ".redis.webhooksAccepted") == f.integer(polling + ".redis.webhooks")
					&& f.number(polling + ".redis.p95DelayMs") < 1000
					&& f.integer(polling + ".redis.failures") + f.integer(polling + ".local.failures") == 0;
		}
		report.target("A webhook delivered to any of 3 instances completes its job within a second", met,
				"p95 completion delay with store=redis " + fmt(f.number("defaults.redis.p95DelayMs"), 0) + " / "
						+ fmt(f.number("fallback.redis.p95DelayMs"), 0) + " ms (defaults / fallback polling), "
						+ "store=local " + fmt(f.number("defaults.local.p95DelayMs"), 0) + " / "
						+ fmt(f.number("fallback.local.p95DelayMs"), 0) + " ms; webhooks accepted "
						+ f.get("defaults.redis.webhooksAccepted") + " of " + f.get("defaults.redis.webhooks")
						+ " vs " + f.get("defaults.local.webhooksAccepted") + " of " + f.get("defaults.local.webhooks"));
	}

	private static String fleetJobs(Figures f, String prefix) {
		return fmt(f.number(prefix + "pollsPerJob"), 2) + ", " + f.get(prefix + "p95Polls") + "; "
				+ fmt(f.number(prefix + "p50DelayMs"), 0) + " / " + fmt(f.number(prefix + "p95DelayMs"), 0) + " ms ("
				+ f.get(prefix + "webhooksAccepted") + " of " + f.get(prefix + "webhooks") + " webhooks accepted)";
	}

	// ---- 5. Quota -------------------------------------------------------------------------

	private static void quota(Report report) {
		System.out.println("\n=== 5. Quota: three instances, one key, one Redis ===");
		Figures f = forkedWithRedis(QuotaHarness.class, 300, "5. Quota", report);
		if (f == null) {
			return;
		}
		long limit = f.integer("limit");
		String setUp = f.get("instances") + " instances × " + f.get("threads") + " threads, one key, " + f.get("pushSeconds")
				+ " s, stand-in allowing " + limit + " req/s per key (fixed 1 s windows, 429 + Retry-After beyond, "
				+ f.get("latencyMillis") + " ms per answer)";
		double limiterRate = f.number("limiter.acceptedPerSecond");
		double baselineRate = f.number("baseline.acceptedPerSecond");
		double used = f.number("limiter.limitUsed");
		long limiter429 = f.integer("limiter.refused429");
		long baseline429 = f.integer("baseline.refused429");
		report.row("5. Quota: " + setUp + ": successful requests/s (share of the limit); rate limit on, buckets in Redis, vs "
				+ "retries only", fmt(limiterRate, 2) + " (" + fmt(used * 100, 1) + "%)",
				fmt(baselineRate, 2) + " (" + fmt(f.number("baseline.limitUsed") * 100, 1) + "%)",
				fmt(limiterRate / baselineRate, 3), "≥ " + fmt(0.95 * limit, 2) + " (95%)", Status.of(used >= 0.95));
		report.row("5. Quota: 429s received", String.valueOf(limiter429), String.valueOf(baseline429), "—", "0",
				Status.of(limiter429 == 0));
		report.row("5. Quota: most requests the stand-in accepted in one window (diagnostic)",
				f.get("limiter.mostInAWindow"), f.get("baseline.mostInAWindow"), "—", "≤ " + limit, Status.INFO);
		report.row("5. Quota: latency of successful calls p50 / p95 (the wait for a permit or a Retry-After included)",
				fmt(f.number("limiter.p50Ms"), 0) + " / " + fmt(f.number("limiter.p95Ms"), 0) + " ms",
				fmt(f.number("baseline.p50Ms"), 0) + " / " + fmt(f.number("baseline.p95Ms"), 0) + " ms",
				fmt(f.number("limiter.p95Ms") / f.number("baseline.p95Ms"), 2), "—", Status.INFO);
		report.row("5. Quota: calls that failed (429 after the last retry, or no permit within max-wait)",
				f.get("limiter.failedCalls") + " of " + f.get("limiter.calls"),
				f.get("baseline.failedCalls") + " of " + f.get("baseline.calls"), "—", "—", Status.INFO);
		for (String run : new String[] { "limiter", "baseline" }) {
			if (f.has(run + ".firstFailure")) {
				report.note("5. Quota, " + run + ": first failure " + f.get(run + ".firstFailure"));
			}
		}
		report.target("Zero 429s and at least 95% of the provider's limit used, three instances sharing one key",
				limiter429 == 0 && used >= 0.95,
				fmt(limiterRate, 2) + " req/s of " + limit + " (" + fmt(used * 100, 1) + "%), " + limiter429
						+ " 429s; retries only: " + fmt(baselineRate, 2) + " req/s, " + baseline429 + " 429s");
	}

	/**
	 * Run a harness that starts redis-server.
	 * @return its figures, or {@code null} (and a note) when redis-server is not installed
	 */
	private static @Nullable Figures forkedWithRedis(Class<?> harness, long timeoutSeconds, String part,
			Report report) {
		Figures f = Forked.run(harness, timeoutSeconds, FORK_JVM_ARGS);
		if (f.has("skipped")) {
			report.note(part + " skipped: " + f.get("skipped") + ".");
			return null;
		}
		return f;
	}

	// ---- JMH helpers ---------------------------------------------------------------------

	private static Options jmh(Class<?> benchmark, int warmups, int warmupSeconds, int iterations,
			int iterationSeconds, String[] jvmArgs) {
		return new OptionsBuilder().include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
			.forks(1)
			.threads(1)
			.warmupIterations(warmups)
			.warmupTime(TimeValue.seconds(warmupSeconds))
			.measurementIterations(iterations)
			.measurementTime(TimeValue.seconds(iterationSeconds))
			.jvmArgsAppend(jvmArgs)
			.shouldFailOnError(true)
			.build();
	}

	/** Run JMH; return the primary result of each benchmark method by its {@link #method name}. */
	private static Map<String, Result<?>> run(Options options) throws RunnerException {
		return primaryResults(new Runner(options).run());
	}

	private static Map<String, Result<?>> primaryResults(Collection<RunResult> results) {
		Map<String, Result<?>> byMethod = new HashMap<>();
		for (RunResult result : results) {
			byMethod.put(method(result), result.getPrimaryResult());
		}
		return byMethod;
	}

	/**
	 * The name of a benchmark method, with its parameters when it has any: {@code baseline},
	 * {@code stageOnly:stage=redirect}.
	 */
	private static String method(RunResult result) {
		BenchmarkParams params = result.getParams();
		String name = params.getBenchmark();
		String method = name.substring(name.lastIndexOf('.') + 1);
		String values = params.getParamsKeys()
			.stream()
			.map((key) -> key + "=" + params.getParam(key))
			.collect(Collectors.joining(","));
		return values.isEmpty() ? method : method + ":" + values;
	}

	private static String score(Result<?> result, int decimals) {
		return fmt(result.getScore(), decimals) + " ± " + fmt(result.getScoreError(), decimals);
	}

	private static String[] with(String[] args, String extra) {
		String[] all = Arrays.copyOf(args, args.length + 1);
		all[args.length] = extra;
		return all;
	}

	private static double relativeError(Result<?> result) {
		return result.getScoreError() / result.getScore();
	}

	private static String signed(double value, int decimals) {
		return ((value >= 0) ? "+" : "−") + fmt(Math.abs(value), decimals);
	}

	private static String signedMib(double bytes) {
		return signed(bytes / (1024.0 * 1024.0), 2) + " MiB";
	}

	private static String mib(double bytes) {
		return fmt(bytes / (1024.0 * 1024.0), 2) + " MiB";
	}

	/** A part of the suite: it measures, and adds its rows, targets and notes to the report. */
	@FunctionalInterface
	private interface Section {

		void run(Report report) throws RunnerException;

	}

}
