package org.mea.jwp.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Translation;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.tests.Pictures;
import org.mea.jwp.ui.tests.RunningWorkbench;
import org.mea.jwp.ui.tests.Widgets;

/**
 * The Translations section of the element form: B6's text in English beside its French and Spanish
 * versions; typing a version makes it (undoable); when the English text changes the version is
 * marked outdated, and "Still right" confirms it as one command.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TranslationFieldsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private ProgrammeSession session;
	private ProgrammeEditor editor;

	@BeforeEach
	void editor() {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		editor = RunningWorkbench.editor();
		session = RunningWorkbench.session();
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		page.activate(editor);
	}

	@AfterEach
	void undoEverything() {
		RunningWorkbench.undoAll(session);
	}

	@Test
	void versionsAreTypedBesideTheOriginalMarkedOutdatedAndConfirmed() throws Exception {
		Activity b6 = session.getProgramme().findActivity("B6"); //$NON-NLS-1$
		editor.showElement(b6);
		UiWait.until(display, TIMEOUT, "the French field of B6's text", () -> version("text", "fr") != null); //$NON-NLS-1$ //$NON-NLS-2$
		Text french = version("text", "fr"); //$NON-NLS-1$ //$NON-NLS-2$
		Text spanish = version("text", "es"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", french.getText()); //$NON-NLS-1$
		assertTrue(visibleTexts().contains(b6.getText()), "the English original is shown beside its versions");

		type(french, "Élaborer une stratégie de conservation des requins"); //$NON-NLS-1$
		type(spanish, "Elaborar una estrategia de conservación de los tiburones"); //$NON-NLS-1$
		assertEquals("Élaborer une stratégie de conservation des requins", //$NON-NLS-1$
				Translations.text(b6, Literals.ACTIVITY__TEXT, "fr")); //$NON-NLS-1$
		assertEquals("Elaborar una estrategia de conservación de los tiburones", //$NON-NLS-1$
				Translations.text(b6, Literals.ACTIVITY__TEXT, "es")); //$NON-NLS-1$
		assertNull(stillRight(), "nothing is outdated");

		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), b6, Literals.ACTIVITY__TEXT,
				b6.getText() + " (revised)")); //$NON-NLS-1$
		UiWait.until(display, TIMEOUT, "the outdated marks", () -> stillRight() != null);
		assertTrue(visibleTexts().contains("Outdated"), visibleTexts().toString()); //$NON-NLS-1$
		assertNull(Translations.text(b6, Literals.ACTIVITY__TEXT, "fr"), "an outdated version is not used"); //$NON-NLS-1$
		// the form scrolls to the field that takes the focus: the Translations section, below the fields
		Pictures.ofPart(page, editor, "programme-editor-translations", () -> stillRight().setFocus()); //$NON-NLS-1$

		Event enter = new Event();
		enter.character = '\r';
		stillRight().notifyListeners(SWT.KeyDown, enter); // Enter on the focused link, as a keyboard user does
		UiWait.flush(display);
		Translation french2 = Translations.find(b6, Literals.ACTIVITY__TEXT, "fr"); //$NON-NLS-1$
		assertNotNull(french2);
		assertFalse(Translations.isOutdated(french2), "confirmed from the revised original");
		assertEquals("Élaborer une stratégie de conservation des requins", //$NON-NLS-1$
				Translations.text(b6, Literals.ACTIVITY__TEXT, "fr")); //$NON-NLS-1$

		session.getCommandStack().undo();
		UiWait.flush(display);
		assertTrue(Translations.isOutdated(Translations.find(b6, Literals.ACTIVITY__TEXT, "fr")), //$NON-NLS-1$
				"undo takes the confirmation back");
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		session.getCommandStack().undo();
		UiWait.until(display, TIMEOUT, "the field to follow undo", () -> french.getText().isEmpty());
		assertNull(Translations.find(b6, Literals.ACTIVITY__TEXT, "fr")); //$NON-NLS-1$
	}

	private void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
		UiWait.flush(display);
	}

	private Text version(String feature, String language) {
		for (Control control : Widgets.all(editor.getElements().getBlock().getViewer().getControl().getShell())) {
			if (control instanceof Text text && control.isVisible()
					&& feature.equals(control.getData(TranslationFields.TRANSLATED))
					&& language.equals(control.getData(TranslationFields.LANGUAGE))) {
				return text;
			}
		}
		return null;
	}

	private Hyperlink stillRight() {
		for (Control control : Widgets.all(editor.getElements().getBlock().getViewer().getControl().getShell())) {
			if (control instanceof Hyperlink link && link.isVisible() && "Still right".equals(link.getText())) { //$NON-NLS-1$
				return link;
			}
		}
		return null;
	}

	private List<String> visibleTexts() {
		List<String> texts = new ArrayList<>();
		for (Control control : Widgets.all(editor.getElements().getBlock().getViewer().getControl().getShell())) {
			if (control.isVisible() && control instanceof Label label) {
				texts.add(label.getText());
			} else if (control.isVisible() && control instanceof Text text) {
				texts.add(text.getText());
			}
		}
		return texts;
	}
}
