package org.mea.jwp.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Git smart-HTTP server on 127.0.0.1 for tests of logins: the JDK's HTTP server asks for HTTP
 * Basic authentication with the one user and password given, and hands every authenticated request
 * to the real {@code git http-backend}, run as a CGI process per request, which serves (clone,
 * fetch, push) the bare repositories of one folder. A missing or wrong login gets
 * {@code 401 Unauthorized} and is counted. No TLS: the login crosses plain HTTP, on the loopback
 * interface only.
 */
public final class GitHttpServer implements AutoCloseable {

	/** The realm the server names in {@code WWW-Authenticate}. */
	public static final String REALM = "jwp"; //$NON-NLS-1$

	private final Path base;
	private final String user;
	/** The {@code Authorization} header value a right login sends; the password itself is not kept. */
	private final byte[] expected;
	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final AtomicInteger refused = new AtomicInteger();
	private final AtomicInteger wrong = new AtomicInteger();

	/** Serves the bare repositories in {@code base} to {@code user} with {@code password}, on a free port. */
	public GitHttpServer(Path base, String user, char[] password) throws IOException {
		this.base = base.toAbsolutePath();
		this.user = user;
		String pair = user + ':' + new String(password);
		this.expected = ("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))) //$NON-NLS-1$
				.getBytes(StandardCharsets.US_ASCII);
		InetAddress loopback = InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
		server.createContext("/", this::handle); //$NON-NLS-1$
		server.setExecutor(executor);
		server.start();
	}

	/** Creates the bare repository {@code name} in {@code base}, its HEAD on {@code branch}; returns its folder. */
	public static Path create(Path base, String name, String branch) throws IOException, InterruptedException {
		GitDaemon.git(base, "init", "-q", "--bare", "-b", branch, name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return base.resolve(name);
	}

	/** {@code http://127.0.0.1:PORT/name}: the address of repository {@code name}, without a login in it. */
	public String url(String name) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** How many requests were refused with 401: without a login, or with a wrong one. */
	public int refused() {
		return refused.get();
	}

	/** How many of the {@link #refused} requests carried a login, a wrong one. */
	public int wrongLogins() {
		return wrong.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization"); //$NON-NLS-1$
			if (authorization == null
					|| !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.US_ASCII))) {
				refused.incrementAndGet();
				if (authorization != null) {
					wrong.incrementAndGet();
				}
				exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + REALM + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			backend(exchange);
		} catch (IOException | RuntimeException e) {
			System.err.println("GitHttpServer: " + exchange.getRequestURI().getPath() + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
			throw e;
		}
	}

	/** Runs {@code git http-backend} for one authenticated request, as a web server runs a CGI script. */
	private void backend(HttpExchange exchange) throws IOException {
		ProcessBuilder builder = new ProcessBuilder("git", "http-backend") //$NON-NLS-1$ //$NON-NLS-2$
				.redirectError(ProcessBuilder.Redirect.appendTo(base.resolve("http-backend.log").toFile())); //$NON-NLS-1$
		Map<String, String> env = builder.environment();
		Headers request = exchange.getRequestHeaders();
		env.put("GIT_PROJECT_ROOT", base.toString()); //$NON-NLS-1$
		env.put("GIT_HTTP_EXPORT_ALL", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		env.put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		env.put("GATEWAY_INTERFACE", "CGI/1.1"); //$NON-NLS-1$ //$NON-NLS-2$
		env.put("PATH_INFO", exchange.getRequestURI().getPath()); //$NON-NLS-1$
		env.put("REQUEST_METHOD", exchange.getRequestMethod()); //$NON-NLS-1$
		String query = exchange.getRequestURI().getRawQuery();
		env.put("QUERY_STRING", query == null ? "" : query); //$NON-NLS-1$ //$NON-NLS-2$
		putHeader(env, "CONTENT_TYPE", request, "Content-Type"); //$NON-NLS-1$ //$NON-NLS-2$
		putHeader(env, "CONTENT_LENGTH", request, "Content-Length"); //$NON-NLS-1$ //$NON-NLS-2$
		putHeader(env, "HTTP_CONTENT_ENCODING", request, "Content-Encoding"); //$NON-NLS-1$ //$NON-NLS-2$
		putHeader(env, "HTTP_GIT_PROTOCOL", request, "Git-Protocol"); //$NON-NLS-1$ //$NON-NLS-2$
		env.put("REMOTE_USER", user); // git http-backend allows a push only to a known user //$NON-NLS-1$
		env.put("REMOTE_ADDR", exchange.getRemoteAddress().getAddress().getHostAddress()); //$NON-NLS-1$
		Process cgi = builder.start();
		// the request body goes to the backend's input while its output is read here
		Thread body = Thread.ofVirtual().start(() -> {
			try (OutputStream stdin = cgi.getOutputStream()) {
				exchange.getRequestBody().transferTo(stdin);
			} catch (IOException stopped) {
				// the backend stopped reading: its answer says why
			}
		});
		try (InputStream stdout = cgi.getInputStream()) {
			int status = 200;
			for (String line = headerLine(stdout); !line.isEmpty(); line = headerLine(stdout)) {
				int colon = line.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = line.substring(0, colon).strip();
				String value = line.substring(colon + 1).strip();
				if (name.equalsIgnoreCase("Status")) { //$NON-NLS-1$
					status = Integer.parseInt(value.split(" ", 2)[0]); //$NON-NLS-1$
				} else {
					exchange.getResponseHeaders().add(name, value);
				}
			}
			exchange.sendResponseHeaders(status, 0); // 0: a chunked body, whatever its length
			stdout.transferTo(exchange.getResponseBody());
			// closing the exchange closes the request body too: only once the body thread is done with it
			body.join(TimeUnit.SECONDS.toMillis(30));
			cgi.waitFor(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} finally {
			cgi.destroy();
		}
	}

	private static void putHeader(Map<String, String> env, String variable, Headers headers, String header) {
		String value = headers.getFirst(header);
		if (value != null) {
			env.put(variable, value);
		}
	}

	/** One CGI header line without its CR LF or LF; "" at the blank line that ends the headers, or at the end. */
	private static String headerLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
