package org.mea.jwp.ui.internal.actions;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Deletes the selected elements with EMF's {@link DeleteCommand}, which also removes every
 * reference to them, so undo brings back the elements and the references. Asks first when
 * something selected has children (a theme, a group, an activity with progress entries).
 */
public class DeleteAction extends Action {

	private final EditingDomain domain;
	private final List<?> selection;
	private final ITreeContentProvider content;
	private final ILabelProvider labels;
	private final Shell shell;

	public DeleteAction(EditingDomain domain, List<?> selection, ITreeContentProvider content, ILabelProvider labels,
			Shell shell) {
		super(Messages.DeleteAction_label);
		this.domain = domain;
		this.selection = selection;
		this.content = content;
		this.labels = labels;
		this.shell = shell;
		setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		setEnabled(!selection.isEmpty() && createCommand().canExecute());
	}

	private Command createCommand() {
		return DeleteCommand.create(domain, selection);
	}

	@Override
	public void run() {
		int withChildren = 0;
		for (Object element : selection) {
			withChildren += content.getChildren(element).length;
		}
		if (withChildren > 0) {
			NumberFormat count = NumberFormat.getIntegerInstance();
			String question = selection.size() == 1
					? NLS.bind(Messages.DeleteAction_confirmOne, labels.getText(selection.get(0)),
							count.format(withChildren))
					: NLS.bind(Messages.DeleteAction_confirmMany, count.format(selection.size()),
							count.format(withChildren));
			if (!MessageDialog.openConfirm(shell, Messages.DeleteAction_title, question)) {
				return;
			}
		}
		domain.getCommandStack().execute(createCommand());
	}
}
