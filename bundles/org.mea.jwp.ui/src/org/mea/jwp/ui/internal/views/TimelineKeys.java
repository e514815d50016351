package org.mea.jwp.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.mea.jwp.model.Activity;

/**
 * The Timeline for those who do not use a mouse: the arrow keys move from activity to activity
 * (Home and End to the first and last, Page Up and Down by a screenful), Enter shows the activity
 * in the programme editor, Tab leaves the view; the focused activity is outlined. A screen reader
 * reads the canvas as a list whose items are the activities, each described in words ("B6, not
 * started, 2012, overdue"), so that nothing the bars say by colour is said by colour only.
 */
final class TimelineKeys {

	private final TimelineView view;
	private final Canvas canvas;

	private TimelineKeys(TimelineView view, Canvas canvas) {
		this.view = view;
		this.canvas = canvas;
	}

	static void install(TimelineView view, Canvas canvas) {
		TimelineKeys keys = new TimelineKeys(view, canvas);
		canvas.addListener(SWT.KeyDown, keys::key);
		canvas.addListener(SWT.Traverse, keys::traverse);
		canvas.addListener(SWT.FocusIn, event -> keys.focusIn());
		canvas.addListener(SWT.FocusOut, event -> canvas.redraw());
		keys.accessible(canvas.getAccessible());
	}

	private void traverse(Event event) {
		switch (event.detail) {
		case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS, SWT.TRAVERSE_ESCAPE -> event.doit = true;
		case SWT.TRAVERSE_RETURN, SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_PAGE_NEXT,
				SWT.TRAVERSE_PAGE_PREVIOUS ->
			event.doit = false; // the keys move within the timeline
		default -> {
			// mnemonics and the rest as the platform does them
		}
		}
	}

	/** The first activity gets the focus when the timeline does and nothing is selected. */
	private void focusIn() {
		List<Activity> activities = view.activities();
		if (view.getSelected() == null && !activities.isEmpty()) {
			view.selectFromKeyboard(activities.get(0));
		}
		canvas.redraw();
		announce();
	}

	private void key(Event event) {
		List<Activity> activities = view.activities();
		if (activities.isEmpty()) {
			return;
		}
		int current = activities.indexOf(view.getSelected());
		int page = Math.max(1, canvas.getClientArea().height / TimelineView.ROW - 4);
		int next = switch (event.keyCode) {
		case SWT.ARROW_DOWN -> current + 1;
		case SWT.ARROW_UP -> current < 0 ? 0 : current - 1;
		case SWT.PAGE_DOWN -> current + page;
		case SWT.PAGE_UP -> current - page;
		case SWT.HOME -> 0;
		case SWT.END -> activities.size() - 1;
		default -> Integer.MIN_VALUE;
		};
		if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
			if (view.getSelected() != null) {
				view.reveal(view.getSelected());
			}
			event.doit = false;
			return;
		}
		if (next == Integer.MIN_VALUE) {
			return;
		}
		next = Math.max(0, Math.min(activities.size() - 1, next));
		event.doit = false;
		if (next != current) {
			view.selectFromKeyboard(activities.get(next));
			announce();
		}
	}

	/** Tells a screen reader which item has the focus now. */
	private void announce() {
		int index = view.activities().indexOf(view.getSelected());
		if (index >= 0 && canvas.isFocusControl()) {
			canvas.getAccessible().setFocus(index);
		}
	}

	private void accessible(Accessible accessible) {
		accessible.addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = e.childID == ACC.CHILDID_SELF ? view.getPartName() : describe(e.childID);
			}

			@Override
			public void getHelp(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.result = Messages.TimelineView_keys;
				}
			}
		});
		accessible.addAccessibleControlListener(new AccessibleControlAdapter() {
			@Override
			public void getRole(AccessibleControlEvent e) {
				e.detail = e.childID == ACC.CHILDID_SELF ? ACC.ROLE_LIST : ACC.ROLE_LISTITEM;
			}

			@Override
			public void getChildCount(AccessibleControlEvent e) {
				e.detail = view.activities().size();
			}

			@Override
			public void getChildren(AccessibleControlEvent e) {
				int count = view.activities().size();
				Object[] children = new Object[count];
				for (int i = 0; i < count; i++) {
					children[i] = Integer.valueOf(i);
				}
				e.children = children;
			}

			@Override
			public void getFocus(AccessibleControlEvent e) {
				int index = view.activities().indexOf(view.getSelected());
				e.childID = !canvas.isFocusControl() ? ACC.CHILDID_NONE
						: index >= 0 ? index : ACC.CHILDID_SELF;
			}

			@Override
			public void getSelection(AccessibleControlEvent e) {
				int index = view.activities().indexOf(view.getSelected());
				e.childID = index >= 0 ? index : ACC.CHILDID_NONE;
			}

			@Override
			public void getState(AccessibleControlEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.detail = ACC.STATE_FOCUSABLE | (canvas.isFocusControl() ? ACC.STATE_FOCUSED : 0);
					return;
				}
				List<Activity> activities = view.activities();
				boolean selected = e.childID >= 0 && e.childID < activities.size()
						&& activities.get(e.childID) == view.getSelected();
				e.detail = ACC.STATE_SELECTABLE | ACC.STATE_FOCUSABLE
						| (selected ? ACC.STATE_SELECTED : 0)
						| (selected && canvas.isFocusControl() ? ACC.STATE_FOCUSED : 0);
			}

			@Override
			public void getChildAtPoint(AccessibleControlEvent e) {
				Point point = canvas.toControl(e.x, e.y);
				int index = view.activities().indexOf(view.activityAt(point.y));
				e.childID = index >= 0 ? index
						: canvas.getClientArea().contains(point) ? ACC.CHILDID_SELF
								: ACC.CHILDID_NONE;
			}

			@Override
			public void getLocation(AccessibleControlEvent e) {
				Rectangle bounds = e.childID == ACC.CHILDID_SELF ? canvas.getClientArea() : row(e.childID);
				Point origin = canvas.toDisplay(bounds.x, bounds.y);
				e.x = origin.x;
				e.y = origin.y;
				e.width = bounds.width;
				e.height = bounds.height;
			}
		});
	}

	private String describe(int index) {
		List<Activity> activities = view.activities();
		return index >= 0 && index < activities.size() ? view.describe(activities.get(index)) : null;
	}

	private Rectangle row(int index) {
		List<Activity> activities = view.activities();
		if (index < 0 || index >= activities.size()) {
			return new Rectangle(0, 0, 0, 0);
		}
		int centre = view.rowCentre(activities.get(index));
		return new Rectangle(0, centre - TimelineView.ROW / 2, canvas.getClientArea().width, TimelineView.ROW);
	}
}
