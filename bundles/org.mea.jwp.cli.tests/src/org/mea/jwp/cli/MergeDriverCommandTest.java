package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.merge.ConflictFile;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;

/**
 * {@code jwp merge-driver %O %A %B %P} as Git calls it: disjoint edits merge into {@code %A} with
 * exit 0; the same feature changed on both sides gives exit 1, our side in {@code %A} and a conflict
 * file next to the work-tree file that names the element and both values.
 */
class MergeDriverCommandTest {

	@TempDir
	Path dir;

	private Path base;
	private final CommandRun command = new CommandRun();

	@BeforeEach
	void theCommonAncestor() throws Exception {
		base = CommandRun.embeddedProgrammeIn(dir);
	}

	/** A copy of the base (named as Git names its temporary files) with {@code edit} saved in it. */
	private Path version(String name, Consumer<Programme> edit) throws Exception {
		Path file = dir.resolve(name);
		Files.copy(base, file);
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(file);
		edit.accept(ProgrammeStore.programme(resource));
		store.save(resource, file);
		Files.deleteIfExists(ProgrammeStore.backupOf(file));
		return file;
	}

	private static Programme load(Path file) throws Exception {
		return ProgrammeStore.programme(new ProgrammeStore().load(file));
	}

	@Test
	void disjointEditsMergeIntoOurs() throws Exception {
		Path ours = version(".merge_file_ours", p -> p.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS));
		Path theirs = version(".merge_file_theirs", p -> {
			ProgressEntry entry = JwpFactory.eINSTANCE.createProgressEntry();
			entry.setDate(LocalDate.of(2014, 3, 2));
			entry.setNarrative("Range States met in Nairobi.");
			p.findActivity("B6").getProgress().add(entry);
		});
		Path workTree = dir.resolve("jwp.jwp");
		assertEquals(0, command.run("merge-driver", base.toString(), ours.toString(), theirs.toString(),
				workTree.toString()), command.err());
		Programme merged = load(ours);
		assertEquals(ActivityStatus.IN_PROGRESS, merged.findActivity("A1").getStatus());
		assertEquals("Range States met in Nairobi.", merged.findActivity("B6").latestProgress().getNarrative());
		assertFalse(Files.exists(Path.of(workTree + MergeDriverCommand.CONFLICTS_SUFFIX)));
		assertFalse(Files.exists(ProgrammeStore.backupOf(ours)), "no backup of Git's temporary file");
	}

	@Test
	void theSameFeatureChangedOnBothSidesIsAConflictWithAConflictFile() throws Exception {
		Path ours = version(".merge_file_ours", p -> p.findActivity("B6").setStatus(ActivityStatus.IN_PROGRESS));
		Path theirs = version(".merge_file_theirs", p -> p.findActivity("B6").setStatus(ActivityStatus.CANCELLED));
		Path workTree = dir.resolve("jwp.jwp");
		assertEquals(1, command.run("merge-driver", base.toString(), ours.toString(), theirs.toString(),
				workTree.toString()), command.err());
		assertTrue(
				command.err()
						.startsWith("jwp merge-driver: " + workTree + ": 1 conflict; the file keeps our side of each"),
				command.err());
		assertEquals(ActivityStatus.IN_PROGRESS, load(ours).findActivity("B6").getStatus(), "ours holds our side");
		Path conflictFile = Path.of(workTree + MergeDriverCommand.CONFLICTS_SUFFIX);
		ConflictFile.Content content = ConflictFile.parse(Files.readString(conflictFile));
		assertEquals(1, content.conflicts().size(), String.valueOf(content));
		ConflictFile.Entry entry = content.conflicts().get(0);
		assertEquals("B6", entry.elementId());
		assertEquals("status", entry.feature());
		assertEquals("in progress", entry.ours());
		assertEquals("cancelled", entry.theirs());

		// a later clean merge removes the conflict file, which is no longer true
		Path again = version(".merge_file_again", p -> p.findActivity("A2").setStatus(ActivityStatus.COMPLETED));
		assertEquals(0, command.run("merge-driver", base.toString(), again.toString(), base.toString(),
				workTree.toString()), command.err());
		assertFalse(Files.exists(conflictFile));
	}

	@Test
	void wrongArgumentsAndUnreadableVersionsAreNamed() throws Exception {
		assertEquals(2, command.run("merge-driver", base.toString()));
		assertTrue(command.err().startsWith("jwp merge-driver: takes four arguments, BASE OURS THEIRS PATH"),
				command.err());
		Path broken = Files.writeString(dir.resolve(".merge_file_broken"), "<?xml version=\"1.0\"?>\n<jwp:Programme\n");
		assertEquals(3, command.run("merge-driver", base.toString(), broken.toString(), base.toString(),
				"jwp.jwp"), command.err());
		assertTrue(command.err().contains("jwp.jwp: a version cannot be read: " + broken), command.err());
	}
}
