package io.github.genmedia.providers.scheduling;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lanes over a shared executor that makes a thread per task (as virtual threads do): a
 * lane runs at most its limit of tasks at once, the rest wait in order, and another lane
 * is not held up; closing interrupts the running tasks and drops the queued ones.
 */
class BulkheadsTest {

	private final ExecutorService threads = Executors.newCachedThreadPool(Bulkheads.daemons("bulkheads-test-"));

	private final Bulkheads bulkheads = Bulkheads.over(this.threads, 2);

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void close() {
		this.release.countDown();
		this.bulkheads.close();
		this.threads.shutdownNow();
	}

	@Test
	void aLaneRunsAtMostItsLimitAtOnceAndDoesNotHoldUpAnother() throws InterruptedException {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		CountDownLatch twoRunning = new CountDownLatch(2);
		for (int i = 0; i < 6; i++) {
			this.bulkheads.execute("slow", () -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				twoRunning.countDown();
				awaitRelease();
				running.decrementAndGet();
				done.incrementAndGet();
			});
		}
		assertThat(twoRunning.await(10, TimeUnit.SECONDS)).isTrue();

		CountDownLatch fast = new CountDownLatch(1);
		this.bulkheads.execute("fast", fast::countDown);
		assertThat(fast.await(10, TimeUnit.SECONDS)).as("another lane runs while 'slow' is full").isTrue();
		assertThat(done).hasValue(0);

		this.release.countDown();
		await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(done).hasValue(6));
		assertThat(mostAtOnce).hasValue(2);
	}

	@Test
	void closingInterruptsRunningTasksAndDropsQueuedOnes() throws InterruptedException {
		CountDownLatch started = new CountDownLatch(2);
		CountDownLatch interrupted = new CountDownLatch(2);
		AtomicInteger queuedRan = new AtomicInteger();
		for (int i = 0; i < 2; i++) {
			this.bulkheads.execute("slow", () -> {
				started.countDown();
				try {
					new CountDownLatch(1).await();
				}
				catch (InterruptedException ex) {
					interrupted.countDown();
				}
			});
		}
		this.bulkheads.execute("slow", queuedRan::incrementAndGet);
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		this.bulkheads.close();

		assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
		this.bulkheads.execute("slow", queuedRan::incrementAndGet);
		this.threads.shutdown();
		assertThat(this.threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(queuedRan).hasValue(0);
	}

	@Test
	void lanesAlikeRunOverTheSameSharedThreadsWithTheirOwnLimitAndAreNotHeldUpByThese() throws InterruptedException {
		Bulkheads alike = this.bulkheads.alike("ignored-", 1);
		try {
			CountDownLatch bothRunning = new CountDownLatch(2);
			for (int i = 0; i < 2; i++) {
				this.bulkheads.execute("sunor", () -> {
					bothRunning.countDown();
					awaitRelease();
				});
			}
			assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();
			CountDownLatch ran = new CountDownLatch(1);
			StringBuilder thread = new StringBuilder();
			alike.execute("sunor", () -> {
				thread.append(Thread.currentThread().getName());
				ran.countDown();
			});
			assertThat(ran.await(10, TimeUnit.SECONDS)).as("runs while the first lanes' 'sunor' is full").isTrue();
			assertThat(thread.toString()).startsWith("bulkheads-test-");
		}
		finally {
			alike.close();
		}
	}

	@Test
	void lanesAlikeOfPlatformThreadsHaveThreadsOfTheirOwnNamedWithTheirPrefix() throws InterruptedException {
		Bulkheads platform = Bulkheads.ofPlatformThreads("first-", 2);
		Bulkheads alike = platform.alike("second-", 1);
		try {
			CountDownLatch ran = new CountDownLatch(1);
			StringBuilder thread = new StringBuilder();
			alike.execute("Sunor", () -> {
				thread.append(Thread.currentThread().getName());
				ran.countDown();
			});
			assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(thread.toString()).isEqualTo("second-sunor-1");
		}
		finally {
			platform.close();
			alike.close();
		}
	}

	private void awaitRelease() {
		try {
			this.release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
