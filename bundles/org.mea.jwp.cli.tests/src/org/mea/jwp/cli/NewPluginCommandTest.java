package org.mea.jwp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jwp new-plugin}: the project it makes is complete, named after the plug-in and pointed at
 * the SDK; wrong arguments are named and leave nothing behind. (That the project builds against the
 * SDK is checked by releng/org.mea.jwp.install.tests/plugin-template.sh, after the SDK is built.)
 */
class NewPluginCommandTest {

	private static final String ID = "org.example.jwp.extras";

	@TempDir
	Path dir;

	private final CommandRun command = new CommandRun();
	private Path sdk;

	@BeforeEach
	void sdk() throws IOException {
		sdk = Files.createDirectories(dir.resolve("sdk/repository"));
		Files.writeString(sdk.resolve("content.xml"), "<repository/>");
	}

	@Test
	void makesTheProjectForThePlugin() throws IOException {
		assertEquals(0, command.run("new-plugin", ID, "--sdk", sdk.toString(), "--out", dir.toString(), "--name",
				"Secretariat extras"), command.err());
		Path project = dir.resolve(ID);
		assertTrue(command.out().contains("made " + project), command.out());
		for (String file : List.of("pom.xml", ".gitignore", "README.md", "jwp-sdk.target", ID + "/plugin.xml",
				ID + "/META-INF/MANIFEST.MF", ID + "/designs/activities.rptdesign",
				ID + "/src/org/example/jwp/extras/ActivityTextLengthRule.java",
				ID + "/src/org/example/jwp/extras/CodeListExporter.java",
				ID + ".tests/src/org/example/jwp/extras/PluginTest.java", ID + ".feature/feature.xml",
				ID + ".site/category.xml", ID + ".site/pom.xml")) {
			assertTrue(Files.isRegularFile(project.resolve(file)), file);
		}
		try (Stream<Path> all = Files.walk(project)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				assertFalse(text.matches("(?s).*@(id|name|vendor|version|alias|jwp\\.range|jwp\\.sdk\\.location)@.*"),
						"a token left in " + file);
				assertFalse(file.toString().contains("__"), "a placeholder left in the name " + file);
			}
		}
		assertTrue(Files.readString(project.resolve("jwp-sdk.target"))
				.contains("<repository location=\"" + sdk.toUri() + "\"/>"));
		String manifest = Files.readString(project.resolve(ID + "/META-INF/MANIFEST.MF"));
		assertTrue(manifest.contains("Bundle-SymbolicName: " + ID + ";singleton:=true"), manifest);
		assertTrue(manifest.contains("Bundle-Version: 1.0.0.qualifier"), manifest);
		assertTrue(manifest.contains("org.mea.jwp.core;bundle-version=\"[0.1.0,0.2.0)\""), manifest);
		assertTrue(Files.readString(project.resolve(ID + "/plugin.properties"))
				.contains("bundle.name=Secretariat extras"));
		assertTrue(Files.readString(project.resolve(ID + "/plugin.xml")).contains("alias=\"extras-codes\""));
		assertTrue(Files.readString(project.resolve(ID + ".tests/src/org/example/jwp/extras/PluginTest.java"))
				.startsWith("package " + ID + ";"));
		assertFalse(Files.exists(dir.resolve("." + ID + ".partial")), "no half-made folder left");
	}

	@Test
	void anSdkGivenAsAZipOrUrlIsNamedAsTheTargetReadsIt() throws IOException {
		Path zip = Files.write(dir.resolve("jwp-sdk.zip"), new byte[] { 'P', 'K' });
		assertEquals(0, command.run("new-plugin", ID, "--sdk", zip.toString(), "--out", dir.toString()), command.err());
		assertTrue(Files.readString(dir.resolve(ID + "/jwp-sdk.target"))
				.contains("location=\"jar:" + zip.toUri() + "!/\""));
		Path other = Files.createDirectory(dir.resolve("other"));
		assertEquals(0, command.run("new-plugin", ID, "--sdk", "https://example.org/sdk?a=1&b=2", "--out",
				other.toString()), command.err());
		assertTrue(Files.readString(other.resolve(ID + "/jwp-sdk.target"))
				.contains("location=\"https://example.org/sdk?a=1&amp;b=2\""));
	}

	@Test
	void wrongArgumentsAreNamedAndMakeNothing() throws IOException {
		assertEquals(ExitCodes.USAGE, command.run("new-plugin", "--sdk", sdk.toString()));
		assertTrue(command.err().startsWith("jwp new-plugin: the plug-in's ID is missing\nUsage: jwp new-plugin"),
				command.err());
		assertEquals(ExitCodes.USAGE, command.run("new-plugin", "Extras", "--sdk", sdk.toString()));
		assertTrue(command.err().startsWith("jwp new-plugin: \"Extras\" is not a plug-in id"), command.err());
		assertEquals(ExitCodes.USAGE, command.run("new-plugin", ID, "org.example.two", "--sdk", sdk.toString()));
		assertTrue(
				command.err()
						.startsWith("jwp new-plugin: unexpected argument 'org.example.two' after the plug-in's ID"),
				command.err());
		assertEquals(ExitCodes.USAGE, command.run("new-plugin", ID, "--out", dir.toString()));
		assertTrue(command.err().startsWith("jwp new-plugin: --sdk is missing"), command.err());
		assertEquals(ExitCodes.USAGE, command.run("new-plugin", ID, "--sdk", dir.toString(), "--out", dir.toString()));
		assertTrue(command.err().contains("is a folder without a p2 repository"), command.err());
		assertEquals(ExitCodes.USAGE, command.run("new-plugin", ID, "--sdk", sdk.toString(), "--version", "1.0"));
		assertEquals(ExitCodes.USAGE,
				command.run("new-plugin", ID, "--sdk", sdk.toString(), "--name", "<b>bold</b>", "--out",
						dir.toString()));
		assertFalse(Files.exists(dir.resolve(ID)), "nothing made");

		// a folder in the way is left as it is
		Path existing = Files.createDirectories(dir.resolve(ID));
		Files.writeString(existing.resolve("notes.txt"), "mine");
		assertEquals(ExitCodes.CANNOT_WRITE,
				command.run("new-plugin", ID, "--sdk", sdk.toString(), "--out", dir.toString()));
		assertTrue(command.err().contains(existing + " exists already"), command.err());
		assertEquals(List.of(existing.resolve("notes.txt")), Files.list(existing).toList());
	}
}
