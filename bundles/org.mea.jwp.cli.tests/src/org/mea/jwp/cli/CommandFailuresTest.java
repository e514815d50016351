package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.osgi.framework.Bundle;

/**
 * No command ends with exit code 0 and nothing said: an unexpected failure is one line on stderr
 * naming the log, and exit code 70; inputs too large to read are refused with their size.
 */
class CommandFailuresTest {

	@TempDir
	Path dir;

	private final CommandRun command = new CommandRun();

	private int run(String name, String... args) {
		return command.run(name, args);
	}

	private String err() {
		return command.err();
	}

	@Test
	void anUnexpectedFailureIsOneLineNamingTheLogAndExitCode70() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code = Commands.run("diff", args -> {
			throw new IllegalStateException("the model went\naway");
		}, List.of(), e);
		assertEquals(70, code);
		String message = err.toString(StandardCharsets.UTF_8);
		assertEquals(1, message.lines().count(), message);
		assertTrue(message.startsWith(
				"jwp diff: unexpected failure: IllegalStateException: the model went away; nothing was written; details in "),
				message);
		Path log = Path.of(message.substring(message.indexOf("details in ") + "details in ".length()).strip());
		assertTrue(Files.readString(log).contains("IllegalStateException: the model went"),
				"the stack trace is in " + log);

		err.reset();
		code = Commands.run("import", args -> {
			throw new OutOfMemoryError("Java heap space");
		}, List.of(), e);
		assertEquals(70, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("jwp import: ran out of memory (the limit is "),
				err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * The audit's crash: a changed activity of a lettered theme followed by one of a theme without
	 * a letter made {@code jwp diff} throw a NullPointerException (and exit 0, silent).
	 */
	@Test
	void diffListsActivitiesOfAThemeWithoutALetter() throws Exception {
		Path model = CommandRun.embeddedProgrammeIn(dir);
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(model);
		Programme programme = ProgrammeStore.programme(resource);
		Theme theme = JwpFactory.eINSTANCE.createTheme();
		theme.setId("theme-draft");
		theme.setName("Draft theme");
		ActivityGroup group = JwpFactory.eINSTANCE.createActivityGroup();
		group.setId("group-draft");
		group.setName("Drafts");
		Activity draft = JwpFactory.eINSTANCE.createActivity();
		draft.setId("act-draft");
		draft.setCode("Z1");
		draft.setText("A drafted activity");
		group.getActivities().add(draft);
		theme.getGroups().add(group);
		programme.getThemes().add(theme);
		store.save(resource, model);
		assertEquals(0, run("baseline", "--model", model.toString(), "--cycle", "cycle-sc65"), err());

		resource = store.load(model);
		programme = ProgrammeStore.programme(resource);
		programme.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS);
		programme.findActivity("Z1").setStatus(ActivityStatus.COMPLETED);
		store.save(resource, model);

		assertEquals(0, run("diff", "--model", model.toString(), "--from", "cycle-sc65"), err());
		String text = command.out();
		assertTrue(text.contains("2 activities"), text);
		assertTrue(text.contains("\n?  Draft theme  (1 status)\n"), text);
		assertTrue(text.contains("  Z1     status: not started \u2192 completed"), text);
		assertEquals(0, run("diff", "--model", model.toString(), "--from", "cycle-sc65", "--format", "csv"), err());
		assertTrue(command.out().contains("Z1,act-draft,,status"), command.out());
	}

	/** {@code jwp import} of a file too large to be a listing, or of an endless one: refused with the limit, nothing written. */
	@Test
	void importRefusesInputsLargerThanTheLimit() throws Exception {
		Path model = CommandRun.embeddedProgrammeIn(dir);
		byte[] before = Files.readAllBytes(model);
		Path huge = dir.resolve("huge.csv");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(65L << 20); // sparse: takes no room on the disk
		}
		assertEquals(4, run("import", "--model", model.toString(), "--format",
				"org.mea.jwp.core.species.csv", "--in", huge.toString()), err());
		assertTrue(err().contains("huge.csv is larger than 64 MB, the most JWP Workbench reads from such a file"),
				err());
		assertEquals(1, err().lines().count(), err());
		assertArrayEquals(before, Files.readAllBytes(model));

		Path zero = Path.of("/dev/zero");
		if (Files.exists(zero)) {
			assertEquals(4, run("import", "--model", model.toString(), "--format",
					"org.mea.jwp.core.species.csv", "--in", zero.toString()), err());
			assertTrue(err().contains("zero is larger than 64 MB"), err());
			assertArrayEquals(before, Files.readAllBytes(model));
		}
	}

	/** A programme file larger than any real one, or something that is not a file, is refused before it is read. */
	@Test
	void programmesThatAreTooLargeOrNotFilesAreRefusedUnread() throws Exception {
		Path huge = dir.resolve("huge.jwp");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(101L << 20);
		}
		Path json = dir.resolve("out.json");
		assertEquals(3, run("export", "--model", huge.toString(), "--format", "org.mea.jwp.core.json",
				"--out", json.toString()), err());
		assertEquals(huge
				+ ": the file is larger than 100 MB, the most JWP Workbench reads from such a file; nothing was read from it",
				err().strip().replace("jwp export: ", ""));
		assertTrue(!Files.exists(json));
		assertEquals(3, run("export", "--model", dir.toString(), "--format", "org.mea.jwp.core.json",
				"--out", json.toString()), err());
		assertTrue(err().contains("is not a file (a folder, a device or a pipe?)"), err());
	}

	/** Each headless application of plugin.xml runs its command through {@link Commands}. */
	@Test
	void everyApplicationRunsItsCommand() throws Exception {
		for (String name : List.of("report", "export", "import", "baseline", "diff", "merge-driver", "log")) {
			// as Equinox's application container makes it: the "run" child of "application", with its parameters
			IConfigurationElement declaration = Platform.getExtensionRegistry()
					.getExtension("org.eclipse.core.runtime.applications", "org.mea.jwp.cli." + name)
					.getConfigurationElements()[0];
			Object application = declaration.createExecutableExtension("run");
			CommandApplication command = assertInstanceOf(CommandApplication.class, application, name);
			PrintStream stderr = System.err;
			ByteArrayOutputStream captured = new ByteArrayOutputStream();
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			Object code;
			try {
				code = command.start(context("--no-such-option"));
			} finally {
				System.setErr(stderr);
			}
			assertEquals(Integer.valueOf(2), code, name);
			String said = captured.toString(StandardCharsets.UTF_8);
			assertTrue(said.startsWith("jwp " + name + ": ") && (said.contains("unknown option '--no-such-option'")
					|| said.contains("takes four arguments")), said);
		}
	}

	private static IApplicationContext context(String... args) {
		Map<String, Object> arguments = new HashMap<>();
		arguments.put(IApplicationContext.APPLICATION_ARGS, args);
		return new IApplicationContext() {
			@Override
			public Map<String, Object> getArguments() {
				return arguments;
			}

			@Override
			public void applicationRunning() {
			}

			@Override
			public String getBrandingApplication() {
				return null;
			}

			@Override
			public String getBrandingName() {
				return null;
			}

			@Override
			public String getBrandingDescription() {
				return null;
			}

			@Override
			public String getBrandingId() {
				return null;
			}

			@Override
			public String getBrandingProperty(String key) {
				return null;
			}

			@Override
			public Bundle getBrandingBundle() {
				return null;
			}

			@Override
			public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
			}
		};
	}
}
