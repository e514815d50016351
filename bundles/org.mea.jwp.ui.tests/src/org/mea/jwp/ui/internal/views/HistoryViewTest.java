package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.team.Author;
import org.mea.jwp.team.ProgrammeRepository;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.OpenProgrammeHandler;
import org.mea.jwp.ui.tests.Pictures;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The History view on a programme shared in a Git repository with four commits: the programme's
 * changes newest first, B6's only while B6 is selected in the Programme Explorer, the programme's
 * again when Link with Selection is off; Compare with This Commit on the first commit shows in
 * Compare Baselines what changed since; a programme outside Git, or not saved, says so.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HistoryViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final Author ANNA = new Author("A. Person", "a.person@cms.example");
	private static final Author BRUNO = new Author("B. Other", "b.other@cites.example");
	private static final ZoneId BONN = ZoneId.of("Europe/Berlin");

	@TempDir
	Path temp;

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private IEclipseContext context;

	@BeforeEach
	void workbench() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void backToTheEmbeddedProgramme() throws Exception {
		for (String id : List.of(HistoryView.ID, CompareView.ID)) {
			IViewPart view = page.findView(id);
			if (view != null) {
				page.hideView(view);
			}
		}
		ProgrammeSession session = context.get(ProgrammeSession.class);
		if (session != null) {
			session.getCommandStack().flush(); // nothing to save of a test's programme
		}
		RunningWorkbench.openEmbeddedProgramme();
	}

	/** The shipped programme shared, then three commits: B6 on-going, A1 in progress, B6 completed. */
	private Path sharedProgramme() throws Exception {
		Path file = Files.createDirectories(temp.resolve("jwp")).resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), file);
		try (ProgrammeRepository repository = ProgrammeRepository.share(file)) {
			commit(repository, "Shared", ANNA, "2013-09-16T09:30");
			edit(file, p -> p.findActivity("B6").setStatus(ActivityStatus.ONGOING));
			commit(repository, "SC64 update\n\nB6 started", BRUNO, "2013-11-04T14:05");
			edit(file, p -> p.findActivity("A1").setStatus(ActivityStatus.IN_PROGRESS));
			commit(repository, "A1 started", BRUNO, "2014-01-20T11:40");
			edit(file, p -> p.findActivity("B6").setStatus(ActivityStatus.COMPLETED));
			commit(repository, "SC65 update", ANNA, "2014-03-02T16:15");
		}
		return file;
	}

	/**
	 * What {@link ProgrammeRepository#commit} does, at a date of the programme's time rather than
	 * today's, so that the dates in the rows (and the picture) can be checked.
	 */
	private static void commit(ProgrammeRepository repository, String message, Author author, String when)
			throws Exception {
		PersonIdent ident = new PersonIdent(author.name(), author.email(),
				LocalDateTime.parse(when).atZone(BONN).toInstant(), BONN);
		Git.wrap(repository.repository()).commit().setAll(true).setMessage(message).setAuthor(ident).setCommitter(ident)
				.call();
	}

	private static void edit(Path file, Consumer<Programme> change) throws Exception {
		ProgrammeStore store = new ProgrammeStore();
		Resource resource = store.load(file);
		change.accept(ProgrammeStore.programme(resource));
		store.save(resource, file);
	}

	private ProgrammeSession open(Path file) {
		assertTrue(OpenProgrammeHandler.open(file, shell()));
		ProgrammeSession session = context.get(ProgrammeSession.class);
		assertEquals(file, session.getFile());
		return session;
	}

	private Shell shell() {
		return page.getWorkbenchWindow().getShell();
	}

	private ProgrammeExplorerView explorer(ProgrammeSession session) throws Exception {
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) page.showView(ProgrammeExplorerView.ID);
		UiWait.until(display, TIMEOUT, "the explorer on the programme",
				() -> explorer.getViewer().getInput() == session.getResource());
		return explorer;
	}

	/** Waits until the view shows the history of {@code subject}, read to the end. */
	private void waitForHistory(HistoryView view, String subject) {
		UiWait.until(display, TIMEOUT, "the history of " + subject,
				() -> !view.isReading() && ("History of " + subject).equals(view.getContentDescription()));
		UiWait.flush(display);
	}

	/** Date, author, element, change and commit message of each row, the short commit id checked for its form. */
	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			assertTrue(item.getText(5).matches("[0-9a-f]{7}"), item.getText(5));
			rows.add(String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3),
					item.getText(4)));
		}
		return rows;
	}

	@Test
	void historyOfTheProgrammeOfTheSelectedElementAndBackWhenUnlinked() throws Exception {
		ProgrammeSession session = open(sharedProgramme());
		String programme = session.getProgramme().getTitle();
		ProgrammeExplorerView explorer = explorer(session);
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		waitForHistory(view, "the programme");
		List<String> all = List.of(
				"2014-03-02 16:15 | A. Person | B6 | status on-going \u2192 completed | SC65 update",
				"2014-01-20 11:40 | B. Other | A1 | status not started \u2192 in progress | A1 started",
				"2013-11-04 14:05 | B. Other | B6 | status not started \u2192 on-going | SC64 update",
				"2013-09-16 09:30 | A. Person | " + programme + " | added | Shared");
		assertEquals(all, rows(view.getViewer().getTable()));
		assertEquals(
				"4 changes in 4 commits of jwp.jwp, newest first. Compare with This Commit shows what changed since a row's commit.",
				view.getStatusText());

		page.activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(session.getProgramme().findActivity("B6")), true);
		waitForHistory(view, "B6");
		List<String> b6 = List.of(
				"2014-03-02 16:15 | A. Person | B6 | status on-going \u2192 completed | SC65 update",
				"2013-11-04 14:05 | B. Other | B6 | status not started \u2192 on-going | SC64 update",
				"2013-09-16 09:30 | A. Person | B6 | added | Shared");
		assertEquals(b6, rows(view.getViewer().getTable()));
		// the picture of docs/sharing.md; the tab's busy marker (the job just ended) is repainted late
		long until = System.currentTimeMillis() + 500;
		UiWait.until(display, TIMEOUT, "a repaint", () -> System.currentTimeMillis() > until);
		Pictures.ofPart(page, view, "history-view");

		view.getLinkWithSelection().setChecked(false);
		view.getLinkWithSelection().run();
		waitForHistory(view, "the programme");
		assertEquals(all, rows(view.getViewer().getTable()), "unlinked: the programme's history, B6 still selected");

		view.getLinkWithSelection().setChecked(true);
		view.getLinkWithSelection().run();
		waitForHistory(view, "B6");
		assertEquals(b6, rows(view.getViewer().getTable()), "linked again: the selected element's");
	}

	@Test
	void savingRereadsAndRefreshShowsANewCommit() throws Exception {
		Path file = sharedProgramme();
		ProgrammeSession session = open(file);
		explorer(session).getViewer().setSelection(StructuredSelection.EMPTY);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		waitForHistory(view, "the programme");
		assertEquals(4, view.getViewer().getTable().getItemCount());

		session.getCommandStack()
				.execute(SetCommand.create(session.getEditingDomain(), session.getProgramme().findActivity("A1"),
						JwpPackage.Literals.ACTIVITY__STATUS, ActivityStatus.COMPLETED));
		session.saveAs(file);
		UiWait.until(display, TIMEOUT, "the history read again after the save", view::isReading);
		waitForHistory(view, "the programme");
		assertEquals(4, view.getViewer().getTable().getItemCount(), "saved, not committed: the same history");

		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			repository.commit("A1 done", ANNA);
		}
		view.refresh();
		view.refresh(); // the second request cancels the first: its rows are never shown
		waitForHistory(view, "the programme");
		assertEquals(5, view.getViewer().getTable().getItemCount());
		assertTrue(
				rows(view.getViewer().getTable()).get(0)
						.endsWith(" | A. Person | A1 | status in progress \u2192 completed | A1 done"),
				rows(view.getViewer().getTable()).get(0));
	}

	@Test
	void compareWithTheFirstCommitShowsWhatChangedSince() throws Exception {
		ProgrammeSession session = open(sharedProgramme());
		explorer(session).getViewer().setSelection(StructuredSelection.EMPTY);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		waitForHistory(view, "the programme");
		assertFalse(view.getCompareAction().isEnabled(), "no row selected");
		Object first = view.getViewer().getElementAt(3);
		view.getViewer().setSelection(new StructuredSelection(first), true);
		assertTrue(view.getCompareAction().isEnabled());

		view.getCompareAction().run();
		UiWait.flush(display);
		CompareView compare = (CompareView) page.findView(CompareView.ID);
		assertNotNull(compare, "Compare Baselines shown");
		String from = compare.getFrom().getCombo().getText();
		assertTrue(from.matches("Commit [0-9a-f]{7} 'Shared', 2013-09-16"), from);
		assertEquals(CompareView.CURRENT, compare.getTo().getCombo().getText());
		Table changes = compare.getTable().getTable();
		List<String> rows = new ArrayList<>();
		for (TableItem item : changes.getItems()) {
			rows.add(item.getText(0) + " | " + item.getText(2) + " | " + item.getText(3));
		}
		assertEquals(
				List.of("A1 | status | status: not started \u2192 in progress",
						"B6 | status | status: not started \u2192 completed"),
				rows);
	}

	@Test
	void anUnreadableVersionIsNamedInAnError() throws Exception {
		Path file = sharedProgramme();
		String good = Files.readString(file);
		try (ProgrammeRepository repository = ProgrammeRepository.open(file)) {
			Files.writeString(file, "<broken");
			commit(repository, "Broken by hand", BRUNO, "2014-03-10T08:00");
			Files.writeString(file, good);
			commit(repository, "Repaired", ANNA, "2014-03-10T09:00");
		}
		ProgrammeSession session = open(file);
		explorer(session).getViewer().setSelection(StructuredSelection.EMPTY);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		waitForHistory(view, "the programme");
		// a view made just now may name its subject before its first read has started
		UiWait.until(display, TIMEOUT, "the commits", () -> view.getViewer().getTable().getItemCount() > 0);
		TableItem broken = view.getViewer().getTable().getItem(0);
		assertEquals("Broken by hand", broken.getText(4));
		assertTrue(broken.getText(3).startsWith("unreadable in this commit"), broken.getText(3));

		view.getViewer().setSelection(new StructuredSelection(view.getViewer().getElementAt(0)), true);
		AtomicReference<String> message = new AtomicReference<>();
		Dialogs.answerNext(display, CompareWithCommit.TITLE, "OK", message);
		view.getCompareAction().run();
		UiWait.until(display, TIMEOUT, "the error", () -> message.get() != null);
		assertTrue(
				message.get().contains(
						"The programme of commit " + broken.getText(5) + " ('Broken by hand') cannot be compared: "),
				message.get());
	}

	@Test
	void aProgrammeOutsideGitOrNotSavedSaysSo() throws Exception {
		Path file = Files.createDirectories(temp.resolve("plain")).resolve("jwp.jwp");
		new ProgrammeStore().save(DefaultProgramme.load(), file);
		open(file);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		UiWait.until(display, TIMEOUT, "the message", () -> HistoryView.NOT_SHARED.equals(view.getStatusText()));
		assertEquals("The programme is not in a Git repository: Team > Share Programme... starts its history.",
				view.getStatusText());
		assertEquals(0, view.getViewer().getTable().getItemCount());

		context.set(ProgrammeSession.class, new ProgrammeSession(DefaultProgramme.load()));
		UiWait.until(display, TIMEOUT, "the message", () -> HistoryView.NOT_SAVED.equals(view.getStatusText()));
		assertTrue(view.getStatusText().startsWith("The programme is not saved in a file"), view.getStatusText());
		assertEquals(0, view.getViewer().getTable().getItemCount());
	}
}
