package org.mea.jwp.reports.pdfua;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built Linux product, driven through its start script ({@code jwp}) as a user would, with a
 * private HOME and JWP_STATE_DIR under the build folder (as the install tests do), so that nothing
 * of the user's own home is read or written.
 */
final class Product {

	/** A design as {@code jwp report --list} names it: its id, formats and parameters. */
	record Design(String id, String formats, List<String> parameters) {

		boolean writes(String format) {
			return formats.contains(format);
		}

		boolean takes(String parameter) {
			return parameters.contains(parameter);
		}
	}

	private static final long TIMEOUT_MINUTES = 5;

	private final Path jwp;
	private final Path work;

	/** {@code home}: the product's folder (the one with {@code jwp}); {@code work}: a folder of its own. */
	Product(Path home, Path work) {
		this.jwp = home.resolve("jwp");
		this.work = work;
	}

	boolean exists() {
		return Files.isExecutable(jwp);
	}

	Path script() {
		return jwp;
	}

	/** The designs {@code jwp report --list} names, in its order. */
	List<Design> designs() throws IOException, InterruptedException {
		String listing = run("list", List.of("report", "--list"));
		Map<String, Design> designs = new LinkedHashMap<>();
		String id = null;
		for (String line : listing.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			if (!Character.isWhitespace(line.charAt(0))) {
				// "progress  Progress report to ...  (Standing Committee documents; pdf, html, docx, odt, xlsx)"
				id = line.split("\\s+", 2)[0];
				int open = line.lastIndexOf('(');
				String formats = open < 0 ? "" : line.substring(open);
				designs.put(id, new Design(id, formats, new ArrayList<>()));
			} else if (id != null) {
				// "    language (language)  The language of ..."
				designs.get(id).parameters().add(line.strip().split("\\s+", 2)[0]);
			}
		}
		return List.copyOf(designs.values());
	}

	/** Writes {@code design}'s PDF of the embedded programme to {@code pdf}, with the parameters given. */
	void render(String design, Map<String, String> params, Path pdf) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of("report", "--default", "--design", design, "--format", "pdf",
				"--out", pdf.toString()));
		params.forEach((name, value) -> {
			args.add("--param");
			args.add(name + "=" + value);
		});
		String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
		run(name, args);
		if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
			throw new AssertionError("jwp " + String.join(" ", args) + " wrote no PDF");
		}
	}

	/** Runs {@code jwp ARGS}; its output (stdout and stderr) goes to {@code work/NAME.log} and is returned. */
	private String run(String name, List<String> args) throws IOException, InterruptedException {
		Path home = Files.createDirectories(work.resolve("home"));
		Path state = Files.createDirectories(work.resolve("state"));
		Path tmp = Files.createDirectories(work.resolve("tmp"));
		Path log = work.resolve(name + ".log");
		List<String> command = new ArrayList<>();
		command.add(jwp.toString());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("HOME", home.toString());
		env.put("JWP_STATE_DIR", state.toString());
		env.put("TMPDIR", tmp.toString());
		// the JDK this build runs on, as the install tests give the product theirs
		env.put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError("jwp " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES
					+ " minutes; its output: " + log);
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new AssertionError("jwp " + String.join(" ", args) + " exited with " + process.exitValue() + ":\n"
					+ output);
		}
		return output;
	}
}
