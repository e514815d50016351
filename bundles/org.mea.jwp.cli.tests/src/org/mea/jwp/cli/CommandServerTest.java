package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.cli.client.CommandClient;

/**
 * The command server and its client: a command run through them does what the same command run on
 * its own does — the same files, output and exit code — with relative names starting in the
 * client's folder; the server survives requests it cannot read and stops when asked, when its
 * socket goes and when idle.
 */
class CommandServerTest {

	@TempDir
	Path dir;

	private Path socket;
	private CompletableFuture<String> served;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CommandRun alone = new CommandRun();

	@BeforeEach
	void listen() throws IOException {
		socket = dir.resolve("s.sock");
		served = serve(Duration.ofMinutes(5));
	}

	@AfterEach
	void stop() throws Exception {
		if (!served.isDone()) {
			client(dir, CommandClient.STOP);
			served.get(30, TimeUnit.SECONDS);
		}
	}

	private CompletableFuture<String> serve(Duration idle) throws IOException {
		CommandServer server = CommandServer.listen(socket, idle);
		return CompletableFuture.supplyAsync(() -> {
			try {
				return server.serve();
			} catch (IOException e) {
				return "failed: " + e;
			}
		});
	}

	private int client(Path folder, String command, String... args) {
		out.reset();
		err.reset();
		return CommandClient.run(socket, folder.toString(), command, List.of(args), out, err);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aCommandWritesWhatItWritesAloneWithNamesFromTheClientsFolder() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("work"));
		assertEquals(0, client(folder, "export", "--default", "--format", "org.mea.jwp.core.json", "--out", "p.json"),
				err());
		Path served = folder.resolve("p.json");
		assertTrue(Files.isRegularFile(served), "written in the client's folder: " + out());
		assertFalse(Files.exists(Path.of("p.json").toAbsolutePath()), "not in the server's own folder");
		assertEquals("jwp export: wrote " + served + " (Programme (JSON))\n", out());

		Path aloneFile = dir.resolve("alone.json");
		assertEquals(0, alone.run("export", "--default", "--format", "org.mea.jwp.core.json", "--out",
				aloneFile.toString()), alone.err());
		assertEquals(Files.readString(aloneFile), Files.readString(served), "the same export");
	}

	@Test
	void wrongArgumentsGetTheSameMessageAndExitCode() {
		int code = client(dir, "report", "--default", "--design", "no-such-design");
		int codeAlone = alone.run("report", "--default", "--design", "no-such-design");
		assertEquals(codeAlone, code);
		assertEquals(alone.err(), err());
		assertEquals(alone.out(), out());
		assertTrue(code != 0, err());
	}

	@Test
	void aPdfReportRendersThroughTheServer() throws Exception {
		assertEquals(0, client(dir, "report", "--default", "--design", "progress", "--format", "pdf", "--out", "r.pdf"),
				err());
		byte[] pdf = Files.readAllBytes(dir.resolve("r.pdf"));
		assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
		assertEquals("", err(), "nothing on stderr");
	}

	@Test
	void aRequestItCannotReadIsAnsweredAndTheServerGoesOn() throws Exception {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
			request.writeInt(CommandClient.REQUEST);
			request.writeInt(Integer.MAX_VALUE); // a folder name of 2 GB
			request.flush();
			byte[] answer = Channels.newInputStream(channel).readAllBytes();
			String text = new String(answer, StandardCharsets.UTF_8);
			assertTrue(text.contains("the command server cannot read the request: a text of 2147483647 bytes"), text);
		}
		assertEquals(0, client(dir, "validate", "--default"), err());
		assertFalse(served.isDone());
	}

	@Test
	void withoutAServerTheClientSaysNothingAndEndsWith75() throws Exception {
		assertEquals(0, client(dir, CommandClient.STOP));
		assertEquals("asked to stop", served.get(30, TimeUnit.SECONDS));
		assertFalse(Files.exists(socket), "the socket is removed");
		assertEquals(CommandClient.NO_SERVER, client(dir, "validate", "--default"));
		assertEquals("", out() + err());
	}

	@Test
	void onlyItsUserMayConnect() throws IOException {
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
	}

	@Test
	void aSecondServerIsRefusedWhileTheFirstListens() {
		IOException refused = assertThrows(IOException.class,
				() -> CommandServer.listen(socket, Duration.ofMinutes(1)));
		assertEquals("another server listens at " + socket, refused.getMessage());
	}

	@Test
	void itStopsWhenItsSocketIsRemovedOrItIsIdle() throws Exception {
		Files.delete(socket);
		assertEquals("its socket " + socket + " was removed or replaced", served.get(30, TimeUnit.SECONDS));

		served = serve(Duration.ofSeconds(1));
		assertEquals(0, client(dir, "validate", "--default"), err());
		String why = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> served.get());
		assertEquals("idle for 1 s", why);
		assertFalse(Files.exists(socket));
	}
}
