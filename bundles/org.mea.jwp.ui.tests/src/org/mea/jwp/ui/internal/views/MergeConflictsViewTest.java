package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.merge.MergeResult;
import org.mea.jwp.core.merge.ProgrammeMerge;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;
import org.mea.jwp.ui.internal.actions.ResolveConflictsHandler;
import org.mea.jwp.ui.tests.Pictures;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The Merge Conflicts view with real buttons: Bonn (mine) set B6 to "in progress" and A2 to
 * "completed", Geneva (theirs) set B6 to "cancelled" and A1 to "in progress". The one conflict is
 * resolved with Take Theirs or Edit..., Complete Merge is enabled only then, the programme changes
 * only then, and one Undo takes the whole merge back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MergeConflictsViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private MergeResult merge;

	@BeforeEach
	void aMergeWithOneConflict() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		session = new ProgrammeSession(DefaultProgramme.load());
		context.set(ProgrammeSession.class, session);
		page = workbench.getActiveWorkbenchWindow().getActivePage();

		Programme base = EcoreUtil.copy(session.getProgramme());
		status("B6", ActivityStatus.IN_PROGRESS);
		status("A2", ActivityStatus.COMPLETED);
		Programme theirs = EcoreUtil.copy(base);
		theirs.findActivity("B6").setStatus(ActivityStatus.CANCELLED);
		theirs.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS);
		merge = ProgrammeMerge.merge(base, session.getProgramme(), theirs);
		assertEquals(1, merge.getConflicts().size(), merge.describe());
		session.getCommandStack().flush(); // the starting point: the two edits above are "mine", saved
	}

	@AfterEach
	void backToTheEmbeddedProgramme() throws Exception {
		page.hideView(page.findView(MergeConflictsView.ID));
		RunningWorkbench.openEmbeddedProgramme();
	}

	private void status(String code, ActivityStatus status) {
		session.getCommandStack()
				.execute(SetCommand.create(session.getEditingDomain(), session.getProgramme().findActivity(code),
						JwpPackage.Literals.ACTIVITY__STATUS, status));
	}

	private ActivityStatus status(String code) {
		return session.getProgramme().findActivity(code).getStatus();
	}

	private Shell shell() {
		return page.getWorkbenchWindow().getShell();
	}

	@Test
	void takeTheirsThenCompleteIsOneUndoableMerge() throws Exception {
		MergeConflictsView view = MergeConflictsView.show(page, session, merge, "Geneva's version");
		UiWait.flush(display);
		assertEquals(1, view.getViewer().getTable().getItemCount());
		assertEquals("Activity B6", view.getViewer().getTable().getItem(0).getText(0));
		assertEquals("in progress", view.getViewer().getTable().getItem(0).getText(3));
		assertEquals("cancelled", view.getViewer().getTable().getItem(0).getText(4));
		assertEquals("unresolved", view.getViewer().getTable().getItem(0).getText(5));
		assertFalse(Dialogs.isEnabled(shell(), "Complete Merge"), "nothing to complete while a conflict is open");

		view.getViewer().setSelection(new StructuredSelection(view.getConflicts().get(0)), true);
		UiWait.flush(display);
		Dialogs.press(shell(), "Take Theirs");
		UiWait.flush(display);
		assertEquals("theirs", view.getViewer().getTable().getItem(0).getText(5));
		// the picture of docs/sharing.md: resolved, Complete Merge enabled (GTK repaints the buttons late)
		long until = System.currentTimeMillis() + 500;
		UiWait.until(display, TIMEOUT, "a repaint", () -> System.currentTimeMillis() > until);
		Pictures.ofPart(page, view, "merge-conflicts-view");
		assertEquals(ActivityStatus.IN_PROGRESS, status("B6"), "nothing changes before Complete Merge");
		assertFalse(session.isDirty());

		Dialogs.press(shell(), "Complete Merge");
		UiWait.flush(display);
		assertEquals(ActivityStatus.CANCELLED, status("B6"), "their value, as chosen");
		assertEquals(ActivityStatus.IN_PROGRESS, status("A1"), "their other change, merged silently");
		assertEquals(ActivityStatus.COMPLETED, status("A2"), "my other change, kept");
		assertTrue(session.isDirty());
		assertEquals(0, view.getViewer().getTable().getItemCount());

		session.getCommandStack().undo();
		assertEquals(ActivityStatus.IN_PROGRESS, status("B6"), "one Undo takes the whole merge back");
		assertEquals(ActivityStatus.NOT_STARTED, status("A1"));
		assertEquals(ActivityStatus.COMPLETED, status("A2"));
		assertFalse(session.getCommandStack().canUndo(), "the merge was one command");
	}

	@Test
	void editGivesAValueOfOnesOwn() throws Exception {
		MergeConflictsView view = MergeConflictsView.show(page, session, merge, "Geneva's version");
		view.getViewer().setSelection(new StructuredSelection(view.getConflicts().get(0)), true);
		UiWait.flush(display);
		Dialogs.answerNext(display, "Edit the Merged Value", dialog -> typeInto(dialog, "completed"), "OK", null);
		Dialogs.press(shell(), "Edit...");
		UiWait.flush(display);
		assertEquals("edited: completed", view.getViewer().getTable().getItem(0).getText(5));
		Dialogs.press(shell(), "Complete Merge");
		assertEquals(ActivityStatus.COMPLETED, status("B6"));
		assertEquals(ActivityStatus.IN_PROGRESS, status("A1"));
	}

	/** Types {@code value} into the first text field of {@code parent}, as a user would. */
	private static boolean typeInto(Composite parent, String value) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				text.setText(value);
				return true;
			}
			if (child instanceof Composite nested && typeInto(nested, value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Programme > Resolve Merge Conflicts after a plain {@code git merge}: the file holds our version
	 * (as jwp merge-driver leaves it), Git's index the three versions; the view shows B6's status.
	 */
	@Test
	void resolveMergeConflictsReadsTheVersionsGitKept(@TempDir Path repository)
			throws Exception {
		Path file = repository.resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), file);
		git(repository, "init", "-q", "-b", "main");
		git(repository, "add", "jwp.jwp");
		git(repository, "commit", "-q", "-m", "adopted");
		git(repository, "checkout", "-q", "-b", "geneva");
		setStatus(file, "B6", ActivityStatus.CANCELLED);
		git(repository, "commit", "-q", "-am", "B6 cancelled");
		git(repository, "checkout", "-q", "main");
		setStatus(file, "B6", ActivityStatus.IN_PROGRESS);
		git(repository, "commit", "-q", "-am", "B6 in progress");
		assertTrue(gitExit(repository, "merge", "-q", "geneva") != 0, "the line merge conflicts");
		git(repository, "checkout", "--ours", "jwp.jwp");

		assertTrue(OpenProgrammeHandler.open(file, shell()));
		ProgrammeSession opened = workbench.getService(IEclipseContext.class).get(ProgrammeSession.class);
		MergeConflictsView view = ResolveConflictsHandler.open(page, opened);
		UiWait.flush(display);
		assertEquals(1, view.getConflicts().size());
		assertEquals("Activity B6", view.getViewer().getTable().getItem(0).getText(0));
		assertEquals("in progress", view.getViewer().getTable().getItem(0).getText(3));
		assertEquals("cancelled", view.getViewer().getTable().getItem(0).getText(4));
		view.getViewer().setSelection(new StructuredSelection(view.getConflicts().get(0)), true);
		Dialogs.press(shell(), "Take Theirs");
		Dialogs.press(shell(), "Complete Merge");
		assertEquals(ActivityStatus.CANCELLED, opened.getProgramme().findActivity("B6").getStatus());

		git(repository, "merge", "--abort");
		AtomicReference<String> message = new AtomicReference<>();
		Dialogs.answerNext(display, "Resolve Merge Conflicts", "OK", message);
		assertEquals(null, ResolveConflictsHandler.open(page, opened));
		assertTrue(message.get().contains("No merge of jwp.jwp is in progress"), message.get());
		opened.getCommandStack().flush();
	}

	private static void setStatus(Path file, String code, ActivityStatus status) throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		var resource = store.load(file);
		ProgrammeStore.programme(resource).findActivity(code).setStatus(status);
		store.save(resource, file);
		Files.deleteIfExists(ProgrammeStore.backupOf(file));
	}

	private static void git(Path folder, String... args) throws Exception {
		assertEquals(0, gitExit(folder, args), "git " + String.join(" ", args));
	}

	private static int gitExit(Path folder, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=JWP test",
				"-c", "user.email=jwp-test@localhost", "-c", "commit.gpgsign=false"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
		builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		Process process = builder.start();
		process.getInputStream().transferTo(OutputStream.nullOutputStream());
		return process.waitFor();
	}
}
