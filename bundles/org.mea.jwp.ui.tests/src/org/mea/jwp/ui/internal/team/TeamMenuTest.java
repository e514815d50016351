package org.mea.jwp.ui.internal.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.GitDaemon;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;
import org.mea.jwp.ui.internal.actions.SaveProgramme;
import org.mea.jwp.ui.internal.views.MergeConflictsView;
import org.mea.jwp.ui.internal.views.ProgrammeExplorerView;
import org.mea.jwp.ui.preferences.TeamPreferences;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The Team menu as the two secretariats use it, against a real {@code git daemon} on localhost:
 * Bonn shares the programme from the workbench; Geneva works with plain git on the command line.
 * Each command runs through the workbench's handler service with its real dialogs and jobs.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TeamMenuTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@TempDir
	Path base;
	private GitDaemon server;
	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private Path bonn;

	@BeforeEach
	void bonnSharesTheProgramme() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		UiWait.until(display, TIMEOUT, "the workbench window", () -> workbench.getActiveWorkbenchWindow() != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.showView(ProgrammeExplorerView.ID);
		server = GitDaemon.serve(base, "jwp.git", "main"); //$NON-NLS-1$ //$NON-NLS-2$
		TeamPreferences.setAuthor(new Author("Bonn Secretariat", "bonn@localhost")); //$NON-NLS-1$ //$NON-NLS-2$
		bonn = base.resolve("bonn/jwp.jwp"); //$NON-NLS-1$
		Files.createDirectories(bonn.getParent());
		new ProgrammeStore().save(DefaultProgramme.load(), bonn);
		assertTrue(OpenProgrammeHandler.open(bonn, shell()));

		AtomicReference<String> outcome = new AtomicReference<>();
		Dialogs.answerWhenOpen(display, "Share Programme", dialog -> type(dialog, 1, server.url("jwp.git")), "Share", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
				null);
		run("org.mea.jwp.ui.commands.share"); //$NON-NLS-1$
		Dialogs.answerWhenOpen(display, "Share Programme", dialog -> {
			//$NON-NLS-0$
		}, "OK", outcome); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the programme shared", () -> outcome.get() != null);
		assertTrue(outcome.get().contains("Pushed to " + server.url("jwp.git")), outcome.get()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@AfterEach
	void stop() throws Exception {
		MergeConflictsView view = (MergeConflictsView) page.findView(MergeConflictsView.ID);
		if (view != null) {
			page.hideView(view);
		}
		session().getCommandStack().flush();
		RunningWorkbench.openEmbeddedProgramme();
		server.close();
	}

	@Test
	void theTeamMenuHasTheCommands() {
		Menu bar = shell().getMenuBar();
		MenuItem team = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("Team")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.findFirst().orElseThrow(() -> new AssertionError("no Team menu")); //$NON-NLS-1$
		team.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> items = Arrays.stream(team.getMenu().getItems())
				.map(item -> item.getText().replace("&", "").split("\t")[0]) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.filter(text -> !text.isEmpty()).toList();
		assertEquals(
				List.of("Commit...", "Pull", "Push", "Share Programme...", "Clone Programme...", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$//$NON-NLS-4$//$NON-NLS-5$
						"Resolve Merge Conflicts..."), //$NON-NLS-1$
				items);

		// the same commands in the Programme Explorer's context menu
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.findView(ProgrammeExplorerView.ID);
		Menu context = explorer.getViewer().getTree().getMenu();
		context.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		MenuItem popup = Arrays.stream(context.getItems())
				.filter(item -> item.getText().replace("&", "").equals("Team")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.findFirst().orElseThrow(() -> new AssertionError("no Team submenu in the explorer")); //$NON-NLS-1$
		popup.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		assertEquals(List.of("Commit...", "Pull", "Push", "Share Programme..."), //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$//$NON-NLS-4$
				Arrays.stream(popup.getMenu().getItems())
						.map(item -> item.getText().replace("&", "").split("\t")[0]).filter(text -> !text.isEmpty()) //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
						.toList());
		context.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
	}

	/**
	 * Both change B6's status; Geneva also A1, Bonn also A2. Bonn's pull stops at B6 in the Merge
	 * Conflicts view; Take Theirs, Complete Merge, Save, Commit and Push put on the server exactly
	 * the programme with all four changes and Geneva's B6.
	 */
	@Test
	void aConflictResolvedInTheViewReachesTheServerAsExpected() throws Exception {
		Path geneva = base.resolve("geneva"); //$NON-NLS-1$
		GitDaemon.git(base, "clone", "-q", server.url("jwp.git"), geneva.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		setStatus(geneva.resolve("jwp.jwp"), "B6", ActivityStatus.CANCELLED); //$NON-NLS-1$ //$NON-NLS-2$
		setStatus(geneva.resolve("jwp.jwp"), "A1", ActivityStatus.IN_PROGRESS); //$NON-NLS-1$ //$NON-NLS-2$
		GitDaemon.git(geneva, "commit", "-q", "-am", "Geneva: B6 cancelled, A1 started"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		GitDaemon.git(geneva, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		edit("B6", ActivityStatus.IN_PROGRESS); //$NON-NLS-1$
		edit("A2", ActivityStatus.COMPLETED); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "B6 marked as changed", //$NON-NLS-1$
				() -> label("B6").startsWith(UncommittedDecorator.PREFIX));
		assertFalse(label("B1").startsWith(UncommittedDecorator.PREFIX), label("B1")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(SaveProgramme.save(session(), shell()));
		UiWait.flush(display); // the parts' titles lose their dirty mark before the picture
		AtomicReference<String> listed = new AtomicReference<>();
		commit("Bonn: B6 in progress, A2 completed", dialog -> { //$NON-NLS-1$
			// the picture of docs/sharing.md: the changed activities marked in the explorer and listed here
			try {
				Screenshots.capture(display, "team-commit");
			} catch (java.io.IOException e) {
				throw new AssertionError(e);
			}
		}, listed);
		assertTrue(listed.get().contains("Changed since the last commit: A2, B6"), listed.get()); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the marks cleared by the commit", //$NON-NLS-1$
				() -> !label("B6").startsWith(UncommittedDecorator.PREFIX));

		run("org.mea.jwp.ui.commands.pull"); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the Merge Conflicts view", () -> page.findView(MergeConflictsView.ID) != null
				&& !((MergeConflictsView) page.findView(MergeConflictsView.ID)).getConflicts().isEmpty());
		MergeConflictsView view = (MergeConflictsView) page.findView(MergeConflictsView.ID);
		assertEquals(1, view.getConflicts().size(), view.getConflicts().toString());
		assertEquals("Activity B6", view.getViewer().getTable().getItem(0).getText(0)); //$NON-NLS-1$
		assertEquals(ActivityStatus.IN_PROGRESS, status("B6"), "nothing of the conflict decided before the user does"); //$NON-NLS-1$ //$NON-NLS-2$
		view.getViewer().setSelection(new StructuredSelection(view.getConflicts().get(0)), true);
		Dialogs.press(view.getSite().getShell(), "Take Theirs"); //$NON-NLS-1$
		Dialogs.press(view.getSite().getShell(), "Complete Merge"); //$NON-NLS-1$
		assertTrue(SaveProgramme.save(session(), shell()));
		Dialogs.answerWhenOpen(display, "Commit", dialog -> {
			//$NON-NLS-0$
		}, "Yes", null); // Git still holds the file in conflict: commit concludes the merge  //$NON-NLS-1$
		commit("Merge Geneva's update: B6 as Geneva has it"); //$NON-NLS-1$

		AtomicReference<String> pushed = new AtomicReference<>();
		Dialogs.answerWhenOpen(display, "Push", dialog -> {
			//$NON-NLS-0$
		}, "OK", pushed); //$NON-NLS-1$
		run("org.mea.jwp.ui.commands.push"); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the push", () -> pushed.get() != null);
		assertTrue(pushed.get().contains("Pushed: the others get your commits"), pushed.get()); //$NON-NLS-1$

		Path check = base.resolve("check"); //$NON-NLS-1$
		GitDaemon.git(base, "clone", "-q", server.url("jwp.git"), check.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertArrayEquals(expected(), Files.readAllBytes(check.resolve("jwp.jwp")), //$NON-NLS-1$
				"the server holds the shipped programme with B6 cancelled, A1 in progress, A2 completed, nothing else changed"); //$NON-NLS-1$
	}

	/**
	 * Disjoint edits: Geneva pushed A1's start from the command line while Bonn committed A2's
	 * completion in the workbench. Bonn's Push is refused by the server, so the workbench pulls,
	 * merges element by element and pushes the merge: the programme and the server hold both.
	 */
	@Test
	void aPushAfterTheOthersPushedMergesTheirWorkAndLosesNothing() throws Exception {
		Path geneva = base.resolve("geneva"); //$NON-NLS-1$
		GitDaemon.git(base, "clone", "-q", server.url("jwp.git"), geneva.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		setStatus(geneva.resolve("jwp.jwp"), "A1", ActivityStatus.IN_PROGRESS); //$NON-NLS-1$ //$NON-NLS-2$
		GitDaemon.git(geneva, "commit", "-q", "-am", "Geneva: A1 started"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		GitDaemon.git(geneva, "push", "-q", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		edit("A2", ActivityStatus.COMPLETED); //$NON-NLS-1$
		assertTrue(SaveProgramme.save(session(), shell()));
		commit("Bonn: A2 completed"); //$NON-NLS-1$
		AtomicReference<String> pushed = new AtomicReference<>();
		Dialogs.answerWhenOpen(display, "Push", dialog -> {
			//$NON-NLS-0$
		}, "OK", pushed); //$NON-NLS-1$
		run("org.mea.jwp.ui.commands.push"); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the push", () -> pushed.get() != null);
		assertTrue(pushed.get().contains("their work was merged with yours"), pushed.get()); //$NON-NLS-1$
		assertEquals(ActivityStatus.IN_PROGRESS, status("A1"), "Geneva's change, now in the open programme"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ActivityStatus.COMPLETED, status("A2")); //$NON-NLS-1$
		assertFalse(session().isDirty());

		GitDaemon.git(geneva, "pull", "-q", "--no-rebase", "origin", "main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		var onTheServer = ProgrammeStore.programme(new ProgrammeStore().load(geneva.resolve("jwp.jwp"))); //$NON-NLS-1$
		assertEquals(ActivityStatus.IN_PROGRESS, onTheServer.findActivity("A1").getStatus()); //$NON-NLS-1$
		assertEquals(ActivityStatus.COMPLETED, onTheServer.findActivity("A2").getStatus()); //$NON-NLS-1$
	}

	/** Geneva's first day: Team > Clone Programme copies the shared repository and opens its programme. */
	@Test
	void cloneOpensTheSharedProgramme() throws Exception {
		Path geneva = base.resolve("geneva-clone"); //$NON-NLS-1$
		Dialogs.answerWhenOpen(display, "Clone Programme", dialog -> { //$NON-NLS-1$
			type(dialog, 0, server.url("jwp.git")); //$NON-NLS-1$
			type(dialog, 1, geneva.toString());
		}, "Clone", null); //$NON-NLS-1$
		run("org.mea.jwp.ui.commands.clone"); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the cloned programme open", //$NON-NLS-1$
				() -> geneva.resolve("jwp.jwp").equals(session().getFile()));
		assertArrayEquals(Files.readAllBytes(bonn), Files.readAllBytes(geneva.resolve("jwp.jwp")), "what Bonn shared"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.isRegularFile(geneva.resolve(".gitattributes")), "the merge attribute came with it"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The shipped programme with the four changes, saved canonically: what the merge must give. */
	private static byte[] expected() throws Exception {
		Resource resource = DefaultProgramme.load();
		var programme = ProgrammeStore.programme(resource);
		programme.findActivity("B6").setStatus(ActivityStatus.CANCELLED); //$NON-NLS-1$
		programme.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS); //$NON-NLS-1$
		programme.findActivity("A2").setStatus(ActivityStatus.COMPLETED); //$NON-NLS-1$
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		return bytes.toByteArray();
	}

	private void commit(String message) throws Exception {
		commit(message, dialog -> {
		}, null);
	}

	/** Team > Commit with {@code message}, doing {@code inDialog} in the dialog and keeping its labels in {@code labels}. */
	private void commit(String message, Consumer<Shell> inDialog, AtomicReference<String> labels) throws Exception {
		String before;
		try (ProgrammeRepository repository = ProgrammeRepository.open(bonn)) {
			before = repository.head();
		}
		Dialogs.answerWhenOpen(display, "Commit", dialog -> {
			type(dialog, 0, message);
			inDialog.accept(dialog);
		}, "Commit", labels); //$NON-NLS-1$ //$NON-NLS-2$
		run("org.mea.jwp.ui.commands.commit"); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the commit", () -> !before.equals(head()));
	}

	private String head() {
		try (ProgrammeRepository repository = ProgrammeRepository.open(bonn)) {
			return repository.head();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private void run(String command) throws Exception {
		workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(command, null);
	}

	private ProgrammeSession session() {
		return workbench.getService(IEclipseContext.class).get(ProgrammeSession.class);
	}

	private Shell shell() {
		return workbench.getActiveWorkbenchWindow().getShell();
	}

	private void edit(String code, ActivityStatus status) {
		ProgrammeSession session = session();
		session.getCommandStack()
				.execute(SetCommand.create(session.getEditingDomain(), session.getProgramme().findActivity(code),
						JwpPackage.Literals.ACTIVITY__STATUS, status));
	}

	private ActivityStatus status(String code) {
		return session().getProgramme().findActivity(code).getStatus();
	}

	/** The Programme Explorer's label of activity {@code code}, decorations included. */
	private String label(String code) {
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.findView(ProgrammeExplorerView.ID);
		Activity activity = session().getProgramme().findActivity(code);
		TreeItem item = (TreeItem) explorer.getViewer().testFindItem(activity);
		if (item == null) {
			explorer.getViewer().reveal(activity); // once: revealing again refreshes the item, and its decoration restarts
			item = (TreeItem) explorer.getViewer().testFindItem(activity);
		}
		assertNotNull(item, code);
		return item.getText();
	}

	private static void setStatus(Path file, String code, ActivityStatus status) throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(file);
		ProgrammeStore.programme(resource).findActivity(code).setStatus(status);
		store.save(resource, file);
		Files.deleteIfExists(ProgrammeStore.backupOf(file));
	}

	/** Types {@code value} into the {@code index}th text field of {@code dialog}, as a user would. */
	private static void type(Composite dialog, int index, String value) {
		List<Text> texts = new ArrayList<>();
		collect(dialog, texts::add);
		texts.get(index).setText(value);
	}

	private static void collect(Composite parent, Consumer<Text> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				texts.accept(text);
			} else if (child instanceof Composite nested) {
				collect(nested, texts);
			}
		}
	}
}
