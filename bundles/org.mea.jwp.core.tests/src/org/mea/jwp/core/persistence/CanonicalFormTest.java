package org.mea.jwp.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;

/**
 * The canonical file form (issue 14): a programme saved by JWP is byte for byte the same however
 * often it is loaded and saved, one element's attributes stand on one line, so that {@code git diff}
 * of two saves shows the edit and nothing else; files in other forms load and are saved canonically.
 */
class CanonicalFormTest {

	private static final URI URI = org.eclipse.emf.common.util.URI.createURI("canonical.jwp"); //$NON-NLS-1$

	private static byte[] shipped() throws IOException {
		try (InputStream in = DefaultProgramme.class.getResourceAsStream(DefaultProgramme.PATH)) {
			return in.readAllBytes();
		}
	}

	private static Resource load(byte[] bytes) throws ProgrammeFileException {
		return new ProgrammeStore().load(new ByteArrayInputStream(bytes), URI, null);
	}

	private static byte[] save(Resource resource) throws IOException {
		return save(resource, Map.of());
	}

	private static byte[] save(Resource resource, Map<?, ?> options) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		return out.toByteArray();
	}

	/** The lines of {@code after} that differ from {@code before} (same number of lines expected). */
	private static List<String> changedLines(byte[] before, byte[] after) {
		List<String> a = new String(before, StandardCharsets.UTF_8).lines().toList();
		List<String> b = new String(after, StandardCharsets.UTF_8).lines().toList();
		assertEquals(a.size(), b.size(), "the number of lines");
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).equals(b.get(i))) {
				changed.add((i + 1) + ": " + b.get(i));
			}
		}
		return changed;
	}

	@Test
	void theShippedProgrammeIsCanonical() throws Exception {
		byte[] shipped = shipped();
		byte[] saved = save(load(shipped));
		if (!java.util.Arrays.equals(shipped, saved)) {
			Path out = Path.of("target", "canonical", "cms-cites-jwp-2012-2014.jwp");
			Files.createDirectories(out.getParent());
			Files.write(out, saved);
			fail("the shipped programme is not in the canonical form; the canonical file is " + out.toAbsolutePath()
					+ " (copy it to bundles/org.mea.jwp.core/programmes/ after checking it)");
		}
	}

	@Test
	void loadingAndSavingAgainChangesNoByte() throws Exception {
		Programme programme = SyntheticProgramme.create(5_000);
		Resource resource = new JwpResource(URI);
		resource.getContents().add(programme);
		byte[] first = save(resource);
		byte[] second = save(load(first));
		byte[] third = save(load(second));
		assertArrayEquals(first, second);
		assertArrayEquals(second, third);
	}

	@Test
	void oneChangedStatusChangesOneLine() throws Exception {
		byte[] before = shipped();
		Resource resource = load(before);
		ProgrammeStore.programme(resource).findActivity("B6").setStatus(ActivityStatus.COMPLETED);
		List<String> changed = changedLines(before, save(resource));
		assertEquals(1, changed.size(), String.valueOf(changed));
		assertTrue(changed.get(0).contains("id=\"B6\"") && changed.get(0).contains("status=\"completed\""),
				changed.get(0));
	}

	@Test
	void aFileInAnotherFormIsSavedCanonically() throws Exception {
		byte[] shipped = shipped();
		// the same programme as an older version or another tool wrote it: attributes wrapped, other indentation
		byte[] other = save(load(shipped), Map.of(XMLResource.OPTION_LINE_WIDTH, 60));
		assertTrue(
				new String(other, StandardCharsets.UTF_8).lines().count() > new String(shipped, StandardCharsets.UTF_8)
						.lines().count(),
				"the other form wraps attributes");
		assertArrayEquals(shipped, save(load(other)));
	}
}
