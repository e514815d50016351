package org.mea.jwp.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;

/** The history of a shared programme over a few commits, for one element and for the whole programme. */
class ElementHistoryTest {

	@TempDir
	Path temp;

	private Path file;
	private String shared;
	private String sc64;
	private String other;
	private String sc65;

	@BeforeEach
	void threeCommitsAfterSharing() throws Exception {
		file = Programmes.write(Files.createDirectories(temp.resolve("jwp")).resolve("programme.jwp")); //$NON-NLS-1$ //$NON-NLS-2$
		try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
			shared = repository.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
			Programmes.edit(file, p -> Programmes.activity(p, "B6").setStatus(ActivityStatus.ONGOING)); //$NON-NLS-1$
			sc64 = repository.commit("SC64 update\n\nstarted", Programmes.BRUNO); //$NON-NLS-1$
			Programmes.edit(file, p -> Programmes.activity(p, "A1").setText("Concordance list, updated")); //$NON-NLS-1$ //$NON-NLS-2$
			other = repository.commit("A1 reworded", Programmes.BRUNO); //$NON-NLS-1$
			Programmes.edit(file, p -> Programmes.activity(p, "B6").setStatus(ActivityStatus.COMPLETED)); //$NON-NLS-1$
			sc65 = repository.commit("SC65 update", Programmes.ANNA); //$NON-NLS-1$
		}
	}

	@Test
	void historyOfOneElementNewestFirst() throws Exception {
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			List<HistoryEntry> history = new ElementHistory(repository, file).element("B6", null); //$NON-NLS-1$
			assertEquals(3, history.size(), history.toString());
			HistoryEntry completed = history.get(0);
			assertEquals(HistoryEntry.Kind.CHANGED, completed.kind());
			assertEquals("B6", completed.elementId()); //$NON-NLS-1$
			assertEquals("status", completed.feature()); //$NON-NLS-1$
			assertEquals("on-going", completed.oldValue()); //$NON-NLS-1$
			assertEquals("completed", completed.newValue()); //$NON-NLS-1$
			assertEquals(sc65, completed.commitId());
			assertEquals("B6: status on-going \u2192 completed, " //$NON-NLS-1$
					+ completed.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + ", Anna Person, 'SC65 update'", //$NON-NLS-1$
					completed.toString());
			HistoryEntry started = history.get(1);
			assertEquals(List.of("not started", "on-going", sc64, "Bruno Other", "SC64 update"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					List.of(started.oldValue(), started.newValue(), started.commitId(), started.author(),
							started.summary()));
			assertEquals(HistoryEntry.Kind.ADDED, history.get(2).kind());
			assertEquals(shared, history.get(2).commitId());
		}
	}

	@Test
	void historyOfTheProgramme() throws Exception {
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			List<HistoryEntry> history = new ElementHistory(repository, file).programme(null);
			assertEquals(List.of(sc65, other, sc64, shared), history.stream().map(HistoryEntry::commitId).toList(),
					history.toString());
			assertEquals("A1", history.get(1).elementId()); //$NON-NLS-1$
			assertEquals("text", history.get(1).feature()); //$NON-NLS-1$
			assertEquals("Concordance list, updated", history.get(1).newValue()); //$NON-NLS-1$
			assertEquals(HistoryEntry.Kind.ADDED, history.get(3).kind());
			assertEquals("cms-cites-jwp-2012-2014", history.get(3).elementId()); //$NON-NLS-1$
		}
	}

	@Test
	void historyFollowsARename() throws Exception {
		Path renamed = file.resolveSibling("joint.jwp"); //$NON-NLS-1$
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			Files.move(file, renamed);
			Git git = Git.wrap(repository.repository());
			git.rm().addFilepattern("programme.jwp").call(); //$NON-NLS-1$
			repository.add(renamed);
			repository.commit("Renamed", Programmes.ANNA); //$NON-NLS-1$
			List<HistoryEntry> history = new ElementHistory(repository, renamed).element("B6", null); //$NON-NLS-1$
			assertEquals(List.of(sc65, sc64, shared), history.stream().map(HistoryEntry::commitId).toList(),
					history.toString());
		}
	}

	@Test
	void fileAtGivesTheProgrammeOfACommit() throws Exception {
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			assertEquals(ActivityStatus.ONGOING, statusOfB6(repository.fileAt(sc64, file)));
			assertEquals(ActivityStatus.NOT_STARTED, statusOfB6(repository.fileAt(shared.substring(0, 10), file)));
			assertEquals(ActivityStatus.COMPLETED, statusOfB6(repository.fileAt(sc65, file)));
		}
	}

	@Test
	void fileAtFindsARenamedFileUnderItsOldName() throws Exception {
		Path renamed = file.resolveSibling("joint.jwp"); //$NON-NLS-1$
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			Files.move(file, renamed);
			Git.wrap(repository.repository()).rm().addFilepattern("programme.jwp").call(); //$NON-NLS-1$
			repository.add(renamed);
			repository.commit("Renamed", Programmes.ANNA); //$NON-NLS-1$
			assertEquals(ActivityStatus.ONGOING, statusOfB6(repository.fileAt(sc64, renamed)));
		}
	}

	@Test
	void fileAtNamesWhatIsMissing() throws Exception {
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			TeamException absent = assertThrows(TeamException.class,
					() -> repository.fileAt(sc64, file.resolveSibling("other.jwp"))); //$NON-NLS-1$
			assertEquals("other.jwp is not in commit " + sc64.substring(0, 7), absent.getMessage()); //$NON-NLS-1$
			TeamException unknown = assertThrows(TeamException.class,
					() -> repository.fileAt("0123456789abcdef", file)); //$NON-NLS-1$
			assertTrue(unknown.getMessage().startsWith("no commit 0123456789abcdef in "), unknown.getMessage()); //$NON-NLS-1$
			assertFalse(unknown.getMessage().contains("\n"), "one line"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static ActivityStatus statusOfB6(byte[] programme) throws Exception {
		Resource resource = new ProgrammeStore().load(new ByteArrayInputStream(programme), URI.createURI("then.jwp"), //$NON-NLS-1$
				null);
		return Programmes.activity(ProgrammeStore.programme(resource), "B6").getStatus(); //$NON-NLS-1$
	}

	@Test
	void unknownElementHasNoHistory() throws Exception {
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			assertTrue(new ElementHistory(repository, file).element("no-such-element", null).isEmpty()); //$NON-NLS-1$
		}
	}

	@Test
	void unreadableVersionIsNamedNotFatal() throws Exception {
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			Files.writeString(file, "<broken"); //$NON-NLS-1$
			String broken = repository.commit("Broken", Programmes.ANNA); //$NON-NLS-1$
			List<HistoryEntry> history = new ElementHistory(repository, file).programme(null);
			assertEquals(HistoryEntry.Kind.UNREADABLE, history.get(0).kind());
			assertEquals(broken, history.get(0).commitId());
			assertNull(history.get(0).elementId());
			assertEquals(sc65, history.get(1).commitId());
		}
	}
}
