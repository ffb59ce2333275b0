package io.github.genmedia.providers.autoconfigure.job.redis;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;

import io.github.genmedia.providers.job.JobPoller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Listens to the jobs' Redis channels: a job to poll at once (a webhook that reached
 * another instance) is polled here if it is followed here, and an instance that shut
 * down makes this one look for its jobs at once. The listener container is its own, not
 * a bean, so that an application's container stays the only one of its type.
 */
final class JobRelay implements SmartLifecycle {

	private final RedisConnectionFactory connectionFactory;

	private final RedisJobKeys keys;

	private final JobPoller poller;

	private final JobTakeover takeover;

	private final Executor messages;

	private volatile @Nullable RedisMessageListenerContainer container;

	/**
	 * Create a relay.
	 * @param connectionFactory the container's connections
	 * @param store the store whose channels are listened to
	 * @param poller polls a job followed here at once
	 * @param takeover looks for the jobs of an instance that shut down
	 * @param messages runs each message's listener: a starter lane, where the container's
	 * default executor would start an unnamed thread per message
	 */
	JobRelay(RedisConnectionFactory connectionFactory, RedisJobStore store, JobPoller poller, JobTakeover takeover,
			Executor messages) {
		this.connectionFactory = connectionFactory;
		this.keys = store.keys();
		this.poller = poller;
		this.takeover = takeover;
		this.messages = messages;
	}

	@Override
	public void start() {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer();
		container.setConnectionFactory(this.connectionFactory);
		container.setTaskExecutor(this.messages);
		container.addMessageListener(this::pollNow, new ChannelTopic(this.keys.pollNow()));
		container.addMessageListener((message, pattern) -> this.takeover.sweepSoon(),
				new ChannelTopic(this.keys.released()));
		container.afterPropertiesSet();
		container.start();
		this.container = container;
	}

	private void pollNow(Message message, byte @Nullable [] pattern) {
		String body = new String(message.getBody(), StandardCharsets.UTF_8);
		int newline = body.indexOf('\n');
		if (newline > 0) {
			this.poller.pollIfFollowedHere(body.substring(0, newline), body.substring(newline + 1));
		}
	}

	@Override
	public void stop() {
		RedisMessageListenerContainer container = this.container;
		this.container = null;
		if (container != null) {
			container.stop();
			try {
				container.destroy();
			}
			catch (Exception ex) {
				// Closing anyway.
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.container != null;
	}

	@Override
	public int getPhase() {
		// Started before the takeover, so that no shutdown announced meanwhile is missed.
		return JobTakeover.PHASE - 1;
	}

}
