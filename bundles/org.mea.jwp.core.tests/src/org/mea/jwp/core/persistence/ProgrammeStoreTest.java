package org.mea.jwp.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Programme;

/** Saving is atomic and keeps a backup; loading refuses broken and hostile files with a clear message. */
class ProgrammeStoreTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<jwp:Programme xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:jwp=\"http://mea.org/jwp/1.0\"";

	@TempDir
	Path dir;

	private final ProgrammeStore store = new ProgrammeStore();

	@Test
	void roundTripKeepsIdsReferencesAndText() throws Exception {
		Resource original = DefaultProgramme.load();
		Path file = dir.resolve("jwp.jwp");
		store.save(original, file);
		Programme reloaded = ProgrammeStore.programme(store.load(file));

		Programme programme = ProgrammeStore.programme(original);
		assertEquals(programme.activities().stream().map(Activity::getId).toList(),
				reloaded.activities().stream().map(Activity::getId).toList());
		assertEquals(List.of("org-iccwc", "org-interpol", "org-world-bank", "org-world-customs-organization"),
				reloaded.findActivity("B16").getPartners().stream().map(o -> o.getId()).toList());
		assertEquals(programme.findActivity("B18").getTimeframe().getOriginal(),
				reloaded.findActivity("B18").getTimeframe().getOriginal());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
		assertTrue(xml.contains("formatVersion=\"1.0\""));
		assertTrue(xml.contains("2012 \u2013 14"), "non-ASCII text must be written as UTF-8");
	}

	@Test
	void elementsWithoutOrWithDuplicateIdsGetFreshIdsOnSave() throws Exception {
		Resource resource = DefaultProgramme.load();
		Programme programme = ProgrammeStore.programme(resource);
		Activity fresh = JwpFactory.eINSTANCE.createActivity();
		fresh.setCode("B20");
		Activity copy = JwpFactory.eINSTANCE.createActivity();
		copy.setId("B6");
		copy.setCode("B21");
		// after the original B6 in document order, as a pasted copy would be
		programme.getThemes().get(3).getGroups().get(0).getActivities().add(fresh);
		programme.getThemes().get(3).getGroups().get(0).getActivities().add(copy);
		store.save(resource, dir.resolve("ids.jwp"));
		assertNotNull(fresh.getId());
		assertNotEquals("B6", copy.getId());
		assertEquals("B6", programme.findActivity("B6").getId(), "the first holder keeps its id");
	}

	@Test
	void saveKeepsOneBackupOfThePreviousVersion() throws Exception {
		Resource resource = DefaultProgramme.load();
		Path file = dir.resolve("backup.jwp");
		store.save(resource, file);
		byte[] first = Files.readAllBytes(file);
		ProgrammeStore.programme(resource).setTitle("Changed");
		store.save(resource, file);
		assertArrayEquals(first, Files.readAllBytes(ProgrammeStore.backupOf(file)));
		assertTrue(Files.readString(file).contains("title=\"Changed\""));
		// saved files are as readable as any new file (the temporary file must not be owner-only)
		Path plain = Files.createFile(dir.resolve("plain.txt"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
	}

	@Test
	void interruptedSaveLeavesTheFileAsItWas() throws Exception {
		Resource resource = DefaultProgramme.load();
		Path file = dir.resolve("safe.jwp");
		store.save(resource, file);
		byte[] before = Files.readAllBytes(file);

		ProgrammeStore.programme(resource).setTitle("Never written");
		ProgrammeStore failing = new ProgrammeStore(out -> new FilterOutputStream(out) {
			private int written;

			@Override
			public void write(int b) throws IOException {
				if (++written > 4096) {
					throw new IOException("disk full (simulated)");
				}
				super.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				for (int i = 0; i < len; i++) {
					write(b[off + i]);
				}
			}
		});
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> failing.save(resource, file));
		assertTrue(e.getMessage().contains("disk full (simulated)"), e.getMessage());
		assertTrue(e.getMessage().contains("previous version of the file is unchanged"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("safe.jwp"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file may be left behind");
		}
	}

	@Test
	void theSecondOfTwoSavesOfTheSameLoadedStateIsRefusedAndTheFirstKept() throws Exception {
		Path file = dir.resolve("shared.jwp");
		store.save(DefaultProgramme.load(), file);
		Resource first = store.load(file);
		Resource second = new ProgrammeStore().load(file); // another command, or the workbench
		ProgrammeStore.programme(first).setTitle("First");
		ProgrammeStore.programme(second).setTitle("Second");
		store.save(first, file);
		byte[] firstSaved = Files.readAllBytes(file);

		ProgrammeChangedException e = assertThrows(ProgrammeChangedException.class, () -> store.save(second, file));
		assertTrue(e.getMessage().startsWith(file.toString() + ": was changed by another program since it was read"),
				e.getMessage());
		assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
		assertArrayEquals(firstSaved, Files.readAllBytes(file), "the first save is kept");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("shared.jwp", "shared.jwp.bak"),
					files.map(p -> p.getFileName().toString()).sorted().toList(),
					"neither a temporary nor a lock file is left");
		}

		// the first may go on saving: it knows what it wrote
		ProgrammeStore.programme(first).setTitle("First again");
		store.save(first, file);
		// the second may overwrite when the user chooses to, or save elsewhere
		store.save(second, file, true);
		assertTrue(Files.readString(file).contains("title=\"Second\""));
		assertTrue(Files.readString(ProgrammeStore.backupOf(file)).contains("title=\"First again\""));
	}

	@Test
	void savingThroughASymbolicLinkKeepsTheLinkAndThePermissions() throws Exception {
		Path real = dir.resolve("store").resolve("private.jwp");
		Files.createDirectories(real.getParent());
		store.save(DefaultProgramme.load(), real);
		Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
		Path link = Files.createSymbolicLink(dir.resolve("private.jwp"), real);
		Resource resource = store.load(link);
		ProgrammeStore.programme(resource).setTitle("Through the link");
		store.save(resource, link);
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertTrue(Files.readString(real).contains("title=\"Through the link\""));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)),
				"private stays private");
		assertEquals("rw-------",
				PosixFilePermissions.toString(Files.getPosixFilePermissions(ProgrammeStore.backupOf(real))),
				"so does its backup");
		// a second save through the link checks the same file
		ProgrammeStore.programme(resource).setTitle("Again");
		store.save(resource, link);
		assertTrue(Files.readString(real).contains("title=\"Again\""));
	}

	@Test
	void aProgrammeWithA250ByteNameIsSavedAndBackedUp() throws Exception {
		Path file = dir.resolve("p".repeat(246) + ".jwp");
		Resource resource = DefaultProgramme.load();
		store.save(resource, file);
		ProgrammeStore.programme(resource).setTitle("Second version");
		store.save(resource, file);
		assertTrue(Files.readString(file).contains("title=\"Second version\""));
		assertTrue(Files.exists(ProgrammeStore.backupOf(file)));
		assertTrue(ProgrammeStore.backupOf(file).getFileName().toString().startsWith("p".repeat(200)));
	}

	@Test
	void saveIntoAnImpossiblePlaceSaysWhere() throws Exception {
		Path notADirectory = Files.writeString(dir.resolve("plain.txt"), "x");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class,
				() -> store.save(DefaultProgramme.load(), notADirectory.resolve("p.jwp")));
		assertTrue(e.getMessage().contains("p.jwp"), e.getMessage());
	}

	@Test
	void brokenXmlNamesLineAndColumn() throws Exception {
		Path file = write("broken.jwp",
				HEADER + ROOT + " title=\"x\">\n  <themes letter=\"A\">\n  </themes\n</jwp:Programme>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		// the parser notices the unclosed end tag where the next one starts
		assertEquals(5, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().startsWith(file.toString() + ", line 5, column "), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
	}

	@Test
	void unknownElementNamesItAndItsLine() throws Exception {
		Path file = write("unknown.jwp",
				HEADER + ROOT + ">\n  <themes letter=\"A\"/>\n  <budget amount=\"5\"/>\n</jwp:Programme>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertEquals(4, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().contains("unknown element or attribute \"budget\""), e.getMessage());
	}

	@Test
	void invalidValueIsNamed() throws Exception {
		Path file = write("value.jwp", HEADER + ROOT + " periodStart=\"twenty\"/>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertTrue(e.getMessage().contains("\"twenty\"") && e.getMessage().contains("periodStart"), e.getMessage());
	}

	@Test
	void externalEntitiesAreRefusedAndNothingLeaks() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
		Path file = write("xxe.jwp", HEADER + "<!DOCTYPE p [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n" + ROOT
				+ " title=\"&xxe;\"/>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET-42"));
		assertEquals(2, e.getLine(), e.getMessage());
	}

	@Test
	void billionLaughsIsRefusedQuickly() throws Exception {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE p [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"");
			for (int j = 0; j < 10; j++) {
				dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
			}
			dtd.append("\">");
		}
		dtd.append("]>\n");
		Path file = write("laughs.jwp", HEADER + dtd + ROOT + " title=\"&lol9;\"/>\n");
		ProgrammeFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ProgrammeFileException.class, () -> store.load(file)));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void newerFormatIsRefusedWithAnExplanation() throws Exception {
		Path file = write("future.jwp", HEADER + ROOT + " formatVersion=\"2.0\" title=\"From the future\"/>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertTrue(e.getMessage().contains("format 2.0") && e.getMessage().contains("newer JWP Workbench"),
				e.getMessage());
	}

	@Test
	void aFileWithoutAProgrammeIsRefused() throws Exception {
		Path file = write("taxon.jwp", HEADER
				+ "<jwp:Taxon xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:jwp=\"http://mea.org/jwp/1.0\" id=\"t\"/>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertTrue(e.getMessage().contains("does not contain a programme (found Taxon)"), e.getMessage());
		Path empty = write("empty.jwp", "");
		e = assertThrows(ProgrammeFileException.class, () -> store.load(empty));
		assertTrue(e.getMessage().contains("empty.jwp"), e.getMessage());
		e = assertThrows(ProgrammeFileException.class, () -> store.load(dir.resolve("missing.jwp")));
		assertTrue(e.getMessage().contains("no such file"), e.getMessage());
	}

	@Test
	void danglingReferenceIsNamed() throws Exception {
		Path file = write("dangling.jwp", HEADER + ROOT + ">\n  <themes id=\"t\" letter=\"B\">\n    <groups id=\"g\">\n"
				+ "      <activities id=\"B1\" code=\"B1\" partners=\"org-nowhere\"/>\n    </groups>\n  </themes>\n</jwp:Programme>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertTrue(e.getMessage().contains("org-nowhere"), e.getMessage());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

}
