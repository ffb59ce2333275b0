package io.github.genmedia.providers.keys;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.genmedia.providers.scheduling.Bulkheads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The debounce of a watched file, told of changes at instants the test chooses on a clock
 * it moves: no wall-clock time decides anything, so a busy machine changes nothing.
 */
class FileWatchTest {

	private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

	private final SteppedTimers timers = new SteppedTimers(T0);

	/** When the file was read, on the test's clock. */
	private final List<Instant> reads = new CopyOnWriteArrayList<>();

	/** Reads run at once on the thread that asks for them: the test's. */
	private final FileWatch watch = new FileWatch(new FileWatches(this.timers, Bulkheads.over(Runnable::run, 1)),
			Path.of("secrets", "key"), () -> this.reads.add(this.timers.getClock().instant()));

	@Test
	void aChangeIsReadOnceTheDirectoryHasBeenQuietForQuietMillis() {
		this.watch.changed();
		assertReadOnceAt(T0.plusMillis(FileWatch.QUIET_MILLIS));
	}

	@Test
	void aBurstOfWritesIsReadOnceQuietAfterTheLastOne() {
		// As Files.writeString ten times 20 ms apart: each truncates, then writes.
		for (int i = 0; i < 20; i++) {
			this.watch.changed();
			this.timers.advance(Duration.ofMillis(10));
		}
		assertReadOnceAt(T0.plusMillis(190 + FileWatch.QUIET_MILLIS));
	}

	@Test
	void aBurstThatNeverQuietsDownIsReadAtTheLatestMaxBurstMillisAfterItBegan() {
		// A change every 100 ms for two seconds: never 150 ms of quiet.
		for (int i = 0; i < 20; i++) {
			this.watch.changed();
			this.timers.advance(Duration.ofMillis(100));
		}
		this.timers.advance(Duration.ofSeconds(5));
		Instant firstRead = T0.plusMillis(FileWatch.MAX_BURST_MILLIS);
		assertThat(this.reads).containsExactly(firstRead, firstRead.plusMillis(FileWatch.MAX_BURST_MILLIS));
	}

	@Test
	void withoutAnyChangeTheFileIsReadEveryRescanSeconds() {
		this.watch.start();
		this.timers.advance(Duration.ofSeconds(FileWatch.RESCAN_SECONDS).minusMillis(1));
		assertThat(this.reads).isEmpty();
		this.timers.advance(Duration.ofSeconds(FileWatch.RESCAN_SECONDS).plusMillis(1));
		assertThat(this.reads).containsExactly(T0.plusSeconds(FileWatch.RESCAN_SECONDS),
				T0.plusSeconds(2 * FileWatch.RESCAN_SECONDS));
	}

	@Test
	void aClosedWatchReadsNothingMore() {
		this.watch.start();
		this.watch.changed();
		this.watch.close();
		this.watch.changed();
		this.timers.advance(Duration.ofMinutes(1));
		assertThat(this.reads).isEmpty();
	}

	/** Nothing is read until the instant, then one read at that instant and none after. */
	private void assertReadOnceAt(Instant expected) {
		this.timers.advance(Duration.between(this.timers.getClock().instant(), expected.minusMillis(1)));
		assertThat(this.reads).isEmpty();
		this.timers.advance(Duration.ofMinutes(1));
		assertThat(this.reads).containsExactly(expected);
	}

}
