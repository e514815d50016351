package org.mea.jwp.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mea.jwp.model.Activity;
import org.mea.jwp.testing.ScreenshotOnFailure;
import org.mea.jwp.testing.Screenshots;
import org.mea.jwp.testing.UiWait;
import org.mea.jwp.ui.ProgrammeSession;

/** The Meetings view: the calendar by year, with the activities attached to each meeting. */
@ExtendWith(ScreenshotOnFailure.class)
class MeetingsViewTest {

	private static int indexOf(List<String> labels, String prefix) {
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).startsWith(prefix)) {
				return i;
			}
		}
		throw new AssertionError("no " + prefix + " in " + labels);
	}

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void calendarByYearWithTheActivitiesOfEachMeeting() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		UiWait.until(display, TIMEOUT, "the programme", () -> workbench.getActiveWorkbenchWindow() != null
				&& context.get(ProgrammeSession.class) != null);
		MeetingsView view = (MeetingsView) workbench.getActiveWorkbenchWindow().getActivePage()
				.showView(MeetingsView.ID);
		UiWait.until(display, TIMEOUT, "the calendar", () -> view.getViewer().getTree().getItemCount() > 0);

		List<String> years = Arrays.stream(view.getViewer().getTree().getItems()).map(TreeItem::getText).toList();
		assertTrue(years.contains("2012 (13 meetings)") || years.stream().anyMatch(y -> y.startsWith("2012 (")),
				years.toString());
		assertEquals(org.mea.jwp.core.MeetingCalendar.UNDATED, years.get(years.size() - 1).replaceAll(" \\(.*", ""),
				"undated last");
		assertTrue(years.indexOf(years.stream().filter(y -> y.startsWith("2013")).findFirst().orElseThrow()) < years
				.indexOf(years.stream().filter(y -> y.startsWith("2014")).findFirst().orElseThrow()));

		TreeItem y2012 = Arrays.stream(view.getViewer().getTree().getItems())
				.filter(i -> i.getText().startsWith("2012"))
				.findFirst().orElseThrow();
		List<String> in2012 = Arrays.stream(y2012.getItems()).map(TreeItem::getText).toList();
		assertTrue(in2012.get(0).startsWith("March: 26th meeting of the CITES Animals Committee"), in2012.toString());
		int october = indexOf(in2012, "October: ");
		int late = indexOf(in2012, "Late in the year: 40th meeting");
		assertTrue(october < late && late < indexOf(in2012, "currently planned for 2012"),
				"months in order, late in the year after them, no month at all last: " + in2012);
		TreeItem y2014 = Arrays.stream(view.getViewer().getTree().getItems())
				.filter(i -> i.getText().startsWith("2014"))
				.findFirst().orElseThrow();
		TreeItem sc65 = Arrays.stream(y2014.getItems())
				.filter(i -> i.getText().contains("65th meeting of the CITES Standing Committee"))
				.findFirst().orElseThrow(() -> new AssertionError("no SC65 in 2014"));
		assertTrue(sc65.getText().startsWith("7-11 July 2014: "), sc65.getText());
		view.getViewer().expandToLevel(sc65.getData(), 1);
		UiWait.flush(display);
		List<String> attached = Arrays.stream(sc65.getItems()).map(TreeItem::getText).toList();
		assertTrue(attached.stream().anyMatch(t -> t.startsWith("D4  ")), attached.toString());
		Screenshots.capture(display, "meetings");

		Activity d4 = context.get(ProgrammeSession.class).getProgramme().findActivity("D4");
		view.reveal(d4);
		ProgrammeExplorerView explorer = (ProgrammeExplorerView) workbench.getActiveWorkbenchWindow().getActivePage()
				.findView(ProgrammeExplorerView.ID);
		assertEquals(d4, explorer.getViewer().getStructuredSelection().getFirstElement());
	}
}
