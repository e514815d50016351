package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.Keyboard;
import org.mea.jwp.testing.ScreenReader;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The Timeline from the keyboard and as a screen reader reads it: keys posted to the window system
 * ({@link Keyboard}), the list read through AT-SPI ({@link ScreenReader}). The build runs this class
 * in a workbench of its own (an execution of its own): keys reach a window only when no earlier
 * test left a menu or a grab open, which a fresh workbench guarantees.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineKeyboardTest {

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private TimelineView view;
	private Programme programme;
	private ProgrammeSession session;

	@Test
	void arrowKeysMoveFromActivityToActivityAndAScreenReaderSaysEachInWords() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		session = RunningWorkbench.session();
		programme = session.getProgramme();
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		view = (TimelineView) page.showView(TimelineView.ID);
		TimelineView shown = view;
		UiWait.until(display, Duration.ofSeconds(30), "the timeline", () -> shown.getModel() != null); //$NON-NLS-1$
		List<Activity> order = view.activities();
		assertEquals(31, order.size());
		Keyboard.giveFocusTo(workbench.getActiveWorkbenchWindow().getShell());
		page.activate(view);
		view.getCanvas().setFocus();
		Keyboard.settle(display);
		assertTrue(view.getCanvas().isFocusControl(), "the timeline has the keyboard focus");

		Keyboard.press(display, SWT.HOME);
		assertSame(order.get(0), view.getSelected(), "Home: the first activity");
		Keyboard.press(display, SWT.ARROW_DOWN);
		Keyboard.press(display, SWT.ARROW_DOWN);
		assertSame(order.get(2), view.getSelected(), "two arrows down: the third activity");
		Keyboard.press(display, SWT.END);
		Activity last = order.get(order.size() - 1);
		assertSame(last, view.getSelected(), "End: the last activity");
		int bottom = view.getCanvas().getClientArea().height - TimelineView.LEGEND;
		assertTrue(view.rowCentre(last) <= bottom, "the last activity was scrolled into sight");
		Keyboard.press(display, SWT.ARROW_UP);
		assertSame(order.get(order.size() - 2), view.getSelected(), "arrow up: the one before");
		assertTrue(view.getCanvas().isFocusControl(), "the arrows kept the focus in the timeline");

		Activity b6 = programme.findActivity("B6");
		Keyboard.press(display, SWT.HOME);
		for (int i = 0; i < order.indexOf(b6); i++) {
			Keyboard.press(display, SWT.ARROW_DOWN);
		}
		assertSame(b6, view.getSelected());
		String said = view.describe(b6);
		assertTrue(said.startsWith("B6, not started, ") && said.endsWith(", overdue"), said); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> heard = ScreenReader.readAll(display, null).heard();
		assertTrue(heard.contains("list: Timeline"), "the canvas is read as the Timeline list: " + heard); //$NON-NLS-1$
		assertTrue(heard.contains("list item: " + said), "B6 is read as \"" + said + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(31, heard.stream().filter(line -> line.startsWith("list item: ")).count(), //$NON-NLS-1$
				"one item per activity");

		Keyboard.press(display, SWT.CR);
		ProgrammeEditor editor = ProgrammeEditors.find(page, session);
		assertSame(editor, page.getActivePart(), "Enter shows the activity in the editor");
		assertSame(b6, ((org.eclipse.jface.viewers.IStructuredSelection) editor.getElementSelection())
				.getFirstElement());
	}

}
