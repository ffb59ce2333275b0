package com.example.studio;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * A free port for a test's web server, known before the context starts: the webhook URL
 * the application gives Autype must name it.
 */
final class GenerationJobsTestsSupport {

	private GenerationJobsTestsSupport() {
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
