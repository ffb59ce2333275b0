package io.github.genmedia.providers.suno;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Holds the answers of the stubs that name it until the test lets them go (at most
 * {@value #MAX_HOLD_SECONDS} s), so that a test decides what happens while a request is
 * under way instead of racing a fixed delay on a busy machine.
 */
final class HeldAnswers implements ResponseDefinitionTransformerV2 {

	static final String NAME = "held";

	static final int MAX_HOLD_SECONDS = 30;

	private volatile CountDownLatch released = new CountDownLatch(0);

	/** Hold every answer from now on, until {@link #release()}. */
	void hold() {
		this.released = new CountDownLatch(1);
	}

	/** Let the held answers go, and those to come. */
	void release() {
		this.released.countDown();
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		try {
			this.released.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return serveEvent.getResponseDefinition();
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
