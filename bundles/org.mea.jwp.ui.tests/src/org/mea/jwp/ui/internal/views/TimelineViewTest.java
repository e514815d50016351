package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.editor.ProgrammeEditor;
import org.mea.jwp.ui.internal.editor.ProgrammeEditors;
import org.mea.jwp.ui.tests.RunningWorkbench;

/**
 * The Timeline shows the default programme: rows, bars and lanes, meetings, deadlines; a click
 * selects. What the canvas draws is read back from its pixels: status colours, the red outline of
 * overdue activities, the lane of open-ended ones, the markers in the header.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineViewTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbench workbench;
	private Display display;
	private IWorkbenchPage page;
	private TimelineView view;
	private Programme programme;
	private ProgrammeSession session;

	@AfterEach
	void undo() {
		RunningWorkbench.undoAll(session);
		// back to the top, as the other tests and the documentation's picture expect
		view.getCanvas().getVerticalBar().setSelection(0);
		view.getCanvas().getVerticalBar().notifyListeners(SWT.Selection, new Event());
	}

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
		// B6 is for 2012 (a bar over that year); B2 is on-going (an entry in the right-hand lane)
		TimelineModel.Row b6 = row("B6");
		assertTrue(b6.isBar(), "B6 is a bar");
		assertEquals(LocalDate.of(2012, 1, 1), b6.start());
		assertEquals(LocalDate.of(2012, 12, 31), b6.end());
		TimelineModel.Row b2 = row("B2");
		assertFalse(b2.isBar(), "B2 is not a bar");
		assertEquals("On-going", b2.lane());
		org.mea.jwp.ui.tests.Pictures.ofPart(page, view, "timeline");
	}

	private TimelineModel.Row row(String code) {
		return view.getModel().rows.stream().filter(r -> !r.isHeading() && code.equals(r.activity().getCode()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + code));
	}

	@Test
	void barsAreDrawnInTheirStatusColourAndOverdueOnesOutlinedInRed() {
		Activity a1 = programme.findActivity("A1");
		assertTrue(a1.isOverdue(LocalDate.of(2014, 12, 31)), "A1 (2012, not started) is overdue at the end of 2014");
		assertEquals(ActivityStatus.NOT_STARTED, a1.getStatus());
		showRow(a1);
		Drawn drawn = Drawn.of(view.getCanvas());
		assertColour(NOT_STARTED_GREY, drawn.at(barMiddle(a1), view.rowCentre(a1)), "A1's bar (not started)");
		assertTrue(drawn.redOnTopEdge(barMiddle(a1), view.rowCentre(a1)),
				"A1's bar has the red outline of an overdue activity");
		assertFalse(drawn.redOnTopEdge(view.x(LocalDate.of(2013, 7, 1)), view.rowCentre(a1)),
				"the outline is A1's bar's, in 2012 only");

		// in progress: drawn blue, still overdue
		setStatus(a1, ActivityStatus.IN_PROGRESS);
		UiWait.until(display, TIMEOUT, "A1 drawn blue", () -> near(IN_PROGRESS_BLUE,
				Drawn.of(view.getCanvas()).at(barMiddle(a1), view.rowCentre(a1)), 3));
		assertTrue(Drawn.of(view.getCanvas()).redOnTopEdge(barMiddle(a1), view.rowCentre(a1)),
				"still outlined: still overdue");

		// completed: drawn green, and no longer overdue
		setStatus(a1, ActivityStatus.COMPLETED);
		UiWait.until(display, TIMEOUT, "A1 drawn green", () -> near(COMPLETED_GREEN,
				Drawn.of(view.getCanvas()).at(barMiddle(a1), view.rowCentre(a1)), 3));
		assertFalse(Drawn.of(view.getCanvas()).redOnTopEdge(barMiddle(a1), view.rowCentre(a1)),
				"a completed activity is not outlined as overdue");
	}

	private void setStatus(Activity activity, ActivityStatus status) {
		session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), activity,
				JwpPackage.Literals.ACTIVITY__STATUS, status));
	}

	@Test
	void openEndedActivitiesAreDrawnInTheLaneInTheirStatusColour() {
		Activity b2 = programme.findActivity("B2");
		showRow(b2);
		Drawn drawn = Drawn.of(view.getCanvas());
		int laneInside = view.getCanvas().getClientArea().width - lane() + 7;
		RGB background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND).getRGB();
		// the lane entries are drawn at alpha 200 over the list background
		RGB expected = blend(colourOf(b2.getStatus()), background, 200);
		assertColour(expected, drawn.at(laneInside, view.rowCentre(b2)), "B2 in the lane (" + b2.getStatus() + ")");
		RGB inTheTimeAxis = drawn.at(view.x(LocalDate.of(2013, 7, 1)), view.rowCentre(b2));
		assertFalse(near(expected, inTheTimeAxis, 10), "no bar for B2 in the years: " + inTheTimeAxis);
	}

	@Test
	void meetingsAreDarkBlueTrianglesAndDeadlinesRedDiamondsInTheHeader() {
		Drawn drawn = Drawn.of(view.getCanvas());
		int y = TimelineView.HEADER - 8;
		TimelineModel.Marker sc62 = view.getModel().markers.stream().filter(m -> m.label().endsWith("SC62")).findFirst()
				.orElseThrow();
		assertColour(display.getSystemColor(SWT.COLOR_DARK_BLUE).getRGB(), drawn.at(view.x(sc62.date()), y - 4),
				"the SC62 triangle");
		// the reports due at the end of 2014: a diamond, wider than the red line of the reporting date there
		TimelineModel.Marker due = view.getModel().markers.stream().filter(TimelineModel.Marker::deadline).findFirst()
				.orElseThrow(() -> new AssertionError("no deadline in " + view.getModel().markers));
		RGB red = display.getSystemColor(SWT.COLOR_RED).getRGB();
		int x = view.x(due.date());
		assertColour(red, drawn.at(x - 3, y), "the left half of the diamond of " + due);
		assertColour(red, drawn.at(x + 3, y), "the right half of the diamond of " + due);
		assertFalse(near(red, drawn.at(x - 4, y - 5), 60), "above the diamond's left point: not red");
		RGB nothing = drawn.at(view.x(LocalDate.of(2012, 3, 1)), y);
		assertEquals(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND).getRGB(), nothing,
				"no marker on 1 March 2012: the header's background");
	}

	private static final RGB NOT_STARTED_GREY = new RGB(170, 170, 170);
	private static final RGB IN_PROGRESS_BLUE = new RGB(66, 133, 214);
	private static final RGB COMPLETED_GREEN = new RGB(67, 160, 71);

	private static RGB colourOf(ActivityStatus status) {
		return switch (status) {
		case IN_PROGRESS -> IN_PROGRESS_BLUE;
		case COMPLETED -> COMPLETED_GREEN;
		case ONGOING -> new RGB(38, 166, 154);
		case NOT_STARTED -> NOT_STARTED_GREY;
		default -> throw new AssertionError("a status this test does not expect: " + status);
		};
	}

	/** Scrolls the canvas with the mouse wheel, as a user would, until {@code activity}'s row is in sight. */
	private void showRow(Activity activity) {
		assertTrue(view.getSelected() != activity, "not the selected row, which is tinted");
		org.eclipse.swt.widgets.Canvas canvas = view.getCanvas();
		int bottom = canvas.getClientArea().height - TimelineView.LEGEND - TimelineView.ROW;
		for (int i = 0; i < 100
				&& (view.rowCentre(activity) > bottom || view.rowCentre(activity) < TimelineView.HEADER + 10); i++) {
			Event wheel = new Event();
			wheel.count = view.rowCentre(activity) > bottom ? -1 : 1;
			canvas.notifyListeners(SWT.MouseWheel, wheel);
		}
		UiWait.flush(display);
		assertTrue(view.rowCentre(activity) <= bottom && view.rowCentre(activity) >= TimelineView.HEADER,
				activity.getCode() + " in sight: " + view.rowCentre(activity));
	}

	/** A point inside the bar, near its end: the status is written from its start. */
	private int barMiddle(Activity activity) {
		TimelineModel.Row row = row(activity.getCode());
		return view.x(row.end()) - 2;
	}

	private int lane() {
		return Math.min(170, Math.max(90, view.getCanvas().getClientArea().width / 7));
	}

	private static RGB blend(RGB over, RGB under, int alpha) {
		return new RGB((over.red * alpha + under.red * (255 - alpha)) / 255,
				(over.green * alpha + under.green * (255 - alpha)) / 255,
				(over.blue * alpha + under.blue * (255 - alpha)) / 255);
	}

	private static boolean near(RGB expected, RGB actual, int tolerance) {
		return Math.abs(expected.red - actual.red) <= tolerance && Math.abs(expected.green - actual.green) <= tolerance
				&& Math.abs(expected.blue - actual.blue) <= tolerance;
	}

	private static void assertColour(RGB expected, RGB actual, String what) {
		assertTrue(near(expected, actual, 3), what + ": expected " + expected + " but the canvas has " + actual);
	}

	/** What the canvas draws, printed into an image and read pixel by pixel. */
	private record Drawn(ImageData data) {

		static Drawn of(org.eclipse.swt.widgets.Canvas canvas) {
			Rectangle size = canvas.getBounds();
			Image image = new Image(canvas.getDisplay(), size.width, size.height);
			GC gc = new GC(image);
			try {
				canvas.print(gc);
				return new Drawn(image.getImageData());
			} finally {
				gc.dispose();
				image.dispose();
			}
		}

		RGB at(int x, int y) {
			return data.palette.getRGB(data.getPixel(x, y));
		}

		/** Whether the bar around ({@code x}, {@code centre}) has a red line along its top edge. */
		boolean redOnTopEdge(int x, int centre) {
			int top = centre - TimelineView.ROW / 2 + 4;
			for (int y = top - 2; y <= top + 2; y++) {
				RGB rgb = at(x, y);
				if (rgb.red > 200 && rgb.green < 90 && rgb.blue < 90) {
					return true;
				}
			}
			return false;
		}
	}

	@Test
	void marksStandingCommitteeMeetingsAndReportingDeadlines() {
		List<TimelineModel.Marker> markers = view.getModel().markers;
		TimelineModel.Marker sc62 = markers.stream().filter(m -> m.label().endsWith("SC62")).findFirst()
				.orElseThrow(() -> new AssertionError("no SC62 in " + markers));
		assertEquals(LocalDate.of(2012, 7, 23), sc62.date());
		assertTrue(markers.stream().anyMatch(m -> m.label().endsWith("SC65") && m.date().getYear() == 2014),
				markers.toString());
		assertTrue(markers.stream().anyMatch(m -> m.label().endsWith("CoP16") && m.date().getYear() == 2013),
				markers.toString());
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
