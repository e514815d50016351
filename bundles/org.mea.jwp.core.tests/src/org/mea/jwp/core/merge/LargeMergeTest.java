package org.mea.jwp.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.mea.jwp.testing.programmes.SyntheticChanges;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/**
 * The benchmark's case as a test of correctness: two 10,015-activity programmes with 1,000 disjoint
 * edits each merge cleanly and the result holds all 2,000. (The time is measured by the
 * MergeBenchmark in releng/org.mea.jwp.bench.)
 */
class LargeMergeTest {

	@Test
	void thousandsOfDisjointEditsAllArrive() {
		Programme base = SyntheticProgramme.create(51_100);
		Programme ours = EcoreUtil.copy(base);
		Programme theirs = EcoreUtil.copy(base);
		SyntheticChanges.apply(ours, 1_000, 0);
		SyntheticChanges.apply(theirs, 1_000, 1);

		long start = System.nanoTime();
		MergeResult result = ProgrammeMerge.merge(base, ours, theirs);
		long ms = (System.nanoTime() - start) / 1_000_000;

		assertTrue(result.isClean(), () -> result.describe().lines().limit(20).collect(Collectors.joining("\n")));
		Programme merged = result.getProgramme();
		int activities = base.activities().size();
		assertEquals(10_015, activities);
		assertEquals(activities + 400, merged.activities().size());
		for (int i = 3; i < 1_000; i += SyntheticChanges.KINDS) {
			assertNotNull(merged.findActivity(SyntheticChanges.newCode(i, 0)));
			assertNotNull(merged.findActivity(SyntheticChanges.newCode(i, 1)));
		}
		int progress = base.activities().stream().mapToInt(a -> a.getProgress().size()).sum();
		assertEquals(progress + 400, merged.activities().stream().mapToInt(a -> a.getProgress().size()).sum());
		Set<String> texts = merged.activities().stream().map(Activity::getText)
				.filter(t -> t.contains("(edited by side"))
				.collect(Collectors.toSet());
		assertEquals(400, texts.size());
		assertEquals(400,
				merged.getTaxa().stream().filter(t -> t.getNameAsPrinted().startsWith("Renamed by side")).count());
		for (Activity a : base.activities()) {
			Activity m = merged.findActivity(a.getCode());
			Activity o = ours.findActivity(a.getCode());
			Activity t = theirs.findActivity(a.getCode());
			assertEquals(o.getStatus() != a.getStatus() ? o.getStatus() : t.getStatus(), m.getStatus(), a.getCode());
		}
		System.out.println("merge of two 10,015-activity programmes, 1,000 edits each: " + ms + " ms (one cold run)"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
