package org.mea.jwp.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.core.validation.Labels;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * One loader for every programme file whatever its name, which follows no reference out of the file
 * and refuses invalid and duplicate ids with their lines (issue 22, defects 4, 5 and 6).
 */
class ProgrammeLoaderTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<jwp:Programme xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:jwp=\"http://mea.org/jwp/1.0\"";
	private static final Duration QUICKLY = Duration.ofSeconds(20);

	@TempDir
	Path dir;

	private final ProgrammeStore store = new ProgrammeStore();

	@ParameterizedTest
	@ValueSource(strings = { "p.jwp.bak", "p.JWP", "p.xml", "p" })
	void everyNameGetsTheHardenedLoader(String name) throws Exception {
		Path copy = dir.resolve(name);
		store.save(DefaultProgramme.load(), copy);
		Resource resource = store.load(copy);
		assertInstanceOf(JwpResource.class, resource, name);

		Path hostile = write("doctype-" + name,
				HEADER + "<!DOCTYPE p [<!ENTITY x \"y\">]>\n" + ROOT + " title=\"&x;\"/>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(hostile));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertEquals(2, e.getLine(), e.getMessage());
	}

	@Test
	void aBigProgrammeNamedXmlResolvesIdsWithoutSearching() throws Exception {
		Programme synthetic = SyntheticProgramme.create(26_000);
		int activities = synthetic.activities().size();
		assertTrue(activities >= 5_000, "activities: " + activities);
		Resource resource = new JwpResource(URI.createFileURI(dir.resolve("big.jwp").toString()));
		resource.getContents().add(synthetic);
		Path jwp = dir.resolve("big.jwp");
		store.save(resource, jwp);
		Path xml = Files.copy(jwp, dir.resolve("big.xml"));

		store.load(jwp); // warm up: class loading, JIT
		long jwpStart = System.nanoTime();
		store.load(jwp);
		long jwpTime = System.nanoTime() - jwpStart;
		long xmlStart = System.nanoTime();
		Resource loaded = store.load(xml);
		long xmlTime = System.nanoTime() - xmlStart;

		// every id is in the intrinsic map once loaded: no reference resolution searches the file
		JwpResource jwpResource = assertInstanceOf(JwpResource.class, loaded);
		assertTrue(jwpResource.getIntrinsicIDToEObjectMap().size() >= activities,
				"ids in the map: " + jwpResource.getIntrinsicIDToEObjectMap().size());
		// the generous bound only catches the quadratic search (10 times slower at this size)
		assertTrue(xmlTime < 4 * jwpTime + 500_000_000L,
				"big.xml " + xmlTime / 1_000_000 + " ms, big.jwp " + jwpTime / 1_000_000 + " ms");
	}

	@Test
	void anHttpReferenceIsRefusedWithoutConnecting() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			AtomicBoolean connected = new AtomicBoolean();
			Thread listener = new Thread(() -> {
				try (Socket socket = server.accept()) {
					connected.set(true);
				} catch (IOException closed) {
					// the test is over
				}
			});
			listener.setDaemon(true);
			listener.start();
			String url = "http://127.0.0.1:" + server.getLocalPort();

			Path attribute = write("http.jwp", activityWithPartners("partners=\"" + url + "/x#y\"/>"));
			assertRefusedAt(attribute, 5, url + "/x#y");
			Path href = write("href.jwp",
					activityWithPartners(">\n        <partners href=\"" + url + "/x#y\"/>\n      </activities>"));
			assertRefusedAt(href, 6, url + "/x#y");
			// an unknown namespace with a schema location: EMF would fetch the package from it
			Path namespace = write("namespace.jwp",
					HEADER + ROOT + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
							+ " xmlns:evil=\"" + url + "/ns\" xsi:schemaLocation=\"" + url + "/ns " + url
							+ "/ns.ecore\">\n"
							+ "  <evil:Thing/>\n</jwp:Programme>\n");
			assertTimeoutPreemptively(QUICKLY,
					() -> assertThrows(ProgrammeFileException.class, () -> store.load(namespace)));

			Thread.sleep(200); // a connection attempt made by the loads would have been accepted by now
			assertFalse(connected.get(), "the loader connected to " + url);
		}
	}

	@Test
	void aReferenceIntoAnotherFileIsRefused() throws Exception {
		store.save(DefaultProgramme.load(), dir.resolve("other.jwp"));
		Path file = write("cross.jwp", activityWithPartners("partners=\"other.jwp#org-interpol\"/>"));
		assertRefusedAt(file, 5, "other.jwp#org-interpol");
		Path fragment = write("fragment.jwp", activityWithPartners("partners=\"#org-interpol\"/>"));
		assertRefusedAt(fragment, 5, "#org-interpol");
	}

	@Test
	void aReferenceToAFifoIsRefusedWithoutOpeningIt() throws Exception {
		Path fifo = dir.resolve("fifo");
		boolean made;
		try {
			made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0; //$NON-NLS-1$
		} catch (IOException e) {
			made = false;
		}
		if (!made || !Files.exists(fifo)) {
			// Assumptions need opentest4j, which this fragment does not import
			System.err.println("skipped: mkfifo is not available here"); //$NON-NLS-1$
			return;
		}
		Path file = write("fifo.jwp", activityWithPartners("partners=\"" + fifo + "#x\"/>"));
		assertRefusedAt(file, 5, fifo + "#x");
	}

	@Test
	void theResourceSetOpensNoOtherDocument() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
		Resource resource = store.load(write("plain.jwp", HEADER + ROOT + " title=\"t\"/>\n"));
		IOException e = assertThrows(IOException.class,
				() -> resource.getResourceSet().getURIConverter()
						.createInputStream(URI.createFileURI(secret.toString())));
		assertTrue(e.getMessage().contains("secret.txt"), e.getMessage());
	}

	@Test
	void duplicateIdsAreRefusedNamingBothLines() throws Exception {
		Path file = write("duplicate.jwp", HEADER + ROOT + ">\n" //
				+ "  <taxa id=\"tx-elephant\" nameAsPrinted=\"Loxodonta africana\"/>\n" // line 3
				+ "  <taxa id=\"tx-shark\" nameAsPrinted=\"Rhincodon typus\"/>\n" //
				+ "  <taxa id=\"tx-elephant\" nameAsPrinted=\"Rhincodon typus\"/>\n" // line 5
				+ "</jwp:Programme>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertEquals(5, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().contains("duplicate id \"tx-elephant\" at line 5; first used at line 3"),
				e.getMessage());
		assertTrue(e.getMessage().startsWith(file + ", line 5, column "), e.getMessage());
	}

	@Test
	void invalidIdsAndXmiIdsAreRefused() throws Exception {
		Path space = write("space.jwp", HEADER + ROOT + ">\n  <taxa id=\"tx a\"/>\n</jwp:Programme>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(space));
		assertEquals(3, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().contains("the id \"tx a\" contains a space"), e.getMessage());

		Path xmiId = write("xmiid.jwp",
				HEADER + ROOT + ">\n  <taxa id=\"tx-a\"/>\n  <taxa xmi:id=\"tx-a\" id=\"tx-b\"/>\n</jwp:Programme>\n");
		e = assertThrows(ProgrammeFileException.class, () -> store.load(xmiId));
		assertEquals(4, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().contains("xmi:id"), e.getMessage());
	}

	@Test
	void saveReplacesAnIdTheLoaderWouldRefuse() throws Exception {
		Resource resource = DefaultProgramme.load();
		Taxon taxon = ProgrammeStore.programme(resource).getTaxa().get(0);
		taxon.setId("tx with#space");
		Path file = dir.resolve("renamed.jwp");
		store.save(resource, file);
		assertNotEquals("tx with#space", taxon.getId());
		store.load(file);
	}

	@Test
	void bytesThatAreNotUtf8AreNamedByTheirLineAndColumn() throws Exception {
		Path file = dir.resolve("latin1.jwp");
		store.save(DefaultProgramme.load(), file);
		byte[] utf8 = Files.readAllBytes(file);
		String marker = "code=\"D1";
		int at = new String(utf8, StandardCharsets.ISO_8859_1).indexOf(marker) + marker.length();
		byte[] bytes = new byte[utf8.length + 1];
		System.arraycopy(utf8, 0, bytes, 0, at);
		bytes[at] = (byte) 0xE9; // "\u00e9" as ISO-8859-1 wrote it
		System.arraycopy(utf8, at, bytes, at + 1, utf8.length - at);
		Files.write(file, bytes);
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
		assertTrue(line > 100, "far enough into the file that the parser's blocks matter: line " + line);

		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertEquals(line, e.getLine(), e.getMessage());
		assertEquals(column, e.getColumn(), e.getMessage());
		assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
	}

	@Test
	void aReferenceToTheWrongKindOfElementNamesItByItsLabel() throws Exception {
		Path file = write("kind.jwp", HEADER + ROOT + ">\n  <themes id=\"t\" letter=\"B\">\n    <groups id=\"g\">\n"
				+ "      <activities id=\"B1\" code=\"B1\" partners=\"tx-a\"/>\n    </groups>\n  </themes>\n"
				+ "  <taxa id=\"tx-a\" nameAsPrinted=\"Loxodonta africana\"/>\n</jwp:Programme>\n");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.load(file));
		assertTrue(e.getMessage().contains("\"Taxon Loxodonta africana\" is not valid for \"partners\""),
				e.getMessage());
		assertFalse(e.getMessage().contains("Impl@"), e.getMessage());
	}

	@Test
	void aReferenceToADeletedElementIsNamedByLabelsWhenSaving() throws Exception {
		Resource resource = DefaultProgramme.load();
		Programme programme = ProgrammeStore.programme(resource);
		Activity activity = programme.activities().stream().filter(a -> !a.getSpecies().isEmpty()).findFirst()
				.orElseThrow();
		Taxon taxon = activity.getSpecies().get(0);
		programme.getTaxa().remove(taxon); // without removing the references to it, as a faulty edit would
		Path file = dir.resolve("dangling.jwp");
		ProgrammeFileException e = assertThrows(ProgrammeFileException.class, () -> store.save(resource, file));
		assertTrue(
				e.getMessage().contains(
						Labels.of(activity) + " refers to " + Labels.of(taxon) + ", which is not in the programme"),
				e.getMessage());
		assertFalse(e.getMessage().contains("Impl@"), e.getMessage());
	}

	private void assertRefusedAt(Path file, int line, String reference) {
		ProgrammeFileException e = assertTimeoutPreemptively(QUICKLY,
				() -> assertThrows(ProgrammeFileException.class, () -> store.load(file)));
		assertEquals(line, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().contains("\"" + reference + "\""), e.getMessage());
		assertTrue(e.getMessage().contains("only to elements in the same file"), e.getMessage());
	}

	/** A programme whose activity (line 5) ends with {@code rest}. */
	private static String activityWithPartners(String rest) {
		return HEADER + ROOT + ">\n  <themes id=\"t\" letter=\"B\">\n    <groups id=\"g\">\n" //
				+ "      <activities id=\"B1\" code=\"B1\" " + rest + "\n    </groups>\n  </themes>\n" //
				+ "  <organizations id=\"org-interpol\" name=\"INTERPOL\"/>\n</jwp:Programme>\n";
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}
}
