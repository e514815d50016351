package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.merge.ConflictFile;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.team.PullResult;

/**
 * Plain {@code git merge} with {@code jwp merge-driver} gives what the workbench's pull gives. Real
 * git merges two branches of the shipped programme with a driver script that keeps the files git
 * hands it ({@code %O %A %B %P}); {@link MergeDriverCommand} then runs on exactly those files, as
 * {@code jwp merge-driver} does when git calls it; and {@link ProgrammeRepository#pull} merges the
 * same two commits in a clone. Disjoint edits: the same bytes. A conflicting edit among disjoint
 * ones: the same conflicts named, and the same file with our side of each.
 */
class GitMergeDriverMatchesPullTest {

	private static final String FILE = "jwp.jwp"; //$NON-NLS-1$
	private static final Author AUTHOR = new Author("JWP test", "jwp-test@localhost"); //$NON-NLS-1$ //$NON-NLS-2$

	@TempDir
	Path dir;

	private final CommandRun command = new CommandRun();

	/** What git handed the merge driver, and the commits' versions of the file. */
	private record Merge(Path base, Path ours, Path theirs, String path, byte[] committedBase, byte[] committedOurs,
			byte[] committedTheirs) {
	}

	@Test
	void disjointEditsGiveTheSameBytes() throws Exception {
		Merge merge = gitMerge(p -> {
			p.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS); //$NON-NLS-1$
			addActivity(p, "B13", "act-bonn-turtles", "B20", "Bonn's turtle survey"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}, p -> {
			p.findActivity("B6").setStatus(ActivityStatus.COMPLETED); //$NON-NLS-1$
			p.findActivity("C1").getProgress().add(progress("Secretariats met in Geneva.")); //$NON-NLS-1$ //$NON-NLS-2$
		});
		Path workTree = Files.createDirectories(dir.resolve("driver")); //$NON-NLS-1$
		Path result = Files.copy(merge.ours(), workTree.resolve(".merge_file_ours")); //$NON-NLS-1$
		int exit = driver(merge, result, workTree);
		assertEquals(0, exit, command.err());
		assertFalse(Files.exists(Path.of(workTree.resolve(merge.path()) + MergeDriverCommand.CONFLICTS_SUFFIX)));

		Path clone = cloneAtOurs();
		try (ProgrammeRepository repository = ProgrammeRepository.open(clone)) {
			PullResult pull = repository.pull(AUTHOR, null, null);
			assertEquals(PullResult.Status.MERGED, pull.status(), String.valueOf(pull));
		}
		assertArrayEquals(Files.readAllBytes(result), Files.readAllBytes(clone.resolve(FILE)),
				"jwp merge-driver under git and the pull write the same programme"); //$NON-NLS-1$
		Programme merged = ProgrammeStore.programme(new ProgrammeStore().load(result));
		assertEquals(ActivityStatus.IN_PROGRESS, merged.findActivity("A1").getStatus()); //$NON-NLS-1$
		assertEquals(ActivityStatus.COMPLETED, merged.findActivity("B6").getStatus()); //$NON-NLS-1$
		assertEquals("Bonn's turtle survey", merged.findActivity("B20").getText()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aConflictAmongDisjointEditsIsNamedTheSame() throws Exception {
		Merge merge = gitMerge(p -> {
			p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS); //$NON-NLS-1$
			p.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS); //$NON-NLS-1$
		}, p -> {
			p.findActivity("B6").setStatus(ActivityStatus.CANCELLED); //$NON-NLS-1$
			p.findActivity("C1").getProgress().add(progress("Secretariats met in Geneva.")); //$NON-NLS-1$ //$NON-NLS-2$
		});
		Path workTree = Files.createDirectories(dir.resolve("driver")); //$NON-NLS-1$
		Path result = Files.copy(merge.ours(), workTree.resolve(".merge_file_ours")); //$NON-NLS-1$
		int exit = driver(merge, result, workTree);
		assertEquals(1, exit, command.err());
		List<String> driverConflicts = command.err().lines().filter(line -> line.startsWith("  ")).map(String::strip) //$NON-NLS-1$
				.toList();
		ConflictFile.Content listed = ConflictFile.parse(
				Files.readString(Path.of(workTree.resolve(merge.path()) + MergeDriverCommand.CONFLICTS_SUFFIX)));
		assertEquals(1, listed.conflicts().size(), String.valueOf(listed));
		assertEquals("B6", listed.conflicts().get(0).elementId()); //$NON-NLS-1$

		Path clone = cloneAtOurs();
		PullResult pull;
		try (ProgrammeRepository repository = ProgrammeRepository.open(clone)) {
			pull = repository.pull(AUTHOR, null, null);
		}
		assertEquals(PullResult.Status.CONFLICTS, pull.status(), String.valueOf(pull));
		assertEquals(List.of(FILE), pull.conflicts());
		assertEquals(driverConflicts, pull.conflictsIn(FILE), "the same conflicts named"); //$NON-NLS-1$
		assertTrue(driverConflicts.get(0).startsWith("Activity B6 status: ours in progress, theirs cancelled"), //$NON-NLS-1$
				driverConflicts.get(0));
		assertArrayEquals(Files.readAllBytes(result), Files.readAllBytes(clone.resolve(FILE)),
				"both keep our side of the conflict and merge the rest alike"); //$NON-NLS-1$
	}

	/**
	 * A repository with the shipped programme on {@code main}, {@code ours} edited on the branch
	 * {@code bonn} and {@code theirs} on {@code main}; real git merges main into bonn with a driver
	 * script that keeps what git hands it and exits 1 (a conflict: git then leaves the merge alone).
	 */
	private Merge gitMerge(Consumer<Programme> ours, Consumer<Programme> theirs) throws Exception {
		Path repository = Files.createDirectories(dir.resolve("repository")); //$NON-NLS-1$
		Path file = repository.resolve(FILE);
		new ProgrammeStore().save(DefaultProgramme.load(), file);
		Files.writeString(repository.resolve(".gitattributes"), ProgrammeRepository.MERGE_ATTRIBUTE + '\n'); //$NON-NLS-1$
		Files.write(repository.resolve(".gitignore"), ProgrammeRepository.IGNORED); //$NON-NLS-1$
		git(repository, "init", "-q", "-b", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		git(repository, "add", "-A"); //$NON-NLS-1$ //$NON-NLS-2$
		git(repository, "commit", "-q", "-m", "The shipped programme"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		byte[] base = Files.readAllBytes(file);
		git(repository, "checkout", "-q", "-b", "bonn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		byte[] oursBytes = edit(file, ours);
		git(repository, "commit", "-q", "-am", "Bonn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		git(repository, "checkout", "-q", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		byte[] theirsBytes = edit(file, theirs);
		git(repository, "commit", "-q", "-am", "Geneva"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		Path capture = Files.createDirectories(dir.resolve("capture")); //$NON-NLS-1$
		Path script = Files.writeString(dir.resolve("capture-driver.sh"), String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
				"#!/bin/sh", //$NON-NLS-1$
				"# keeps what git hands a merge driver: %O %A %B %P", //$NON-NLS-1$
				"cp \"$1\" '" + capture + "/base' && cp \"$2\" '" + capture + "/ours' && cp \"$3\" '" + capture //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
						+ "/theirs' &&", //$NON-NLS-1$ //$NON-NLS-5$ //$NON-NLS-6$
				"printf '%s' \"$4\" > '" + capture + "/path'", //$NON-NLS-1$ //$NON-NLS-2$
				"exit 1", "")); //$NON-NLS-1$ //$NON-NLS-2$
		git(repository, "checkout", "-q", "bonn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String driver = "merge.jwp.driver=sh '" + script + "' %O %A %B %P"; //$NON-NLS-1$ //$NON-NLS-2$
		assertNotEquals(0, gitExit(repository, "-c", driver, "merge", "--no-edit", "main"), //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$//$NON-NLS-4$
				"the driver reports a conflict"); //$NON-NLS-1$
		git(repository, "merge", "--abort"); //$NON-NLS-1$ //$NON-NLS-2$
		git(repository, "checkout", "-q", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ (a clone then checks out main)

		Merge merge = new Merge(capture.resolve("base"), capture.resolve("ours"), capture.resolve("theirs"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Files.readString(capture.resolve("path")), base, oursBytes, theirsBytes); //$NON-NLS-1$
		assertEquals(FILE, merge.path());
		assertArrayEquals(base, Files.readAllBytes(merge.base()), "%O is the common ancestor's file"); //$NON-NLS-1$
		assertArrayEquals(oursBytes, Files.readAllBytes(merge.ours()), "%A is bonn's file"); //$NON-NLS-1$
		assertArrayEquals(theirsBytes, Files.readAllBytes(merge.theirs()), "%B is main's file"); //$NON-NLS-1$
		return merge;
	}

	/**
	 * Runs {@code jwp merge-driver %O %A %B %P} in this JVM on the captured files, {@code result} a
	 * copy of %A. Git runs the driver in the work tree, where {@code %P} is relative; here
	 * {@code workTree} stands in for it, so that the conflict file lands there.
	 */
	private int driver(Merge merge, Path result, Path workTree) {
		return command.run("merge-driver", merge.base().toString(), result.toString(), merge.theirs().toString(), //$NON-NLS-1$
				workTree.resolve(merge.path()).toString());
	}

	/** A clone of the repository whose main is bonn's commit, and origin/main main's: a pull merges the two. */
	private Path cloneAtOurs() throws Exception {
		Path clone = dir.resolve("clone"); //$NON-NLS-1$
		git(dir, "clone", "-q", dir.resolve("repository").toString(), clone.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		git(clone, "reset", "-q", "--hard", "origin/bonn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return clone;
	}

	private static byte[] edit(Path file, Consumer<Programme> edit) throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(file);
		edit.accept(ProgrammeStore.programme(resource));
		store.save(resource, file);
		Files.deleteIfExists(ProgrammeStore.backupOf(file));
		return Files.readAllBytes(file);
	}

	private static void addActivity(Programme programme, String beside, String id, String code, String text) {
		Activity activity = JwpFactory.eINSTANCE.createActivity();
		activity.setId(id);
		activity.setCode(code);
		activity.setText(text);
		activity.setLead(LeadSecretariat.JOINT);
		((ActivityGroup) programme.findActivity(beside).eContainer()).getActivities().add(activity);
	}

	private static ProgressEntry progress(String narrative) {
		ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
		entry.setDate(LocalDate.of(2014, 3, 2));
		entry.setNarrative(narrative);
		return entry;
	}

	private static void git(Path folder, String... args) throws Exception {
		GitRun run = gitRun(folder, args);
		assertEquals(0, run.exit(), "git " + String.join(" ", args) + ": " + run.output()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static int gitExit(Path folder, String... args) throws Exception {
		return gitRun(folder, args).exit();
	}

	private record GitRun(int exit, String output) {
	}

	/** Runs git in {@code folder} without the machine's or the user's configuration. */
	private static GitRun gitRun(Path folder, String... args) throws Exception {
		List<String> line = new ArrayList<>(List.of("git", "-c", "user.name=" + AUTHOR.name(), "-c", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"user.email=" + AUTHOR.email(), "-c", "commit.gpgsign=false")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		line.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null"); //$NON-NLS-1$ //$NON-NLS-2$
		Process process = builder.start();
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		process.getInputStream().transferTo(output);
		return new GitRun(process.waitFor(), output.toString(StandardCharsets.UTF_8));
	}
}
