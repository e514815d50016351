package org.mea.jwp.ui.internal.views;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.part.ViewPart;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.SessionTracking;
import org.mea.jwp.ui.preferences.JwpPreferences;

/**
 * The Timeline: activities against the years of the programme, grouped by theme and coloured by
 * status, with a lane for open-ended timeframes ("On-going", "Annual…", conditional), Standing
 * Committee and CoP meetings and reporting deadlines as markers, and a line at the reporting date
 * (and at today when it falls in the programme's period). Clicking an activity selects it here,
 * in the Programme Explorer and in the programme editor. Painted on a plain {@link Canvas}: the
 * drawing is simple and GEF is not needed.
 */
public class TimelineView extends ViewPart {

	/** View id. */
	public static final String ID = "org.mea.jwp.ui.views.timeline"; //$NON-NLS-1$

	static final int ROW = 20;
	static final int HEADER = 62;
	static final int LEGEND = 24;
	/** Widest the activity labels and the open-ended lane get; narrower views give them less. */
	private static final int MAX_LABELS = 340;
	private static final int MAX_LANE = 170;

	private static final Map<ActivityStatus, RGB> COLOURS = new EnumMap<>(ActivityStatus.class);
	static {
		COLOURS.put(ActivityStatus.NOT_STARTED, new RGB(170, 170, 170));
		COLOURS.put(ActivityStatus.IN_PROGRESS, new RGB(66, 133, 214));
		COLOURS.put(ActivityStatus.ONGOING, new RGB(38, 166, 154));
		COLOURS.put(ActivityStatus.COMPLETED, new RGB(67, 160, 71));
		COLOURS.put(ActivityStatus.DEFERRED, new RGB(251, 140, 0));
		COLOURS.put(ActivityStatus.CANCELLED, new RGB(97, 97, 97));
		COLOURS.put(ActivityStatus.AWAITING_FUNDING, new RGB(142, 68, 173));
	}

	private Canvas canvas;
	private ProgrammeSession session;
	private TimelineModel model;
	private Activity selected;
	private int scroll;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final Runnable rebuild = this::rebuild;
	private final Consumer<Diagnostic> afterChanges = result -> rebuild();
	private final IPreferenceChangeListener preferences = event -> {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					canvas.redraw();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> updateScrollBar());
		canvas.getVerticalBar().addListener(SWT.Selection, event -> {
			scroll = canvas.getVerticalBar().getSelection();
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseWheel, event -> scrollBy(-event.count * ROW));
		canvas.addListener(SWT.MouseDown, event -> {
			Activity activity = activityAt(event.y);
			if (activity != null && event.button == 1) {
				select(activity, true);
			}
		});
		canvas.addListener(SWT.MouseHover, this::hover);
		canvas.addListener(SWT.MouseMove, event -> canvas.setToolTipText(null));
		getSite().setSelectionProvider(new SelectionProvider());
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).addPreferenceChangeListener(preferences);
		SessionTracking.track(canvas, this::show);
		TimelineKeys.install(this, canvas);
	}

	void show(ProgrammeSession newSession) {
		if (session == newSession) {
			return;
		}
		if (session != null) {
			session.removeValidationListener(afterChanges);
		}
		session = newSession;
		if (session != null) {
			// live validation runs once changes settle: the timeline follows at the same moment
			session.addValidationListener(afterChanges);
		}
		rebuild();
	}

	private void rebuild() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		model = session == null ? null : new TimelineModel(session.getProgramme());
		if (selected != null && selected.eResource() == null) {
			selected = null;
		}
		updateScrollBar();
		canvas.redraw();
	}

	private void updateScrollBar() {
		ScrollBar bar = canvas.getVerticalBar();
		int content = model == null ? 0 : model.rows.size() * ROW + HEADER + LEGEND + 8;
		int visible = canvas.getClientArea().height;
		bar.setMaximum(Math.max(content, 1));
		bar.setThumb(Math.max(1, Math.min(visible, content)));
		bar.setPageIncrement(Math.max(ROW, visible - ROW));
		bar.setIncrement(ROW);
		scroll = Math.max(0, Math.min(scroll, content - visible));
		bar.setSelection(scroll);
		bar.setVisible(content > visible);
	}

	private void scrollBy(int delta) {
		ScrollBar bar = canvas.getVerticalBar();
		bar.setSelection(bar.getSelection() + delta);
		scroll = bar.getSelection();
		canvas.redraw();
	}

	/** Width of the activity labels: up to a quarter of the view. */
	private int labels() {
		return Math.min(MAX_LABELS, Math.max(120, canvas.getClientArea().width / 4));
	}

	/** Width of the lane for open-ended timeframes. */
	private int lane() {
		return Math.min(MAX_LANE, Math.max(90, canvas.getClientArea().width / 7));
	}

	/** The activity drawn at height {@code y} of the canvas, or null. */
	Activity activityAt(int y) {
		if (model == null || y < HEADER) {
			return null;
		}
		int index = (y - HEADER + scroll) / ROW;
		if (index < 0 || index >= model.rows.size()) {
			return null;
		}
		return model.rows.get(index).activity();
	}

	/** The y (in canvas coordinates) of the middle of {@code activity}'s row, or -1. */
	int rowCentre(Activity activity) {
		if (model == null) {
			return -1;
		}
		for (int i = 0; i < model.rows.size(); i++) {
			if (model.rows.get(i).activity() == activity) {
				return HEADER + i * ROW - scroll + ROW / 2;
			}
		}
		return -1;
	}

	private void select(Activity activity, boolean reveal) {
		selected = activity;
		canvas.redraw();
		SelectionChangedEvent event = new SelectionChangedEvent(getSite().getSelectionProvider(),
				new StructuredSelection(activity));
		for (ISelectionChangedListener listener : selectionListeners) {
			listener.selectionChanged(event);
		}
		if (reveal) {
			Reveal.element(getSite().getPage(), activity);
			getSite().getPage().activate(this);
		}
	}

	/** The activities in the order drawn, top to bottom. */
	java.util.List<Activity> activities() {
		return model == null ? java.util.List.of()
				: model.rows.stream().filter(row -> !row.isHeading()).map(TimelineModel.Row::activity).toList();
	}

	/** Selects {@code activity} as the arrow keys do: here and for the other views, scrolled into sight. */
	void selectFromKeyboard(Activity activity) {
		select(activity, false);
		int centre = rowCentre(activity);
		int visible = canvas.getClientArea().height - LEGEND;
		if (centre - ROW / 2 < HEADER) {
			scrollBy(centre - ROW / 2 - HEADER);
		} else if (centre + ROW / 2 > visible) {
			scrollBy(centre + ROW / 2 - visible);
		}
	}

	/** Shows {@code activity} in the programme editor, which takes the focus. */
	void reveal(Activity activity) {
		Reveal.element(getSite().getPage(), activity);
	}

	/** {@code activity} in words, as a screen reader says it: "B6, not started, 2012, overdue". */
	String describe(Activity activity) {
		String timeframe = activity.getTimeframe() == null ? Messages.TimelineView_noTimeframe
				: org.mea.jwp.model.operations.Timeframes.wording(activity.getTimeframe());
		String words = NLS.bind(Messages.TimelineView_accessibleActivity,
				new Object[] { activity.getCode(), Formats.literal(activity.getStatus()), timeframe });
		return isOverdue(activity) ? words + ", " + Messages.TimelineView_overdue : words; //$NON-NLS-1$
	}

	private boolean isOverdue(Activity activity) {
		return session != null && activity.isOverdue(session.reportingDate());
	}

	private void hover(Event event) {
		Activity activity = activityAt(event.y);
		if (activity != null) {
			String timeframe = activity.getTimeframe() == null ? Messages.TimelineView_noTimeframe
					: org.mea.jwp.model.operations.Timeframes.wording(activity.getTimeframe()) + " \u2014 " //$NON-NLS-1$
							+ activity.getTimeframe().describe();
			canvas.setToolTipText(NLS.bind(Messages.TimelineView_activityTooltip, new Object[] { activity.getCode(),
					activity.getText(), timeframe, Formats.literal(activity.getStatus()),
					Formats.literal(activity.getLead()) }));
			return;
		}
		if (model != null && event.y < HEADER) {
			for (TimelineModel.Marker marker : model.markers) {
				if (Math.abs(x(marker.date()) - event.x) <= 4) {
					canvas.setToolTipText(marker.description() + " \u2014 " + Formats.day(marker.date())); //$NON-NLS-1$
					return;
				}
			}
		}
	}

	/** The x (in canvas coordinates) where {@code date} begins. */
	int x(LocalDate date) {
		Rectangle area = canvas.getClientArea();
		int width = Math.max(100, area.width - labels() - lane() - 8);
		long days = ChronoUnit.DAYS.between(model.start(), model.end().plusDays(1));
		return labels() + (int) (width * ChronoUnit.DAYS.between(model.start(), date) / (double) days);
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (model == null) {
			gc.drawText(Messages.TimelineView_noProgramme, 8, 8);
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setFont(JFaceResources.getDefaultFont());
		int timeRight = area.width - lane() - 8;
		paintRows(gc, area, timeRight);
		paintAxis(gc, area, timeRight);
		paintLines(gc, area);
		paintLegend(gc, area);
	}

	private void paintRows(GC gc, Rectangle area, int timeRight) {
		// with the system's high-contrast theme, the theme's own colours instead of pale greys
		Color grid = highContrast() ? system(SWT.COLOR_WIDGET_NORMAL_SHADOW) : new Color(235, 235, 235);
		Color headingBackground = highContrast() ? system(SWT.COLOR_LIST_BACKGROUND) : new Color(242, 245, 250);
		for (int i = 0; i < model.rows.size(); i++) {
			int top = HEADER + i * ROW - scroll;
			if (top + ROW < HEADER || top > area.height - LEGEND) {
				continue;
			}
			TimelineModel.Row row = model.rows.get(i);
			if (row.isHeading()) {
				gc.setBackground(headingBackground);
				gc.fillRectangle(0, top, area.width, ROW);
				gc.setForeground(system(meetingColour()));
				gc.drawText(row.theme().getLetter() + ". " + row.theme().getName(), 4, top + 2, true); //$NON-NLS-1$
				continue;
			}
			Activity activity = row.activity();
			if (activity == selected) {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.setAlpha(60);
				gc.fillRectangle(0, top, area.width, ROW);
				gc.setAlpha(255);
			}
			gc.setForeground(grid);
			gc.drawLine(0, top + ROW - 1, area.width, top + ROW - 1);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			String label = activity.getCode() + "  " + (activity.getText() == null ? "" : activity.getText()); //$NON-NLS-1$ //$NON-NLS-2$
			gc.drawText(shorten(gc, label, labels() - 12), 12, top + 2, true);
			if (activity == selected && canvas.isFocusControl()) {
				gc.drawFocus(1, top, area.width - 2, ROW - 1); // where the arrow keys are
			}
			Color colour = new Color(COLOURS.getOrDefault(activity.getStatus(), new RGB(120, 120, 120)));
			gc.setBackground(colour);
			if (row.isBar()) {
				int from = Math.max(labels(), x(row.start().isBefore(model.start()) ? model.start() : row.start()));
				int to = Math.min(timeRight,
						x(row.end().isAfter(model.end()) ? model.end() : row.end().plusDays(1)));
				gc.fillRoundRectangle(from, top + 4, Math.max(4, to - from), ROW - 8, 6, 6);
				if (highContrast()) { // the bar's edge in the theme's text colour
					gc.setForeground(system(SWT.COLOR_LIST_FOREGROUND));
					gc.drawRoundRectangle(from, top + 4, Math.max(4, to - from), ROW - 8, 6, 6);
				}
				boolean overdue = isOverdue(activity);
				if (overdue) {
					gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
					gc.setLineWidth(2);
					gc.drawRoundRectangle(from, top + 4, Math.max(4, to - from), ROW - 8, 6, 6);
					gc.setLineWidth(1);
				}
				// the status in words on the bar, so that its colour is not all that says it
				String status = Formats.literal(activity.getStatus())
						+ (overdue ? ", " + Messages.TimelineView_overdue : ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (to - from > 40) {
					gc.setForeground(canvas.getDisplay()
							.getSystemColor(isLight(colour.getRGB()) ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
					gc.drawText(shorten(gc, status, to - from - 10), from + 5, top + 3, true);
				}
			} else {
				int laneLeft = area.width - lane();
				gc.setAlpha(200);
				gc.fillRoundRectangle(laneLeft + 4, top + 3, lane() - 12, ROW - 6, 10, 10);
				gc.setAlpha(255);
				// the lane's words, and the status unless the lane says it ("On-going"), never colour alone
				String words = activity.getStatus() == org.mea.jwp.model.ActivityStatus.ONGOING ? row.lane()
						: row.lane() + ", " + Formats.literal(activity.getStatus()); //$NON-NLS-1$
				gc.setForeground(system(isLight(colour.getRGB()) ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
				gc.drawText(shorten(gc, words, lane() - 24), laneLeft + 10, top + 3, true);
			}
		}
	}

	private void paintAxis(GC gc, Rectangle area, int timeRight) {
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, 0, area.width, HEADER);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(Messages.TimelineView_activity, 4, 4, true);
		gc.drawText(Messages.TimelineView_openEnded, area.width - lane() + 8, 4, true);
		Color line = highContrast() ? system(SWT.COLOR_WIDGET_FOREGROUND) : new Color(200, 200, 200);
		for (int year = model.firstYear; year <= model.lastYear + 1; year++) {
			int x = year > model.lastYear ? timeRight : x(LocalDate.of(year, 1, 1));
			gc.setForeground(line);
			gc.drawLine(x, 0, x, area.height - LEGEND);
			if (year <= model.lastYear) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
				gc.drawText(Integer.toString(year), x + 4, 4, true);
			}
		}
		gc.setForeground(line);
		gc.drawLine(area.width - lane(), 0, area.width - lane(), area.height - LEGEND);
		gc.drawLine(0, HEADER - 1, area.width, HEADER - 1);
		// meetings (triangles) and deadlines (diamonds) in the header, with a dotted line down; labels
		// take the first of three lines where they do not run into the previous one (else only the
		// tooltip names the marker)
		int[] lineEnds = { Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE };
		java.util.List<TimelineModel.Marker> sorted = new java.util.ArrayList<>(model.markers);
		sorted.sort(java.util.Comparator.comparing(TimelineModel.Marker::date));
		String previous = null;
		for (TimelineModel.Marker marker : sorted) {
			int x = x(marker.date());
			int y = HEADER - 8;
			gc.setBackground(
					canvas.getDisplay().getSystemColor(marker.deadline() ? SWT.COLOR_RED : meetingColour()));
			if (marker.deadline()) {
				gc.fillPolygon(new int[] { x, y - 6, x + 5, y, x, y + 6, x - 5, y });
			} else {
				gc.fillPolygon(new int[] { x - 5, y - 6, x + 5, y - 6, x, y + 4 });
			}
			String label = marker.label().replaceFirst("^(CITES|CMS) ", ""); //$NON-NLS-1$ //$NON-NLS-2$
			int width = gc.textExtent(label).x;
			boolean repeated = (label + x).equals(previous); // two reports due the same day: one label
			previous = label + x;
			for (int row = 0; row < lineEnds.length && !repeated; row++) {
				if (x - width / 2 > lineEnds[row] + 4) {
					gc.setForeground(canvas.getDisplay()
							.getSystemColor(marker.deadline() ? SWT.COLOR_RED : meetingColour()));
					gc.drawText(label, x - width / 2, 18 + row * 13, true);
					lineEnds[row] = x + width / 2;
					break;
				}
			}
			gc.setLineStyle(SWT.LINE_DOT);
			gc.setForeground(
					canvas.getDisplay().getSystemColor(marker.deadline() ? SWT.COLOR_RED : meetingColour()));
			gc.drawLine(x, HEADER, x, area.height - LEGEND);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	private void paintLines(GC gc, Rectangle area) {
		LocalDate reporting = session == null ? null : session.reportingDate();
		if (reporting != null && model.inPeriod(reporting)) {
			verticalLine(gc, area, x(reporting), SWT.COLOR_RED,
					NLS.bind(Messages.TimelineView_reportingDate, Formats.day(reporting)));
		}
		LocalDate today = LocalDate.now();
		if (model.inPeriod(today)) {
			verticalLine(gc, area, x(today), SWT.COLOR_DARK_GREEN, Messages.TimelineView_today);
		}
	}

	private void verticalLine(GC gc, Rectangle area, int x, int colour, String label) {
		gc.setForeground(canvas.getDisplay().getSystemColor(colour));
		gc.setLineWidth(2);
		gc.drawLine(x, HEADER - 8, x, area.height - LEGEND);
		gc.setLineWidth(1);
		Point extent = gc.textExtent(label);
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.drawText(label, Math.max(labels(), x - extent.x - 4), area.height - LEGEND - extent.y - 2, false);
	}

	private void paintLegend(GC gc, Rectangle area) {
		int top = area.height - LEGEND;
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, top, area.width, LEGEND);
		int x = 4;
		for (Map.Entry<ActivityStatus, RGB> entry : COLOURS.entrySet()) {
			Color colour = new Color(entry.getValue());
			gc.setBackground(colour);
			gc.fillRoundRectangle(x, top + 6, 14, 12, 4, 4);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			String status = Formats.literal(entry.getKey());
			gc.drawText(status, x + 18, top + 4, true);
			x += 24 + gc.textExtent(status).x;
		}
		gc.setBackground(system(meetingColour()));
		gc.fillPolygon(new int[] { x, top + 6, x + 10, top + 6, x + 5, top + 16 });
		gc.drawText(Messages.TimelineView_legendMeetings, x + 14, top + 4, true);
		x += 20 + gc.textExtent(Messages.TimelineView_legendMeetings).x;
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
		gc.fillPolygon(new int[] { x + 5, top + 5, x + 10, top + 11, x + 5, top + 17, x, top + 11 });
		gc.drawText(Messages.TimelineView_legendDeadlines, x + 14, top + 4, true);
	}

	/** Whether the system's high-contrast theme is on (SWT on GTK: a theme named "HighContrast..."). */
	private boolean highContrast() {
		return canvas.getDisplay().getHighContrast();
	}

	/** Dark blue for meetings, the theme's text colour in high contrast (dark blue on black is unseen). */
	private int meetingColour() {
		return highContrast() ? SWT.COLOR_LIST_FOREGROUND : SWT.COLOR_DARK_BLUE;
	}

	private Color system(int id) {
		return canvas.getDisplay().getSystemColor(id);
	}

	/** Whether black text reads better than white on {@code rgb} (relative luminance, WCAG). */
	static boolean isLight(RGB rgb) {
		double luminance = 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
		return luminance > 0.179; // where black and white have the same contrast ratio against it
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int length = text.length();
		while (length > 1 && gc.textExtent(text.substring(0, length) + "\u2026").x > width) { //$NON-NLS-1$
			length = Math.max(1, length * 9 / 10);
		}
		return text.substring(0, length) + "\u2026"; //$NON-NLS-1$
	}

	/** What is drawn, for tests. */
	TimelineModel getModel() {
		return model;
	}

	/** The canvas, for tests. */
	Canvas getCanvas() {
		return canvas;
	}

	/** The activity selected here, for tests. */
	Activity getSelected() {
		return selected;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		InstanceScope.INSTANCE.getNode(JwpPreferences.NODE).removePreferenceChangeListener(preferences);
		if (session != null) {
			session.removeValidationListener(afterChanges);
		}
		canvas.getDisplay().timerExec(-1, rebuild);
		super.dispose();
	}

	/** The view's selection: the activity clicked, for the Properties view and other parts. */
	private final class SelectionProvider implements ISelectionProvider {

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			selectionListeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			selectionListeners.remove(listener);
		}

		@Override
		public ISelection getSelection() {
			return selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected);
		}

		@Override
		public void setSelection(ISelection selection) {
			if (selection instanceof StructuredSelection structured
					&& structured.getFirstElement() instanceof Activity activity) {
				select(activity, false);
			}
		}
	}
}
