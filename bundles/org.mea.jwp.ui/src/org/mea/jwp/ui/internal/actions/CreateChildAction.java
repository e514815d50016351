package org.mea.jwp.ui.internal.actions;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/**
 * Creates one kind of child (or sibling) offered by the item providers, as a command. Text and
 * icon come from the command ("Activity", "Progress Entry"...), so the menu always matches what
 * the model allows at that place.
 */
public class CreateChildAction extends Action {

	private final EditingDomain domain;
	private final Command command;

	/**
	 * @param owner the element that receives the new child (for a sibling: the selection's parent)
	 * @param descriptor a descriptor from {@code EditingDomain.getNewChildDescriptors}
	 * @param selection the selected elements (the new element is placed relative to them)
	 */
	public CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection) {
		this.domain = domain;
		Command created = owner == null ? UnexecutableCommand.INSTANCE
				: CreateChildCommand.create(domain, owner, descriptor, selection);
		this.command = created;
		if (created instanceof CommandActionDelegate delegate) {
			setText(delegate.getText());
			setToolTipText(delegate.getToolTipText());
			setImageDescriptor(ItemProviderLabelProvider.descriptorOf(delegate.getImage()));
		}
		setEnabled(created.canExecute());
	}

	@Override
	public void run() {
		domain.getCommandStack().execute(command);
	}
}
