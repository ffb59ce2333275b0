package io.github.genmedia.providers.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.genmedia.providers.auth.Credential;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.log.LogMessage;

/**
 * A provider's keys taken in turn, one per attempt, shared by all the provider's clients.
 * <p>
 * A key the provider answers with 401 is out of rotation for as long as its supply keeps
 * giving it; a key answered with 429 rests until its {@code Retry-After} has passed, and
 * the others carry the traffic meanwhile. When every key is out or resting, the turn goes
 * to a key anyway, so that the provider, not the starter, says what is wrong.
 *
 * @since 0.1.0
 */
public final class KeyRing {

	private static final Log logger = LogFactory.getLog(KeyRing.class);

	private final String provider;

	private final KeySupply supply;

	private final Clock clock;

	private final AtomicInteger turn = new AtomicInteger();

	private final Set<Credential> revoked = ConcurrentHashMap.newKeySet();

	private final Map<Credential, Instant> resting = new ConcurrentHashMap<>();

	/**
	 * Create a ring.
	 * @param provider the provider's name, for logs
	 * @param supply where the keys come from
	 * @param clock the time source
	 */
	public KeyRing(String provider, KeySupply supply, Clock clock) {
		this.provider = provider;
		this.supply = supply;
		this.clock = clock;
	}

	/**
	 * Return the key of the next attempt.
	 * @return a key in rotation that is not resting, if there is one
	 */
	public Credential select() {
		List<Credential> keys = this.supply.keys();
		int size = keys.size();
		if (size == 1) {
			return keys.get(0);
		}
		int start = Math.floorMod(this.turn.getAndIncrement(), size);
		Instant now = this.clock.instant();
		Credential soonest = null;
		Instant soonestAt = Instant.MAX;
		for (int i = 0; i < size; i++) {
			Credential key = keys.get((start + i) % size);
			if (this.revoked.contains(key)) {
				continue;
			}
			Instant until = this.resting.get(key);
			if (until == null || !until.isAfter(now)) {
				return key;
			}
			if (until.isBefore(soonestAt)) {
				soonest = key;
				soonestAt = until;
			}
		}
		return (soonest != null) ? soonest : keys.get(start);
	}

	/**
	 * Take a key the provider answered with 401 out of rotation.
	 * @param key the key
	 * @return {@code true} if another key is still in rotation, so the request may be
	 * sent again with it
	 */
	public boolean rejected(Credential key) {
		List<Credential> keys = this.supply.keys();
		this.revoked.retainAll(keys);
		this.resting.keySet().retainAll(keys);
		if (keys.contains(key) && this.revoked.add(key)) {
			logger.warn(LogMessage.format("Provider '%s' rejected key %s (401); it is out of rotation", this.provider,
					KeyRingState.label(key, keys)));
		}
		return keys.stream().anyMatch((other) -> !this.revoked.contains(other));
	}

	/**
	 * Rest a key the provider answered with 429.
	 * @param key the key
	 * @param wait how long the provider asked to wait
	 */
	public void throttled(Credential key, Duration wait) {
		this.resting.put(key, this.clock.instant().plus(wait));
	}

	/**
	 * Whether a key is in rotation and not resting.
	 * @param key the key
	 * @return {@code true} if a request may use it now
	 */
	public boolean isReady(Credential key) {
		Instant until = this.resting.get(key);
		return !this.revoked.contains(key) && (until == null || !until.isAfter(this.clock.instant()));
	}

	/**
	 * Return how many keys there are.
	 * @return the number of keys the supply gives now
	 */
	public int size() {
		return this.supply.keys().size();
	}

	/**
	 * Return what the ring knows, for health.
	 * @return the state; keys are named by their last characters only
	 */
	public KeyRingState state() {
		List<Credential> keys = this.supply.keys();
		this.revoked.retainAll(keys);
		this.resting.keySet().retainAll(keys);
		List<String> out = new ArrayList<>();
		for (Credential key : keys) {
			if (this.revoked.contains(key)) {
				out.add(KeyRingState.label(key, keys));
			}
		}
		return new KeyRingState(keys.size(), out, this.supply.problem());
	}

	@Override
	public String toString() {
		return "KeyRing[" + this.provider + "]";
	}

}
