package org.mea.jwp.ui.internal.actions;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop inside a programme tree, as EMF.Edit {@link DragAndDropCommand}s: dropping on an
 * element moves into it (an activity onto a group), dropping between elements reorders; Ctrl
 * copies. What may go where is decided by the item providers, exactly as for paste. JFace's
 * {@link LocalSelectionTransfer} carries the selection (EMF's LocalTransfer lives in
 * emf.edit.ui, which is not available).
 */
final class TreeDragAndDrop {

	private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

	private final TreeViewer viewer;
	private final Supplier<EditingDomain> domain;

	TreeDragAndDrop(TreeViewer viewer, Supplier<EditingDomain> domain) {
		this.viewer = viewer;
		this.domain = domain;
	}

	void install() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = domain.get() != null && !viewer.getStructuredSelection().isEmpty();
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(OPERATIONS, transfers, new Drop());
	}

	/**
	 * The command for dropping {@code dragged} on {@code target} at {@code location} (a fraction
	 * of the target's height: below 0.2 before it, above 0.8 after it, else onto it).
	 */
	static Command command(EditingDomain domain, Object target, float location, int operation, Collection<?> dragged) {
		return DragAndDropCommand.create(domain, target, location, OPERATIONS, operation, dragged);
	}

	private final class Drop extends ViewerDropAdapter {

		Drop() {
			super(viewer);
			setFeedbackEnabled(true);
		}

		private float location() {
			return switch (getCurrentLocation()) {
			case LOCATION_BEFORE -> 0.1f;
			case LOCATION_AFTER -> 0.9f;
			default -> 0.5f;
			};
		}

		private Command current(Object target) {
			if (domain.get() == null || target == null
					|| !(LocalSelectionTransfer.getTransfer()
							.getSelection() instanceof IStructuredSelection selection)) {
				return null;
			}
			List<?> dragged = selection.toList();
			return command(domain.get(), target, location(), getCurrentOperation(), dragged);
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData type) {
			if (!LocalSelectionTransfer.getTransfer().isSupportedType(type)) {
				return false;
			}
			Command command = current(target);
			boolean ok = command != null && command.canExecute();
			if (command instanceof DragAndDropFeedback feedback && ok) {
				overrideOperation(feedback.getOperation());
			}
			if (command != null) {
				command.dispose();
			}
			return ok;
		}

		@Override
		public boolean performDrop(Object data) {
			Command command = current(getCurrentTarget());
			if (command == null || !command.canExecute()) {
				return false;
			}
			domain.get().getCommandStack().execute(command);
			return true;
		}
	}
}
