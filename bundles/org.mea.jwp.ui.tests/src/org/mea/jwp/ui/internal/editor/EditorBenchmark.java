package org.mea.jwp.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.testing.programmes.SyntheticProgramme;
import org.mea.jwp.core.persistence.JwpResourceFactory;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;

/**
 * Benchmark, not a test (it asserts nothing and is skipped unless {@code -Djwp.bench=true}; run it
 * with {@code releng/bench/editor-benchmark.sh}): a synthetic programme of 10,000 activities is
 * opened in the running workbench, and an edit (change an activity's text, then undo it) is
 * timed until the UI has processed every event it caused (explorer, editor, views). Each figure is
 * the median of several runs; they are printed and written to {@code target/bench/editor-10k.txt}.
 */
@EnabledIfSystemProperty(named = "jwp.bench", matches = "true")
class EditorBenchmark {

	private static final int ACTIVITIES = 10_000;
	private static final int OPEN_RUNS = 5;
	private static final int EDIT_RUNS = 15;
	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path dir;

	@Test
	void openAndEditTenThousandActivities() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the workbench", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		Path file = write(dir.resolve("synthetic-10k.jwp"));

		List<Double> opens = new ArrayList<>();
		for (int run = 0; run < OPEN_RUNS; run++) {
			long start = System.nanoTime();
			OpenProgrammeHandler.open(file, workbench.getActiveWorkbenchWindow().getShell());
			ProgrammeSession session = context.get(ProgrammeSession.class);
			UiWait.until(display, TIMEOUT, "the editor", () -> ProgrammeEditors.find(page, session) != null);
			UiWait.flush(display);
			opens.add(millis(start));
		}

		ProgrammeSession session = context.get(ProgrammeSession.class);
		ProgrammeEditor editor = ProgrammeEditors.find(page, session);
		Programme programme = session.getProgramme();
		Activity activity = programme.activities().get(ACTIVITIES / 2);
		editor.showElement(activity);
		UiWait.flush(display);
		List<Double> edits = new ArrayList<>();
		List<Double> undos = new ArrayList<>();
		for (int run = 0; run < EDIT_RUNS; run++) {
			long start = System.nanoTime();
			session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), activity,
					JwpPackage.Literals.ACTIVITY__TEXT, "Edited text " + run));
			UiWait.flush(display);
			edits.add(millis(start));
			start = System.nanoTime();
			session.getCommandStack().undo();
			UiWait.flush(display);
			undos.add(millis(start));
		}
		String report = String.format(Locale.ROOT,
				"synthetic programme: %d activities (%d model objects), %d KB%n"
						+ "open programme + editor: median %.0f ms of %d runs %s%n"
						+ "edit (set text) until UI idle: median %.1f ms of %d runs%n"
						+ "undo until UI idle: median %.1f ms of %d runs%n",
				programme.activities().size(), SyntheticProgramme.count(programme), Files.size(file) / 1024,
				median(opens),
				OPEN_RUNS, opens, median(edits), EDIT_RUNS, median(undos), EDIT_RUNS);
		System.out.print(report);
		Path out = Path.of("target", "bench", "editor-10k.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private static Path write(Path file) throws IOException, org.mea.jwp.core.persistence.ProgrammeFileException {
		// about 5 objects per activity plus the registries: 51,100 objects give just over 10,000 activities
		Programme programme = SyntheticProgramme.create(51_100);
		Resource resource = JwpResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(programme);
		new ProgrammeStore().save(resource, file);
		return file;
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
