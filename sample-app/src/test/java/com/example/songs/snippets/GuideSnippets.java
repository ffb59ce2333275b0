package com.example.songs.snippets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.auth.RequestCredential;
import io.github.genmedia.providers.autoconfigure.ProviderClients;
import io.github.genmedia.providers.job.GenerationJob;
import io.github.genmedia.providers.keys.ProviderCredentialSource;
import io.github.genmedia.providers.keys.SourcedCredentials;
import io.github.genmedia.providers.sunor.SunorApi;
import io.github.genmedia.providers.sunor.SunorClip;
import io.github.genmedia.providers.sunor.SunorJobs;
import io.github.genmedia.providers.sunor.SunorResponse;
import io.github.genmedia.providers.sunor.SunorTask;
import io.github.genmedia.providers.sunor.SunorTaskInput;
import io.github.genmedia.providers.sunor.SunorTaskRequest;
import io.github.genmedia.providers.sunor.SunorUsage;
import io.github.genmedia.providers.supertone.SupertoneLanguage;
import io.github.genmedia.providers.supertone.SupertoneSpeechFile;
import io.github.genmedia.providers.supertone.SupertoneSpeechRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * Snippets of docs/guide.md, in the order they appear there.
 */
final class GuideSnippets {

	private GuideSnippets() {
	}

}

// docs/guide.md, "Configure and call a provider": the typed API.
@Service
class Songs {

    private final SunorApi sunor;

    Songs(SunorApi sunor) {
        this.sunor = sunor;
    }

    String start(String idea) {
        SunorTaskRequest request = SunorTaskRequest.sunoMusic(SunorTaskInput.SunoMusic.fromDescription(idea));
        return sunor.createTask(request).data().taskId();      // then sunor.getTask(id) until it is done
    }
}

// docs/guide.md, "Configure and call a provider": the provider's RestClient.
class RawBalance {

String balance(@Qualifier("sunorRestClient") RestClient sunor) {
    return sunor.get().uri("/account/balance").retrieve().body(String.class);
}
}

// docs/guide.md, "Your own interface in a provider's group".
@HttpExchange
interface SunorExtras {
    @GetExchange("/account/usage")
    SunorResponse<SunorUsage> usage();
}

@Configuration
@ImportHttpServices(group = "sunor", types = SunorExtras.class)
class SunorExtrasConfiguration {
}

// docs/guide.md, "Generation jobs".
class SongJobs {

	private final SunorJobs sunorJobs;

	SongJobs(SunorJobs sunorJobs) {
		this.sunorJobs = sunorJobs;
	}

	void generate() {
GenerationJob<SunorTask> job = sunorJobs.createTask(SunorTaskRequest.sunoMusic(
        SunorTaskInput.SunoMusic.fromDescription("a chill lo-fi beat")));

job.future().thenAccept((task) -> store(task.output().clips()));   // no thread waits
// or: SunorTask task = job.await();                                // this thread waits
	}

	void store(List<SunorClip> clips) {
	}

}

// docs/guide.md, "Keys that rotate, and a key per tenant": a tenant's key.
class TenantCalls {

	record Tenant(String sunorKey) {
	}

	void call(ProviderClients providerClients, RestClient sunorRestClient, Tenant tenant) {
RestClient tenantClient = providerClients.restClient("sunor", Credential.of(tenant.sunorKey()));
tenantClient.get().uri("/account/balance").retrieve().body(String.class);

// or for one request, on any provider client:
sunorRestClient.get().uri("/account/balance")
    .attribute(RequestCredential.TENANT_ATTRIBUTE, tenant.sunorKey())
    .retrieve().body(String.class);
	}

}

// docs/guide.md and docs/how-to/keys-from-a-secret-store.md: keys from a secret store.
class SecretStoreKeys {

	interface SecretStore {

		String read(String path);

	}

@Bean
ProviderCredentialSource secretStoreKeys(SecretStore secrets) {   // your Vault or cloud client
    return (provider) -> switch (provider) {
        case "sunor" -> SourcedCredentials.of(secrets.read("genmedia/sunor"), Duration.ofMinutes(10));
        default -> null;   // the configured keys
    };
}

}

// docs/guide.md, "Typed APIs": Supertone's speech into a file.
class SpeechToFile {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SpeechToFile.class);

	void speak(io.github.genmedia.providers.supertone.SupertoneApi supertone) throws java.io.IOException {
SupertoneSpeechFile speech = supertone.createSpeech("voice-stand-in",
        SupertoneSpeechRequest.of("Hello from the harbour.", SupertoneLanguage.EN), Path.of("hello.wav"));
log.info("{} bytes of {} in {}, {} s of audio", speech.bytes(), speech.contentType(), speech.file(),
        speech.audioLengthSeconds());
	}

}
