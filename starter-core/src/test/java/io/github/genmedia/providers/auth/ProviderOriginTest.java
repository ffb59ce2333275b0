package io.github.genmedia.providers.auth;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProviderOriginTest {

	private static final ProviderOrigin SUNOR = ProviderOrigin.of(URI.create("https://api.sunor.ai/v1"));

	@Test
	void makesTheDefaultPortExplicit() {
		assertThat(SUNOR).isEqualTo(new ProviderOrigin("https", "api.sunor.ai", 443));
		assertThat(ProviderOrigin.of(URI.create("http://api.sunor.ai")))
			.isEqualTo(new ProviderOrigin("http", "api.sunor.ai", 80));
	}

	@Test
	void defaultPortsEqualExplicitOnes() {
		assertThat(ProviderOrigin.of(URI.create("https://api.sunor.ai:443"))).isEqualTo(SUNOR);
		assertThat(ProviderOrigin.of(URI.create("http://api.sunor.ai:80")))
			.isEqualTo(ProviderOrigin.of(URI.create("http://api.sunor.ai/")));
		assertThat(SUNOR.matches(URI.create("https://api.sunor.ai:443/v1/songs"))).isTrue();
		assertThat(ProviderOrigin.of(URI.create("http://api.sunor.ai:80")).matches(URI.create("http://api.sunor.ai/x")))
			.isTrue();
	}

	@Test
	void matchesAnyPathAndQueryOnTheSameOrigin() {
		assertThat(SUNOR.matches(URI.create("https://api.sunor.ai/v2/tracks?id=7#top"))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/v1", "https://api.sunor.ai.evil.example/v1",
			"https://api.sunor.ai@evil.example/v1", "https://sunor.ai/v1", "https://api.sunor.ai:8443/v1",
			"http://api.sunor.ai:443/v1", "http://api.sunor.ai/v1", "wss://api.sunor.ai:443/v1" })
	void doesNotMatchAnotherHostPortOrScheme(String uri) {
		assertThat(SUNOR.matches(URI.create(uri))).isFalse();
	}

	@Test
	void comparesHostAndSchemeCaseInsensitively() {
		assertThat(SUNOR.matches(URI.create("HTTPS://API.Sunor.AI/v1"))).isTrue();
		assertThat(ProviderOrigin.of(URI.create("https://API.SUNOR.AI"))).isEqualTo(SUNOR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v1/songs", "v1/songs", "//api.sunor.ai/v1", "mailto:me@api.sunor.ai" })
	void doesNotMatchAUriWithoutSchemeOrHost(String uri) {
		assertThat(SUNOR.matches(URI.create(uri))).isFalse();
	}

	@Test
	void rejectsARelativeUriAsOrigin() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderOrigin.of(URI.create("/v1/songs")))
			.withMessage("'/v1/songs' is not an absolute http(s) URL with a host that java.net.URI can read "
					+ "(a host name with '_' or another character URLs do not allow?)");
	}

	@Test
	void aHostUriCannotParseIsNamedWithoutTheQuery() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProviderOrigin.of(URI.create("http://bad_host.example/x?key=SECRETX")))
			.withMessageStartingWith("'http://bad_host.example/x' is not an absolute http(s) URL")
			.withMessageNotContaining("SECRETX");
	}

	@Test
	void toStringShowsSchemeHostAndPort() {
		assertThat(SUNOR).hasToString("https://api.sunor.ai:443");
	}

}
