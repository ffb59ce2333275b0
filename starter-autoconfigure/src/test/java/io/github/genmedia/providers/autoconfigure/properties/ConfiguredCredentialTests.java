package io.github.genmedia.providers.autoconfigure.properties;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's credential as configured names its properties for messages and never
 * shows the credentials.
 */
class ConfiguredCredentialTests {

	@Test
	void namesTheFileAndListPropertiesAfterTheCredentialsOwn() {
		ConfiguredCredential apiKey = new ApiKeyProviderProperties().credential();
		assertThat(apiKey.property()).isEqualTo("api-key");
		assertThat(apiKey.fileProperty()).isEqualTo("api-key-file");
		assertThat(apiKey.listProperty()).isEqualTo("api-keys");
	}

	@Test
	void toStringShowsWhatIsSetButNoCredential() {
		ApiKeyProviderProperties properties = new ApiKeyProviderProperties();
		properties.setApiKey("sk-live-secret-0123456789");
		properties.setApiKeys(List.of("sk-live-other-9876543210", "sk-live-third-5555555555"));

		assertThat(properties.credential()).hasToString("ConfiguredCredential[api-key=****, file=null, more=2]");
		assertThat(new ApiKeyProviderProperties().credential())
			.hasToString("ConfiguredCredential[api-key=unset, file=null, more=unset]");
	}

}
