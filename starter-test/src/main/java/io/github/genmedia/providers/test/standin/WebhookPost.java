package io.github.genmedia.providers.test.standin;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One {@code POST} of a webhook delivery, on a connection of its own that is closed when
 * the answer is read. No HTTP client is kept: the JDK's starts a selector thread that
 * Java 17 cannot stop (it ends only when the client is collected), and a test that closes
 * the stand-ins must find no thread of theirs left.
 */
final class WebhookPost {

	private static final int CONNECT_TIMEOUT_MILLIS = 2000;

	private static final int READ_TIMEOUT_MILLIS = 5000;

	private WebhookPost() {
	}

	/**
	 * Post a JSON body and read the answer to its end.
	 * @param url where to, {@code http} or {@code https}
	 * @param headers headers besides {@code Content-Type}; one with a line break is left
	 * out
	 * @param json the body
	 * @throws IOException if the delivery failed
	 */
	static void send(URI url, Map<String, String> headers, String json) throws IOException {
		boolean https = "https".equalsIgnoreCase(url.getScheme());
		int port = (url.getPort() != -1) ? url.getPort() : https ? 443 : 80;
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder("POST ").append(target(url)).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(url.getHost()).append((url.getPort() != -1) ? ":" + port : "").append("\r\n");
		head.append("Content-Type: application/json\r\n");
		head.append("Content-Length: ").append(body.length).append("\r\n");
		head.append("Connection: close\r\n");
		headers.forEach((name, value) -> {
			if ((name + value).indexOf('\r') < 0 && (name + value).indexOf('\n') < 0) {
				head.append(name).append(": ").append(value).append("\r\n");
			}
		});
		head.append("\r\n");
		try (Socket socket = https ? tls(url.getHost()) : new Socket()) {
			socket.connect(new InetSocketAddress(url.getHost(), port), CONNECT_TIMEOUT_MILLIS);
			socket.setSoTimeout(READ_TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			// Connection: close, so the answer ends where the stream does.
			socket.getInputStream().transferTo(OutputStream.nullOutputStream());
		}
	}

	private static String target(URI url) {
		String path = (url.getRawPath() == null || url.getRawPath().isEmpty()) ? "/" : url.getRawPath();
		return (url.getRawQuery() != null) ? path + "?" + url.getRawQuery() : path;
	}

	private static Socket tls(String host) throws IOException {
		SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket();
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		if (Character.isLetter(host.charAt(host.length() - 1))) {
			// A name, not an address: servers that host several pick their certificate by it.
			parameters.setServerNames(List.of(new SNIHostName(host)));
		}
		socket.setSSLParameters(parameters);
		return socket;
	}

}
