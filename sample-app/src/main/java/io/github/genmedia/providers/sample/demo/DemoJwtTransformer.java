package io.github.genmedia.providers.sample.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers the stand-in Clerk's token request with a fresh JWT that expires after a few
 * seconds, so the demo shows the starter refreshing Suno's token on its schedule.
 */
class DemoJwtTransformer implements ResponseTransformerV2 {

	static final String NAME = "demo-jwt";

	private final Duration lifetime;

	DemoJwtTransformer(Duration lifetime) {
		this.lifetime = lifetime;
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		return Response.Builder.like(response).but().body("{\"jwt\":\"" + jwt() + "\"}").build();
	}

	private String jwt() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		long now = Instant.now().getEpochSecond();
		String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = encoder.encodeToString(("{\"sub\":\"demo\",\"iat\":" + now + ",\"exp\":"
				+ (now + this.lifetime.toSeconds()) + "}").getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".demo";
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
