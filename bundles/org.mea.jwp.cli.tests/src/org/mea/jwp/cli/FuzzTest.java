package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeFileException;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.validation.ProgrammeValidation;

/**
 * Seeded mutations of the shipped programme through load, validate, export, diff and report, as
 * the commands run them: no case may crash (exit 70 or a stack trace), hang, touch the network, or
 * succeed silently (exit 0 without its output, or a failure without a message). The figures go to
 * {@code target/fuzz-summary.txt} and the test's output.
 */
class FuzzTest {

	private static final long SEED = 20141231L;
	private static final int CASES = 300;
	/** Every how many cases a report is rendered too (reports take ten times longer than the rest). */
	private static final int REPORT_EVERY = 6;
	private static final long TIMEOUT_SECONDS = 60;

	private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-zA-Z]+)=\"([^\"]*)\""); //$NON-NLS-1$
	private static final Pattern ELEMENT = Pattern.compile("\n( +<[a-zA-Z]+ [^\n]*/>)"); //$NON-NLS-1$

	@TempDir
	Path dir;

	private final Map<String, Integer> outcomes = new TreeMap<>();
	private final List<String> failures = new ArrayList<>();
	private int traces;
	private int hangs;
	private int silent;
	private int runs;

	@Test
	void mutatedProgrammesNeverCrashHangOrSucceedSilently() throws Exception {
		String original;
		try (InputStream in = DefaultProgramme.class.getResourceAsStream(DefaultProgramme.PATH)) {
			original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		AtomicInteger connections = new AtomicInteger();
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "fuzz case");
			thread.setDaemon(true);
			return thread;
		});
		PrintStream systemErr = System.err;
		ByteArrayOutputStream stray = new ByteArrayOutputStream();
		try (ServerSocket listener = new ServerSocket(0)) {
			Thread accept = new Thread(() -> {
				while (!listener.isClosed()) {
					try (Socket socket = listener.accept()) {
						connections.incrementAndGet();
					} catch (IOException closed) {
						return;
					}
				}
			}, "fuzz listener");
			accept.setDaemon(true);
			accept.start();
			Random random = new Random(SEED);
			// what the engine and libraries print on their own goes here, to be searched for stack traces
			System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
			for (int i = 0; i < CASES; i++) {
				String mutant = mutate(original, random, listener.getLocalPort());
				// getBytes: a lone surrogate becomes '?' instead of failing the write
				Path model = Files.write(dir.resolve("case-" + i + (i % 7 == 0 ? ".xml" : ".jwp")),
						mutant.getBytes(StandardCharsets.UTF_8));
				runCase(executor, i, model);
			}
		} finally {
			System.setErr(systemErr);
			executor.shutdownNow();
		}
		if (containsTrace(stray.toString(StandardCharsets.UTF_8))) {
			traces++;
			failures.add("stack trace printed outside the commands' stderr:\n"
					+ stray.toString(StandardCharsets.UTF_8).lines().limit(20).toList());
		}
		String summary = "fuzz: " + CASES + " mutated programmes (seed " + SEED + "), " + runs
				+ " command runs; exit codes "
				+ outcomes + "; raw traces " + traces + ", hangs " + hangs + ", silent outcomes " + silent
				+ ", network connections " + connections.get();
		System.out.println(summary);
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			Files.writeString(target.resolve("fuzz-summary.txt"), summary + "\n" + String.join("\n", failures) + "\n");
		}
		assertEquals(0, connections.get(), "a programme file made the loader connect to the network");
		assertEquals(List.of(), failures, summary);
		assertTrue(outcomes.getOrDefault("0", 0) > 0 && outcomes.keySet().stream().anyMatch(code -> !code.equals("0")),
				"both valid and broken mutants were produced: " + outcomes);
	}

	private void runCase(ExecutorService executor, int i, Path model) throws Exception {
		Path json = dir.resolve("case-" + i + ".json");
		run(executor, i, "export", json, "--model", model.toString(), "--format", "org.mea.jwp.core.json", "--out",
				json.toString());
		run(executor, i, "diff", null, "--model", model.toString(), "--from", "cycle-sc62");
		if (i % REPORT_EVERY == 0) {
			Path html = dir.resolve("case-" + i + ".html");
			run(executor, i, "report", html, "--model", model.toString(), "--design",
					i % 12 == 0 ? "progress" : "status",
					"--format", "html", "--out", html.toString());
		}
		// validation, as the workbench runs it after loading
		Future<?> validation = executor.submit(() -> {
			try {
				ProgrammeValidation.validate(ProgrammeStore.programme(new ProgrammeStore().load(model)),
						LocalDate.of(2014, 12, 31));
			} catch (ProgrammeFileException refused) {
				// a broken file: the commands above said so
			}
			return null;
		});
		try {
			validation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			hangs++;
			failures.add("case " + i + ": validation hangs");
		} catch (java.util.concurrent.ExecutionException e) {
			traces++;
			failures.add("case " + i + ": validation threw " + e.getCause());
		}
	}

	private void run(ExecutorService executor, int i, String command, Path output, String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		Future<Integer> result = executor.submit(
				() -> Commands.run(command, Commands.named(command, o, e, LocalDate.of(2014, 5, 2)), List.of(args), e));
		int code;
		runs++;
		try {
			code = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException timeout) {
			hangs++;
			failures.add("case " + i + ": jwp " + command + " hangs");
			result.cancel(true);
			return;
		}
		outcomes.merge(String.valueOf(code), 1, Integer::sum);
		String said = err.toString(StandardCharsets.UTF_8);
		if (code == 70 || containsTrace(said)) {
			traces++;
			failures.add("case " + i + ": jwp " + command + " crashed (" + code + "): "
					+ said.lines().findFirst().orElse(""));
		} else if (code == 0 && output != null && (!Files.isRegularFile(output) || Files.size(output) == 0)) {
			silent++;
			failures.add("case " + i + ": jwp " + command + " succeeded without writing " + output.getFileName());
		} else if (code != 0 && said.isBlank()) {
			silent++;
			failures.add("case " + i + ": jwp " + command + " failed (" + code + ") without a word");
		}
	}

	private static boolean containsTrace(String text) {
		return text.contains("\tat ") || text.contains("Exception in thread"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** One or two of the mutations a damaged, hand-edited or hostile file shows. */
	static String mutate(String xml, Random random, int port) {
		String result = xml;
		int count = 1 + random.nextInt(2);
		for (int n = 0; n < count; n++) {
			result = switch (random.nextInt(12)) {
			case 0 -> truncate(result, random);
			case 1 -> deleteRange(result, random);
			case 2 -> replaceValue(result, random, junk(random));
			case 3 -> replaceValue(result, random,
					"http://127.0.0.1:" + port + "/programme.jwp#" + "cms-cites-jwp-2012-2014");
			case 4 -> replaceValue(result, random, "other.jwp#tx-loxodonta-africana");
			case 5 -> duplicateElement(result, random);
			case 6 -> replaceValue(result, random, String.valueOf(random.nextInt() * (long) random.nextInt()));
			case 7 -> replaceValue(result, random, "9999-99-99");
			case 8 -> insertBytes(result, random);
			case 9 ->
				result.replaceFirst("<\\?xml[^>]*\\?>", "$0\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
			case 10 -> replaceValue(result, random, "");
			default -> swapElements(result, random);
			};
		}
		return result;
	}

	private static String truncate(String xml, Random random) {
		return xml.substring(0, random.nextInt(xml.length()));
	}

	private static String deleteRange(String xml, Random random) {
		int start = random.nextInt(xml.length());
		int end = Math.min(xml.length(), start + 1 + random.nextInt(200));
		return xml.substring(0, start) + xml.substring(end);
	}

	private static String insertBytes(String xml, Random random) {
		int at = random.nextInt(xml.length());
		StringBuilder inserted = new StringBuilder();
		for (int i = 0; i < 1 + random.nextInt(8); i++) {
			inserted.append((char) random.nextInt(0x80));
		}
		return xml.substring(0, at) + inserted + xml.substring(at);
	}

	/** The value of a random attribute replaced (ids, references, enums, numbers, dates alike). */
	private static String replaceValue(String xml, Random random, String value) {
		List<int[]> spans = new ArrayList<>();
		Matcher matcher = ATTRIBUTE.matcher(xml);
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(2), matcher.end(2) });
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		// character references ("&#1;") stay as they are, for the parser to decode
		String escaped = value.startsWith("&#") ? value
				: value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
		return xml.substring(0, span[0]) + escaped + xml.substring(span[1]);
	}

	/** An element written twice: two elements with one id. */
	private static String duplicateElement(String xml, Random random) {
		List<int[]> spans = new ArrayList<>();
		Matcher matcher = ELEMENT.matcher(xml);
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(1), matcher.end(1) });
		}
		if (spans.isEmpty()) {
			return xml;
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		String element = xml.substring(span[0], span[1]);
		return xml.substring(0, span[1]) + "\n" + element + xml.substring(span[1]);
	}

	private static String swapElements(String xml, Random random) {
		String[] lines = xml.split("\n", -1);
		int a = 1 + random.nextInt(lines.length - 1);
		int b = 1 + random.nextInt(lines.length - 1);
		String line = lines[a];
		lines[a] = lines[b];
		lines[b] = line;
		return String.join("\n", lines);
	}

	private static String junk(Random random) {
		String[] pool = { "&#1;", "&#xFFFE;", "a b", "#", "x#y", "\u0000", "\uD800", "' OR 1=1", "=cmd|' /C calc'!A0",
				"\u202Eevil", "-1", "NaN", "not-a-status", "tx-nothing", "\t", "  ", "\u00e9\u00e8" };
		return pool[random.nextInt(pool.length)];
	}
}
