package io.github.genmedia.providers.ratelimit;

import java.time.Duration;

import io.github.genmedia.providers.auth.Credential;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitersTest {

	private static final RateLimitSettings SETTINGS = RateLimitSettings.of(120, Duration.ofMinutes(1));

	private final Credential configured = Credential.of("sk-configured-0123456789");

	private final RateLimiter main = Bucket4jRateLimiter.local("sunor", SETTINGS);

	private final RateLimiters limiters = RateLimiters.perKey(this.configured, this.main,
			(key) -> Bucket4jRateLimiter.local("sunor", SETTINGS));

	@Test
	void eachKeyHasItsOwnLimiterAndTheSameKeyAlwaysTheSame() {
		Credential second = Credential.of("sk-second-0123456789");
		assertThat(this.limiters.forKey(null)).isSameAs(this.main);
		assertThat(this.limiters.forKey(Credential.of("sk-configured-0123456789"))).isSameAs(this.main);
		RateLimiter ofSecond = this.limiters.forKey(second);
		assertThat(ofSecond).isNotSameAs(this.main);
		assertThat(this.limiters.forKey(Credential.of("sk-second-0123456789"))).isSameAs(ofSecond);
	}

	@Test
	void aStreamOfTenantsNeverResetsTheProvidersOwnKeys() {
		Credential second = Credential.of("sk-second-0123456789");
		RateLimiter ofSecond = this.limiters.forKey(second);
		Credential firstTenant = Credential.of("sk-tenant-0-0123456789");
		RateLimiter ofFirstTenant = this.limiters.forTenant(firstTenant);
		assertThat(this.limiters.forTenant(firstTenant)).isSameAs(ofFirstTenant);

		for (int i = 1; i <= RateLimiters.MAX_TENANT_KEYS; i++) {
			this.limiters.forTenant(Credential.of("sk-tenant-" + i + "-0123456789"));
		}

		assertThat(this.limiters.forKey(second)).isSameAs(ofSecond);
		assertThat(this.limiters.forKey(null)).isSameAs(this.main);
		assertThat(this.limiters.forTenant(firstTenant)).as("forgotten with the other tenants").isNotSameAs(ofFirstTenant);
	}

}
