package io.github.genmedia.providers.testsupport;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Holds the answers of the stubs that name it until the test lets them go (at most
 * {@value #MAX_HOLD_SECONDS} s), so that a test decides what happens while a request is
 * under way instead of racing a fixed delay on a busy machine, and tells when the first
 * held request arrived.
 */
public final class HeldAnswers implements ResponseDefinitionTransformerV2 {

	/** The name stubs give in {@code withTransformers} to be held. */
	public static final String NAME = "held";

	/** How long an answer is held at the most, so that a test that forgets to release ends. */
	public static final int MAX_HOLD_SECONDS = 30;

	private volatile CountDownLatch released = new CountDownLatch(0);

	private volatile CountDownLatch arrived = new CountDownLatch(1);

	/** Hold every answer from now on, until {@link #release()}. */
	public void hold() {
		this.arrived = new CountDownLatch(1);
		this.released = new CountDownLatch(1);
	}

	/** Let the held answers go, and those to come. */
	public void release() {
		this.released.countDown();
	}

	/**
	 * Wait for the first request since {@link #hold()} to arrive.
	 * @return whether one arrived within {@value #MAX_HOLD_SECONDS} s
	 * @throws InterruptedException if interrupted while waiting
	 */
	public boolean awaitArrival() throws InterruptedException {
		return this.arrived.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		this.arrived.countDown();
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
