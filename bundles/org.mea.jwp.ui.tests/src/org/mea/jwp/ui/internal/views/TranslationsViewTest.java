package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Dialogs;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.actions.NativeFileDialogs;
import org.mea.jwp.ui.tests.Pictures;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The Translations view in the running workbench: it lists the texts with no up-to-date French
 * version; a version typed in its last column is one undoable command and the row leaves the list;
 * a changed original brings the row back as outdated; the toolbar exports the list as XLIFF and
 * imports a translated file (two units translated by the "translator") as one command; a broken
 * file is refused with its line and nothing changes.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TranslationsViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private Programme programme;
	private TranslationsView view;
	private final Function<FileDialog, String> nativeDialogs = NativeFileDialogs.open;

	@BeforeEach
	void view() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		session = RunningWorkbench.session();
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		programme = session.getProgramme();
		view = (TranslationsView) page.showView(TranslationsView.ID);
		view.setLanguage("fr"); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the list", () -> !view.getRows().isEmpty());
	}

	@AfterEach
	void undoEverything() {
		NativeFileDialogs.open = nativeDialogs;
		RunningWorkbench.undoAll(session);
	}

	@Test
	void aVersionTypedInTheListIsOneCommandAndAChangedOriginalBringsItBackOutdated() throws Exception {
		int before = Translations.missing(programme, "fr").size(); //$NON-NLS-1$
		assertEquals(before, view.getTable().getTable().getItemCount(), "one row per text with no French version");
		assertTrue(view.getSummary().startsWith(before + " "), view.getSummary());
		Activity b6 = programme.findActivity("B6"); //$NON-NLS-1$
		int row = rowOf(b6);
		assertEquals("missing", view.getTable().getTable().getItem(row).getText(2)); //$NON-NLS-1$

		// F2 on the row, type, Enter: as a user does
		view.getTable().getTable().setFocus();
		view.getTable().editElement(view.getRows().get(row), 4);
		Text cell = (Text) editorControl();
		cell.setText("Élaborer une stratégie de conservation des requins"); //$NON-NLS-1$
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.flush(display);
		assertEquals("Élaborer une stratégie de conservation des requins", //$NON-NLS-1$
				Translations.text(b6, Literals.ACTIVITY__TEXT, "fr")); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the row to leave the list", () -> view.getRows().size() == before - 1);
		assertEquals(-1, rowOf(b6));

		// the English text changes: the French version is outdated and listed again
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), b6, Literals.ACTIVITY__TEXT,
				b6.getText() + " (revised)")); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the outdated row", () -> rowOf(b6) >= 0);
		assertEquals("outdated", view.getTable().getTable().getItem(rowOf(b6)).getText(2)); //$NON-NLS-1$
		assertTrue(view.getSummary().contains("1 of them outdated"), view.getSummary()); //$NON-NLS-1$
		Pictures.ofPart(page, view, "translations-view"); //$NON-NLS-1$

		session.getCommandStack().undo();
		session.getCommandStack().undo();
		UiWait.until(display, TIMEOUT, "the list as before", () -> view.getRows().size() == before);
		assertNull(Translations.find(b6, Literals.ACTIVITY__TEXT, "fr"), "undo took the version back"); //$NON-NLS-1$
	}

	@Test
	void exportTranslateTwoUnitsImportAsOneCommandAndABrokenFileChangesNothing() throws Exception {
		Path exported = dir.resolve("programme-fr.xlf"); //$NON-NLS-1$
		AtomicReference<String> proposed = new AtomicReference<>();
		NativeFileDialogs.open = dialog -> {
			proposed.set(dialog.getFileName());
			return exported.toString();
		};
		toolbarAction("Export for Translators...").run(); //$NON-NLS-1$
		assertTrue(proposed.get().endsWith("-fr.xlf"), proposed.get()); //$NON-NLS-1$
		String xliff = Files.readString(exported, StandardCharsets.UTF_8);
		int units = count(xliff, "<trans-unit "); //$NON-NLS-1$
		assertEquals(view.getRows().size(), units, "one unit per text listed");

		// the translator translates two units: B6's text and the first theme's name
		String translated = target(target(xliff, "B6#text", "Élaborer une stratégie pour les requins"), //$NON-NLS-1$ //$NON-NLS-2$
				programme.getThemes().get(0).getId() + "#name", "Thème traduit"); //$NON-NLS-1$ //$NON-NLS-2$
		Path back = dir.resolve("programme-fr-translated.xlf"); //$NON-NLS-1$
		Files.writeString(back, translated, StandardCharsets.UTF_8);
		org.eclipse.emf.common.command.Command last = session.getCommandStack().getUndoCommand();
		NativeFileDialogs.open = dialog -> back.toString();
		toolbarAction("Import Translations...").run(); //$NON-NLS-1$
		UiWait.flush(display);
		assertEquals("Élaborer une stratégie pour les requins", //$NON-NLS-1$
				Translations.text(programme.findActivity("B6"), Literals.ACTIVITY__TEXT, "fr")); //$NON-NLS-1$ //$NON-NLS-2$
		org.eclipse.emf.common.command.Command imported = session.getCommandStack().getUndoCommand();
		assertTrue(imported != last && "Import 2 translations".equals(imported.getLabel()), //$NON-NLS-1$
				"one command: " + imported.getLabel()); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "two rows fewer", () -> view.getRows().size() == units - 2);

		// a broken file: refused with its line, nothing changes
		Path broken = dir.resolve("broken.xlf"); //$NON-NLS-1$
		Files.writeString(broken, translated.replace("</body>", "</bod>"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		NativeFileDialogs.open = dialog -> broken.toString();
		AtomicReference<String> message = new AtomicReference<>();
		Dialogs.answerNext(display, "Import Translations", "OK", message); //$NON-NLS-1$ //$NON-NLS-2$
		toolbarAction("Import Translations...").run(); //$NON-NLS-1$
		assertTrue(message.get().contains("nothing changed") && message.get().contains("line "), message.get()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(session.getCommandStack().getUndoCommand() == imported, "nothing more on the command stack");

		session.getCommandStack().undo();
		assertNull(Translations.find(programme.findActivity("B6"), Literals.ACTIVITY__TEXT, "fr"), //$NON-NLS-1$//$NON-NLS-2$
				"undo takes the import back");
		assertFalse(
				programme.getThemes().get(0).getTranslations().stream().anyMatch(t -> "name".equals(t.getFeature()))); //$NON-NLS-1$
	}

	private int rowOf(Object element) {
		List<Translations.Missing> rows = view.getRows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).element() == element && rows.get(i).attribute() == Literals.ACTIVITY__TEXT) {
				return i;
			}
		}
		return -1;
	}

	private Control editorControl() {
		for (Control child : view.getTable().getTable().getChildren()) {
			if (child instanceof Text && child.isVisible()) {
				return child;
			}
		}
		throw new AssertionError("no cell editor open"); //$NON-NLS-1$
	}

	private org.eclipse.jface.action.IAction toolbarAction(String text) {
		for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem action && text.equals(action.getAction().getText())) {
				return action.getAction();
			}
		}
		throw new AssertionError("no " + text + " on the toolbar"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int count(String text, String what) {
		return text.split(Pattern.quote(what), -1).length - 1;
	}

	/** The unit {@code id} with a target, as a translation tool writes it. */
	private static String target(String xliff, String id, String text) {
		Matcher matcher = Pattern
				.compile("(<trans-unit id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*<source[^>]*>.*?</source>)", //$NON-NLS-1$ //$NON-NLS-2$
						Pattern.DOTALL)
				.matcher(xliff);
		assertTrue(matcher.find(), "unit " + id); //$NON-NLS-1$
		return xliff.substring(0, matcher.end()) + "<target>" + text + "</target>" + xliff.substring(matcher.end()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
