package org.mea.jwp.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Programme;

/**
 * Benchmark, not a test (asserts nothing; skipped unless {@code -Djwp.bench=true}; run it with
 * {@code releng/bench/history-benchmark.sh}): the history of one element over 500 commits of the
 * embedded programme (each commit changes one activity's status, B6 in every tenth), and the history
 * of the whole programme over the same commits. Each run starts from a new {@link ElementHistory},
 * so nothing is cached between runs. Medians; printed and written to {@code target/bench/history.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class HistoryBenchmark {

	private static final int COMMITS = 500;

	@TempDir
	Path temp;

	@Test
	void historyOverFiveHundredCommits() throws Exception {
		Path file = Programmes.write(Files.createDirectories(temp.resolve("jwp")).resolve("programme.jwp")); //$NON-NLS-1$ //$NON-NLS-2$
		try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
			repository.commit("Shared", Programmes.ANNA); //$NON-NLS-1$
			ProgrammeStore store = new ProgrammeStore();
			Resource resource = store.load(file);
			Programme programme = ProgrammeStore.programme(resource);
			List<Activity> others = programme.activities().stream().filter(a -> !"B6".equals(a.getId())).toList(); //$NON-NLS-1$
			ActivityStatus[] statuses = ActivityStatus.values();
			for (int i = 1; i < COMMITS; i++) {
				Activity changed = i % 10 == 0 ? Programmes.activity(programme, "B6") : others.get(i % others.size()); //$NON-NLS-1$
				changed.setStatus(statuses[(statuses.length + changed.getStatus().ordinal() + 1) % statuses.length]);
				store.save(resource, file);
				repository.commit("Commit " + i, i % 2 == 0 ? Programmes.ANNA : Programmes.BRUNO); //$NON-NLS-1$
			}
			List<Double> element = new ArrayList<>();
			int entries = 0;
			for (int run = 0; run < 12; run++) {
				long start = System.nanoTime();
				entries = new ElementHistory(repository, file).element("B6", null).size(); //$NON-NLS-1$
				if (run >= 2) { // the first runs load classes and warm the JIT
					element.add((System.nanoTime() - start) / 1e6);
				}
			}
			List<Double> whole = new ArrayList<>();
			int allEntries = 0;
			for (int run = 0; run < 4; run++) {
				long start = System.nanoTime();
				allEntries = new ElementHistory(repository, file).programme(null).size();
				if (run >= 1) {
					whole.add((System.nanoTime() - start) / 1e6);
				}
			}
			String report = String.format(Locale.ROOT,
					"history of one element (B6, %d entries) over %d commits: median %.0f ms of %d runs %s%n" //$NON-NLS-1$
							+ "history of the whole programme (%d entries) over %d commits: median %.0f ms of %d runs %s%n", //$NON-NLS-1$
					entries, COMMITS, median(element), element.size(), element, allEntries, COMMITS, median(whole),
					whole.size(), whole);
			System.out.print(report);
			Path out = Path.of("target", "bench", "history.txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
		}
	}

	/** The median of {@code values}; the other benchmarks of this bundle use it too. */
	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}
}
