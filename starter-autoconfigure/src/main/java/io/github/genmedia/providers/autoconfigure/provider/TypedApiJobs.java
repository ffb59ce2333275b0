package io.github.genmedia.providers.autoconfigure.provider;

import io.github.genmedia.providers.job.JobPoller;
import io.github.genmedia.providers.job.PollingSettings;
import io.github.genmedia.providers.job.ProviderJobs;

/**
 * Generation jobs built over a provider's typed API bean, which is what every built-in
 * provider's jobs are.
 *
 * @param <A> the typed API
 * @param <J> the jobs bean
 * @param type the jobs bean's type
 * @param api the typed API's type
 * @param defaults the provider's documented polling defaults
 * @param factory creates the jobs bean
 * @since 0.1.0
 */
public record TypedApiJobs<A, J extends ProviderJobs<?>>(Class<J> type, Class<A> api, PollingSettings defaults,
		Factory<A, J> factory) implements ProviderJobsSupport<J> {

	/**
	 * Return the jobs of a provider whose jobs bean needs nothing of the provider's own
	 * settings: {@code TypedApiJobs.of(SunorJobs.class, SunorApi.class, SunorJobs.DEFAULTS,
	 * SunorJobs::new)}.
	 * @param <A> the typed API
	 * @param <J> the jobs bean
	 * @param type the jobs bean's type
	 * @param api the typed API's type
	 * @param defaults the provider's documented polling defaults
	 * @param constructor creates the jobs bean from the API, the poller and the settings
	 * @return the jobs
	 */
	public static <A, J extends ProviderJobs<?>> TypedApiJobs<A, J> of(Class<J> type, Class<A> api,
			PollingSettings defaults, Constructor<A, J> constructor) {
		return new TypedApiJobs<>(type, api, defaults,
				(typed, poller, settings, provider) -> constructor.create(typed, poller, settings));
	}

	@Override
	public J create(ActiveProvider provider, PollingSettings settings, JobPoller poller, Object api) {
		return this.factory.create(this.api.cast(api), poller, settings, provider);
	}

	/**
	 * Creates a provider's jobs bean.
	 *
	 * @param <A> the typed API
	 * @param <J> the jobs bean
	 */
	@FunctionalInterface
	public interface Factory<A, J> {

		/**
		 * Create the jobs bean.
		 * @param api the provider's typed API
		 * @param poller the application's poller
		 * @param settings the provider's polling settings
		 * @param provider the provider, for settings of its own
		 * @return the jobs bean
		 */
		J create(A api, JobPoller poller, PollingSettings settings, ActiveProvider provider);

	}

	/**
	 * The constructor of a jobs bean that needs nothing of the provider's own settings.
	 *
	 * @param <A> the typed API
	 * @param <J> the jobs bean
	 */
	@FunctionalInterface
	public interface Constructor<A, J> {

		/**
		 * Create the jobs bean.
		 * @param api the provider's typed API
		 * @param poller the application's poller
		 * @param settings the provider's polling settings
		 * @return the jobs bean
		 */
		J create(A api, JobPoller poller, PollingSettings settings);

	}

}
