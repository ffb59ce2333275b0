package io.github.genmedia.providers.autoconfigure.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that reads each request's head and closes the connection without
 * answering: a provider node that died mid-request. Counts the requests that arrive.
 */
final class DroppingServer implements AutoCloseable {

	private final ServerSocket socket;

	private final AtomicInteger arrivals = new AtomicInteger();

	private final Thread acceptor;

	DroppingServer() throws IOException {
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::accept, "dropping-server");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.socket.getLocalPort();
	}

	int arrivals() {
		return this.arrivals.get();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try (Socket connection = this.socket.accept()) {
				if (readHead(connection.getInputStream())) {
					this.arrivals.incrementAndGet();
				}
				connection.setSoLinger(true, 0);
			}
			catch (IOException ex) {
				// closed, or the client went away
			}
		}
	}

	private static boolean readHead(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		int b;
		while ((b = in.read()) != -1) {
			matched = (b == end[matched]) ? matched + 1 : (b == '\r') ? 1 : 0;
			if (matched == end.length) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
