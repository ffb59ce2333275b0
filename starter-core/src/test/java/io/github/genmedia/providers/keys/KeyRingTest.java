package io.github.genmedia.providers.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.genmedia.providers.auth.Credential;
import io.github.genmedia.providers.testsupport.SteppedClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRingTest {

	private static final Credential ONE = Credential.of("sk-key-number-one-1111");

	private static final Credential TWO = Credential.of("sk-key-number-two-2222");

	private static final Credential THREE = Credential.of("sk-key-number-three-3333");

	private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-29T12:00:00Z"));

	private final KeyRing ring = new KeyRing("sunor", KeySupply.fixed(List.of(ONE, TWO, THREE)), this.clock);

	@Test
	void keysAreTakenInTurn() {
		assertThat(take(6)).containsExactly(ONE, TWO, THREE, ONE, TWO, THREE);
	}

	@Test
	void aRejectedKeyLeavesTheRotationAndHealthNamesItByItsLastCharacters() {
		assertThat(this.ring.rejected(TWO)).isTrue();
		assertThat(take(6)).doesNotContain(TWO).contains(ONE, THREE);
		assertThat(this.ring.state()).isEqualTo(new KeyRingState(3, List.of("...2222"), null));
		assertThat(this.ring.state().allRejected()).isFalse();
	}

	@Test
	void whenEveryKeyIsRejectedTheTurnStillGoesToOneSoTheProviderSaysWhy() {
		this.ring.rejected(ONE);
		this.ring.rejected(TWO);
		assertThat(this.ring.rejected(THREE)).isFalse();
		assertThat(take(3)).containsExactlyInAnyOrder(ONE, TWO, THREE);
		assertThat(this.ring.state().allRejected()).isTrue();
	}

	@Test
	void aThrottledKeyRestsUntilItsWaitHasPassed() {
		this.ring.throttled(ONE, Duration.ofSeconds(30));
		assertThat(take(4)).doesNotContain(ONE);
		assertThat(this.ring.isReady(ONE)).isFalse();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(take(3)).contains(ONE);
	}

	@Test
	void whenEveryKeyRestsTheOneThatRestsLeastIsTaken() {
		this.ring.throttled(ONE, Duration.ofSeconds(30));
		this.ring.throttled(TWO, Duration.ofSeconds(5));
		this.ring.throttled(THREE, Duration.ofSeconds(60));
		assertThat(take(3)).containsOnly(TWO);
	}

	@Test
	void shortKeysAreNamedByTheirPlace() {
		Credential shortKey = Credential.of("short-key");
		KeyRing ring = new KeyRing("custom", KeySupply.fixed(List.of(ONE, shortKey)), this.clock);
		ring.rejected(shortKey);
		assertThat(ring.state().outOfRotation()).containsExactly("key 2");
	}

	private List<Credential> take(int count) {
		List<Credential> taken = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			taken.add(this.ring.select());
		}
		return taken;
	}

}
