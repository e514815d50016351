package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;

/** The Timeline shows the default programme: rows, bars and lanes, meetings, deadlines; a click selects. */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private TimelineView view;
	private Programme programme;
	private ProgrammeSession session;

	@BeforeEach
	void timeline() throws Exception {
		workbench = PlatformUI.getWorkbench();
		display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		page = workbench.getActiveWorkbenchWindow().getActivePage();
		view = (TimelineView) page.showView(TimelineView.ID);
		session = context.get(ProgrammeSession.class);
		programme = session.getProgramme();
		UiWait.until(display, TIMEOUT, "the timeline", () -> view.getModel() != null);
	}

	@Test
	void showsEveryActivityOfTheDefaultProgrammeByTheme() throws Exception {
		TimelineModel model = view.getModel();
		assertEquals(2012, model.firstYear);
		assertEquals(2014, model.lastYear);
		List<TimelineModel.Row> activities = model.rows.stream().filter(r -> !r.isHeading()).toList();
		assertEquals(31, activities.size());
		assertEquals(4, model.rows.size() - activities.size(), "one heading per theme");
		TimelineModel.Row b6 = activities.stream().filter(r -> "B6".equals(r.activity().getCode())).findFirst().orElseThrow();
		assertTrue(b6.isBar() || b6.lane() != null);
		assertTrue(activities.stream().anyMatch(r -> !r.isBar() && "On-going".equals(r.lane())), "an on-going lane entry");
		assertTrue(activities.stream().anyMatch(TimelineModel.Row::isBar), "dated bars");
		org.mea.jwp.ui.tests.Pictures.ofPart(page, view, "timeline");
	}

	@Test
	void marksStandingCommitteeMeetingsAndReportingDeadlines() {
		List<TimelineModel.Marker> markers = view.getModel().markers;
		TimelineModel.Marker sc62 = markers.stream().filter(m -> m.label().endsWith("SC62")).findFirst()
				.orElseThrow(() -> new AssertionError("no SC62 in " + markers));
		assertEquals(LocalDate.of(2012, 7, 23), sc62.date());
		assertTrue(markers.stream().anyMatch(m -> m.label().endsWith("SC65") && m.date().getYear() == 2014), markers.toString());
		assertTrue(markers.stream().anyMatch(m -> m.label().endsWith("CoP16") && m.date().getYear() == 2013), markers.toString());
		assertTrue(markers.stream().anyMatch(m -> m.deadline() && m.date().equals(LocalDate.of(2014, 12, 31))),
				"the B1 reports due by December 2014");
	}

	@Test
	void clickingAnActivitySelectsItInTheEditor() {
		Activity b1 = programme.findActivity("B1");
		int y = view.rowCentre(b1);
		assertTrue(y > TimelineView.HEADER, "B1 is visible: y=" + y);
		Event click = new Event();
		click.button = 1;
		click.x = 40;
		click.y = y;
		view.getCanvas().notifyListeners(SWT.MouseDown, click);
		UiWait.flush(display);
		assertSame(b1, view.getSelected());
		ProgrammeEditor editor = ProgrammeEditors.find(page, session);
		assertNotNull(editor, "the editor is open");
		UiWait.until(display, TIMEOUT, "B1 selected in the editor",
				() -> editor.getElementSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
						&& s.getFirstElement() == b1);
	}
}
