package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;

/** {@code jwp translate}: the texts out as XLIFF, a translated unit back in, broken files and wrong arguments named. */
class TranslateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new TranslateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void exportTranslateOneUnitAndImportIt() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		Path xlf = dir.resolve("jwp-es.xlf");
		assertEquals(0, run("--model", model.toString(), "--export", "es", "--out", xlf.toString()), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("texts to translate into es"),
				out.toString(StandardCharsets.UTF_8));

		String xliff = Files.readString(xlf);
		int unit = xliff.indexOf("<trans-unit id=\"B6#text\">");
		int end = xliff.indexOf("</source>", unit) + "</source>".length();
		Files.writeString(xlf,
				xliff.substring(0, end) + "<target>La CITES participará en la finalización del plan.</target>"
						+ xliff.substring(end));
		assertEquals(0, run("--model", model.toString(), "--import", xlf.toString()), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 es translations imported"),
				out.toString(StandardCharsets.UTF_8));
		Programme saved = ProgrammeStore.programme(new ProgrammeStore().load(model));
		assertEquals("La CITES participará en la finalización del plan.",
				Translations.text(saved.findActivity("B6"), Literals.ACTIVITY__TEXT, "es"));
		assertTrue(Files.exists(ProgrammeStore.backupOf(model)), "the previous version kept");
	}

	@Test
	void theXliffIsWrittenWholeOrNotAtAll() throws Exception {
		Path missing = dir.resolve("no such folder").resolve("jwp-fr.xlf");
		assertEquals(5, run("--default", "--export", "fr", "--out", missing.toString()));
		assertTrue(
				err().startsWith(
						"jwp translate: cannot write " + missing.toAbsolutePath() + ": the folder does not exist"),
				err());
		// a file that is there stays as it was until the new one is complete, then is replaced whole
		Path xlf = Files.writeString(dir.resolve("jwp-fr.xlf"), "an earlier export");
		assertEquals(0, run("--default", "--export", "fr", "--out", xlf.toString()), err());
		assertTrue(Files.readString(xlf).startsWith("<?xml"), "replaced by the new export");
		try (var files = Files.list(dir)) {
			// nothing else in the folder: no half-written or temporary file left beside it
			assertEquals(List.of("jwp-fr.xlf"), files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void aBrokenFileIsRefusedWithItsLineAndTheProgrammeIsNotChanged() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		byte[] before = Files.readAllBytes(model);
		Path xlf = dir.resolve("broken.xlf");
		Files.writeString(xlf,
				"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file target-language=\"fr\">\n<body>\n");
		assertEquals(4, run("--model", model.toString(), "--import", xlf.toString()));
		assertTrue(
				err().matches(
						"(?s)jwp translate: .*broken\\.xlf, line \\d+: not well-formed: .*; nothing imported\\s*"),
				err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the programme file is as it was");
		assertNull(Translations.text(ProgrammeStore.programme(new ProgrammeStore().load(model)).findActivity("B6"),
				Literals.ACTIVITY__TEXT, "fr"));
	}

	@Test
	void theExportNeverOverwritesTheProgramme() throws Exception {
		Path model = dir.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), model);
		byte[] before = Files.readAllBytes(model);
		assertEquals(2, run("--model", model.toString(), "--export", "fr", "--out", model.toString()));
		assertTrue(err().contains("is the same file as --model " + model + "; writing it would destroy the input"),
				err());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the programme file is as it was");
	}

	@Test
	void wrongArgumentsAreNamed() {
		assertEquals(2, run("--default", "--export", "de", "--out", dir.resolve("x.xlf").toString()));
		assertTrue(err().contains("--export \"de\": the languages are fr, es"), err());
		assertEquals(2, run("--default", "--import", "x.xlf"));
		assertTrue(err().contains("--import needs --model FILE"), err());
		assertEquals(2, run("--default", "--export", "fr"));
		assertTrue(err().contains("--out is missing"), err());
		assertEquals(2, run("--default"));
		assertTrue(err().contains("give either --export LANGUAGE or --import FILE.xlf"), err());
		assertEquals(0, run("--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: jwp translate"));
	}
}
