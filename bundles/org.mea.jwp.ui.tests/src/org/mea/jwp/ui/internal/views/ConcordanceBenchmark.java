package org.mea.jwp.ui.internal.views;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.exchange.DataFormats;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.testing.programmes.SyntheticListing;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Benchmark, not a test (skipped unless {@code -Djwp.bench=true}; run it with
 * {@code releng/bench/listing-benchmark.sh}): the embedded programme with a Species+ download of
 * 40,000 taxa imported, in the running workbench. Timed until the UI has processed every event:
 * opening the Species Concordance view (all rows counted, those in sight drawn), and each keystroke
 * typed into its filter. Medians; written to {@code target/bench/concordance-40k.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class ConcordanceBenchmark {

	private static final int TAXA = 40_000;
	private static final int RUNS = 5;
	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@Test
	void openAndFilterTheConcordanceOf40000Taxa() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = org.mea.jwp.ui.tests.RunningWorkbench.ready();
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		ProgrammeSession session = new ProgrammeSession(DefaultProgramme.load());
		byte[] csv = SyntheticListing.citesListings(TAXA).getBytes(StandardCharsets.UTF_8);
		DataFormats formats = DataFormats.get();
		ImportPlan plan = formats.plan(formats.importer("org.mea.jwp.core.speciesplus.csv").orElseThrow(),
				session.getProgramme(), new ByteArrayInputStream(csv), "synthetic.csv");
		session.getCommandStack().execute(plan.command(session.getEditingDomain()));
		context.set(ProgrammeSession.class, session);
		UiWait.flush(display);

		List<Long> opens = new ArrayList<>();
		List<Long> keys = new ArrayList<>();
		for (int run = 0; run <= RUNS; run++) {
			SpeciesConcordanceView open = (SpeciesConcordanceView) page.findView(SpeciesConcordanceView.ID);
			if (open != null) {
				page.hideView(open);
				UiWait.flush(display);
			}
			long start = System.nanoTime();
			SpeciesConcordanceView view = (SpeciesConcordanceView) page.showView(SpeciesConcordanceView.ID);
			UiWait.until(display, TIMEOUT, "every row", () -> view.getViewer().getTable().getItemCount() > TAXA);
			UiWait.flush(display);
			long opened = System.nanoTime();
			for (char c : "kalomi".toCharArray()) {
				long before = System.nanoTime();
				view.getFilterText().insert(String.valueOf(c));
				UiWait.flush(display);
				if (run > 0) {
					keys.add((System.nanoTime() - before) / 1_000_000);
				}
			}
			view.getFilterText().setText("");
			UiWait.flush(display);
			if (run > 0) {
				opens.add((opened - start) / 1_000_000);
			}
		}
		String result = String.format(Locale.ROOT,
				"concordance view of %,d taxa: opens in median %d ms %s; a filter keystroke median %d ms, slowest %d ms (%d keystrokes: %s)%n",
				TAXA, median(opens), opens, median(keys), Collections.max(keys), keys.size(), keys);
		System.out.print(result);
		Path out = Path.of("target", "bench", "concordance-40k.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
		// back to the embedded programme, and the view with it, for whatever runs next
		context.set(ProgrammeSession.class, new ProgrammeSession(DefaultProgramme.load()));
		SpeciesConcordanceView view = (SpeciesConcordanceView) page.findView(SpeciesConcordanceView.ID);
		UiWait.until(display, TIMEOUT, "the embedded programme's taxa",
				() -> view.getViewer().getTable().getItemCount() < 100);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
