package org.mea.jwp.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;

/**
 * Benchmark, not a test (skipped unless {@code -Djwp.bench=true}; run by
 * {@code releng/bench/history-benchmark.sh}): what the change marks of the workbench cost on a
 * 10,015-activity programme — reading the last commit's version (in a job, once per commit) and
 * comparing the programme being edited with it (on the UI thread, after each edit settles).
 * Medians; printed and written to {@code target/bench/change-marks.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class ChangeMarksBenchmark {

	@TempDir
	Path temp;

	@Test
	void marksOfTenThousandActivities() throws Exception {
		Programme programme = SyntheticProgramme.create(51_100);
		Path file = Files.createDirectories(temp.resolve("large")).resolve("programme.jwp"); //$NON-NLS-1$ //$NON-NLS-2$
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = JwpResourceFactory.newResource(URI.createFileURI(file.toString()));
		resource.getContents().add(programme);
		store.save(resource, file);
		try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
			repository.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
			Resource editing = store.load(file);
			List<Activity> activities = ProgrammeStore.programme(editing).activities();
			activities.get(activities.size() / 2).setStatus(ActivityStatus.COMPLETED); // one edit, as after a keystroke

			List<Double> read = new ArrayList<>();
			UncommittedChanges committed = null;
			for (int run = 0; run < 6; run++) {
				long start = System.nanoTime();
				committed = UncommittedChanges.since(repository, file);
				if (run >= 1) {
					read.add((System.nanoTime() - start) / 1e6);
				}
			}
			List<Double> compare = new ArrayList<>();
			int changed = 0;
			for (int run = 0; run < 12; run++) {
				long start = System.nanoTime();
				changed = committed.changed(editing).size();
				if (run >= 2) {
					compare.add((System.nanoTime() - start) / 1e6);
				}
			}
			String report = String.format(Locale.ROOT,
					"change marks, %d activities: reading the last commit median %.0f ms of %d runs %s; "//$NON-NLS-1$
							+ "comparing after one edit (%d element changed) median %.0f ms of %d runs %s%n", //$NON-NLS-1$
					activities.size(), HistoryBenchmark.median(read), read.size(), read, changed,
					HistoryBenchmark.median(compare), compare.size(), compare);
			System.out.print(report);
			Path out = Path.of("target", "bench", "change-marks.txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
		}
	}
}
