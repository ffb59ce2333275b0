package io.github.genmedia.providers.autoconfigure.redis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The starter's own Redis connections, on the Lettuce client of Spring Boot's
 * {@link LettuceConnectionFactory}, so that the application's Redis settings (host,
 * password, TLS, sentinel or cluster) apply: one connection with string keys and binary
 * values ({@link #binary()}) shared by the rate-limit buckets and the Suno tokens, and
 * those a feature opens for itself ({@link #open}), such as the pauses' commands and
 * subscription. Each is a {@link LazyRedisConnection}.
 * <p>
 * They are closed when the context stops, in phase {@value #PHASE}: after the features
 * that use them (the shared pauses, phase 1000) and before the connection factory (phase
 * 0) shuts its client down: the client closes the connections it made, and one closed
 * again after that makes Lettuce log "Connection is already closed".
 *
 * @since 0.1.0
 */
public final class ProvidersRedisConnections implements SmartLifecycle, DisposableBean {

	/** Between the features using the connections and Spring Boot's connection factory. */
	public static final int PHASE = 500;

	private final LettuceConnectionFactory connectionFactory;

	private final List<LazyRedisConnection<?>> connections = new CopyOnWriteArrayList<>();

	private final LazyRedisConnection<StatefulConnection<String, byte[]>> binary;

	private volatile boolean running;

	/**
	 * Create the connections, none opened yet.
	 * @param connectionFactory Spring Boot's connection factory, whose client they use
	 */
	public ProvidersRedisConnections(LettuceConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
		this.binary = open("shared stores",
				(client) -> connect(client, RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)),
				StatefulConnection::close);
	}

	/**
	 * Return the connection with string keys and binary values.
	 * @return the connection, opened on first use
	 */
	public LazyRedisConnection<StatefulConnection<String, byte[]>> binary() {
		return this.binary;
	}

	/**
	 * Return a connection of a feature's own, closed with the others.
	 * @param <C> the connection, or connections
	 * @param name what it is for, in its thread's name and messages
	 * @param connect opens it on the client of the connection factory
	 * @param close closes it
	 * @return the connection, opened on first use
	 */
	public <C> LazyRedisConnection<C> open(String name, Function<AbstractRedisClient, C> connect,
			Consumer<C> close) {
		LazyRedisConnection<C> connection = new LazyRedisConnection<>(name,
				() -> connect.apply(this.connectionFactory.getRequiredNativeClient()), close);
		this.connections.add(connection);
		return connection;
	}

	/**
	 * Connect to a standalone Redis or a cluster, whichever the client is for.
	 * @param <K> the type of the keys
	 * @param <V> the type of the values
	 * @param client the client of the connection factory
	 * @param codec the codec
	 * @return the open connection
	 */
	public static <K, V> StatefulConnection<K, V> connect(AbstractRedisClient client, RedisCodec<K, V> codec) {
		return onClient(client, (standalone) -> standalone.connect(codec), (cluster) -> cluster.connect(codec));
	}

	/**
	 * Open a publish-subscribe connection to a standalone Redis or a cluster, whichever
	 * the client is for.
	 * @param <K> the type of the keys
	 * @param <V> the type of the values
	 * @param client the client of the connection factory
	 * @param codec the codec
	 * @return the open connection
	 */
	public static <K, V> StatefulRedisPubSubConnection<K, V> connectPubSub(AbstractRedisClient client,
			RedisCodec<K, V> codec) {
		return onClient(client, (standalone) -> standalone.connectPubSub(codec),
				(cluster) -> cluster.connectPubSub(codec));
	}

	/** The one place where a standalone client and a cluster client part ways. */
	private static <T> T onClient(AbstractRedisClient client, Function<RedisClient, ? extends T> standalone,
			Function<RedisClusterClient, ? extends T> cluster) {
		return (client instanceof RedisClusterClient clusterClient) ? cluster.apply(clusterClient)
				: standalone.apply((RedisClient) client);
	}

	/**
	 * Return the asynchronous commands of a standalone or cluster connection.
	 * @param <K> the type of the keys
	 * @param <V> the type of the values
	 * @param connection the connection
	 * @return its commands
	 */
	@SuppressWarnings("unchecked")
	public static <K, V> RedisClusterAsyncCommands<K, V> async(StatefulConnection<K, V> connection) {
		return (connection instanceof StatefulRedisClusterConnection<?, ?> cluster)
				? ((StatefulRedisClusterConnection<K, V>) cluster).async()
				: ((StatefulRedisConnection<K, V>) connection).async();
	}

	@Override
	public void start() {
		this.connections.forEach(LazyRedisConnection::open);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.connections.forEach(LazyRedisConnection::close);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Also when the context never started, such as after a failed refresh. */
	@Override
	public void destroy() {
		stop();
	}

}
