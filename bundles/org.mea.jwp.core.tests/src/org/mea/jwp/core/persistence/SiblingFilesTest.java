package org.mea.jwp.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer of output files: whole or not at all, through links, keeping permissions, cleaning
 * up after killed processes, and with names near the file system's limit.
 */
class SiblingFilesTest {

	@TempDir
	Path dir;

	private static SiblingFiles.Content<RuntimeException> text(String content) {
		return out -> out.write(content.getBytes(StandardCharsets.UTF_8));
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
		Path real = Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("report.txt"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("data", "report.txt"));
		assertEquals(real.toRealPath(), SiblingFiles.replace(link, text("new")));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals("new", Files.readString(real));
		assertEquals(List.of("data", "report.txt"), names(), "no temporary file next to the link");
	}

	@Test
	void aLinkToAFileNotYetWrittenGetsItsTarget() throws Exception {
		Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), Path.of("archive-2014.csv"));
		SiblingFiles.replace(link, text("a,b"));
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("a,b", Files.readString(dir.resolve("archive-2014.csv")));
	}

	@Test
	void aPrivateFileStaysPrivate() throws Exception {
		Path file = Files.writeString(dir.resolve("private.txt"), "secret");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		SiblingFiles.replace(file, text("still secret"));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		SiblingFiles.replace(file, text("shared"));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void temporaryFilesOfAKilledProcessAreRemovedByTheNextWrite() throws Exception {
		long dead = ProcessHandle.current().pid() + 1;
		while (ProcessHandle.of(dead).isPresent()) {
			dead++;
		}
		Path stale = Files.writeString(dir.resolve(".out.csv." + dead + "-0badc0de.part"), "half");
		Path staleSave = Files.writeString(dir.resolve(".out.csv." + dead + "-0badc0de.saving"), "half");
		Path running = Files.writeString(dir.resolve(".out.csv." + ProcessHandle.current().pid() + "-12345678.part"),
				"busy");
		Path other = Files.writeString(dir.resolve(".other.csv." + dead + "-0badc0de.part"), "not ours");
		SiblingFiles.replace(dir.resolve("out.csv"), text("a,b"));
		assertFalse(Files.exists(stale));
		assertFalse(Files.exists(staleSave));
		assertTrue(Files.exists(running), "a running process's temporary file is left alone");
		assertTrue(Files.exists(other), "only the target's own temporary files are looked at");
		assertEquals("a,b", Files.readString(dir.resolve("out.csv")));
	}

	@Test
	void aNameOf250BytesCanBeWrittenAndBackedUp() throws Exception {
		String name = "\u00e9".repeat(100) + "x".repeat(46) + ".jwp"; // 200 + 46 + 4 = 250 bytes
		assertEquals(250, name.getBytes(StandardCharsets.UTF_8).length);
		Path file = dir.resolve(name);
		SiblingFiles.replace(file, text("first"));
		SiblingFiles.replace(file, text("second"));
		assertEquals("second", Files.readString(file));
		Path backup = ProgrammeStore.backupOf(file);
		assertTrue(backup.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255);
		assertTrue(backup.getFileName().toString().startsWith("\u00e9".repeat(100)), "recognisable: " + backup);
		assertTrue(backup.getFileName().toString().endsWith(".bak"), backup.toString());
		assertEquals(backup, ProgrammeStore.backupOf(file), "the same name every time");
		assertEquals(dir.resolve("short.jwp.bak"), ProgrammeStore.backupOf(dir.resolve("short.jwp")));
	}
}
