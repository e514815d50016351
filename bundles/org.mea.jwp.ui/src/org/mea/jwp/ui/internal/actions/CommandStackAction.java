package org.mea.jwp.ui.internal.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Undo or Redo on a command stack, labelled with the command ("Undo Set Code") and enabled only
 * when there is something to undo or redo. Installed as the global Undo/Redo handler of the parts
 * that edit the programme, so the Edit menu, the tool bar and Ctrl+Z/Ctrl+Y all use it.
 */
public final class CommandStackAction extends Action implements CommandStackListener {

	private final CommandStack stack;
	private final boolean undo;

	public CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		stack.addCommandStackListener(this);
		update();
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	public void update() {
		Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		if (command == null || command.getLabel() == null) {
			setText(undo ? Messages.CommandStackAction_undo : Messages.CommandStackAction_redo);
		} else {
			setText(NLS.bind(undo ? Messages.CommandStackAction_undoCommand : Messages.CommandStackAction_redoCommand,
					command.getLabel()));
		}
	}

	public void dispose() {
		stack.removeCommandStackListener(this);
	}
}
