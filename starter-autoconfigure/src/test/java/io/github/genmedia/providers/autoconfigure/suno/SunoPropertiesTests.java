package io.github.genmedia.providers.autoconfigure.suno;

import io.github.genmedia.providers.suno.ClerkSettings;
import io.github.genmedia.providers.suno.SunoAuthInterceptor;
import io.github.genmedia.providers.suno.SunoTokenSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property defaults, written as literals for the IDE metadata, are the core's
 * defaults.
 */
class SunoPropertiesTests {

	@Test
	void defaultsMatchTheCore() {
		SunoProperties properties = new SunoProperties();
		SunoTokenSettings token = SunoTokenSettings.defaults();
		assertThat(properties.getClerk().getBaseUrl()).isEqualTo(ClerkSettings.DEFAULT_BASE_URL);
		assertThat(properties.getClerk().getApiVersion()).isEqualTo(ClerkSettings.DEFAULT_API_VERSION);
		assertThat(properties.getClerk().getJsVersion()).isEqualTo(ClerkSettings.DEFAULT_JS_VERSION);
		assertThat(properties.getToken().getRefreshBeforeExpiry()).isEqualTo(token.refreshBeforeExpiry());
		assertThat(properties.getToken().getFallbackRefreshInterval()).isEqualTo(token.fallbackRefreshInterval());
		assertThat(properties.getToken().getRetryInterval()).isEqualTo(token.retryInterval());
		assertThat(properties.getToken().getWait()).isEqualTo(SunoAuthInterceptor.DEFAULT_TOKEN_WAIT);
		assertThat(properties.getAccounts().getMaxCached()).isEqualTo(token.maxCached());
		assertThat(properties.getAccounts().getIdleExpiry()).isEqualTo(token.idleExpiry());
	}

}
