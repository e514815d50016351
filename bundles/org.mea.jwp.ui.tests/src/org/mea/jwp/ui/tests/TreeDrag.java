package org.mea.jwp.ui.tests;

import java.lang.reflect.Constructor;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A drag on a tree, event by event, as SWT delivers it: the tree's drag source gets DragStart,
 * its drop target DragEnter, DragOver, DropAccept and Drop at a point of the target row, the
 * source DragEnd. The operation is the one the keys choose (move; copy with Ctrl). Only the
 * window system's part is skipped: Xvfb has no drag-and-drop protocol to drive, and SWTBot is not
 * available. SWT's DND events are of a package-private class, made here by reflection.
 */
public final class TreeDrag {

	/** Where on the target row the mouse is released. */
	public enum Where {
		/** The row's top edge: before the target. */
		BEFORE,
		/** The row's middle: onto (into) the target. */
		ON,
		/** The row's bottom edge: after the target. */
		AFTER
	}

	private TreeDrag() {
	}

	/**
	 * Drags the items selected in {@code tree} onto {@code target}; returns the operation the drop
	 * reported ({@code DND.DROP_NONE} when it was refused).
	 */
	public static int drag(Tree tree, TreeItem target, Where where, int operation) {
		DragSource source = (DragSource) tree.getData(DND.DRAG_SOURCE_KEY);
		DropTarget drop = (DropTarget) tree.getData(DND.DROP_TARGET_KEY);
		if (source == null || drop == null) {
			throw new AssertionError("the tree has no drag source or drop target");
		}
		Rectangle row = target.getBounds();
		Point inTree = new Point(row.x + Math.min(20, row.width / 2), switch (where) {
		case BEFORE -> row.y + 1;
		case ON -> row.y + row.height / 2;
		case AFTER -> row.y + row.height - 2;
		});
		Point onScreen = tree.toDisplay(inTree);

		Event start = event(source, inTree.x, inTree.y);
		start.doit = true;
		source.notifyListeners(DND.DragStart, start);
		if (!start.doit) {
			return DND.DROP_NONE;
		}
		TransferData type = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
		int detail = operation;
		for (int kind : new int[] { DND.DragEnter, DND.DragOver, DND.DropAccept }) {
			Event over = dropEvent(drop, onScreen, target, detail, type);
			drop.notifyListeners(kind, over);
			detail = over.detail;
			if (detail == DND.DROP_NONE) {
				break;
			}
		}
		if (detail != DND.DROP_NONE) {
			Event dropped = dropEvent(drop, onScreen, target, detail, type);
			dropped.data = LocalSelectionTransfer.getTransfer().getSelection();
			drop.notifyListeners(DND.Drop, dropped);
			detail = dropped.detail;
		}
		Event end = event(source, inTree.x, inTree.y);
		end.detail = detail;
		end.doit = detail != DND.DROP_NONE;
		source.notifyListeners(DND.DragEnd, end);
		return detail;
	}

	private static Event dropEvent(DropTarget drop, Point onScreen, TreeItem target, int detail, TransferData type) {
		Event event = event(drop, onScreen.x, onScreen.y);
		event.item = target;
		event.detail = detail;
		set(event, "operations", DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK);
		set(event, "dataType", type);
		set(event, "dataTypes", new TransferData[] { type });
		set(event, "feedback", DND.FEEDBACK_SELECT);
		return event;
	}

	private static Event event(org.eclipse.swt.widgets.Widget widget, int x, int y) {
		try {
			Constructor<?> constructor = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DND.class.getClassLoader())
					.getDeclaredConstructor();
			constructor.setAccessible(true);
			Event event = (Event) constructor.newInstance();
			event.widget = widget;
			event.display = widget.getDisplay();
			event.time = (int) System.currentTimeMillis();
			event.x = x;
			event.y = y;
			event.stateMask = SWT.BUTTON1;
			return event;
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("SWT's DND event class is not where it was", e);
		}
	}

	private static void set(Event event, String field, Object value) {
		try {
			var f = event.getClass().getDeclaredField(field);
			f.setAccessible(true);
			f.set(event, value);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("SWT's DND event has no field " + field, e);
		}
	}
}
