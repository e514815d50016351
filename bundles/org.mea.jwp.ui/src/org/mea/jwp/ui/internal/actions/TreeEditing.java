package org.mea.jwp.ui.internal.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.mea.jwp.ui.ProgrammeSession;

/**
 * Editing of a programme tree, shared by the Programme Explorer and the editor's master tree:
 * the context menu (New Child / New Sibling from the item providers, Cut, Copy, Paste, Delete),
 * the global Edit actions (Undo/Redo on the session's command stack, Cut/Copy/Paste/Delete) and
 * drag and drop. Every change is an EMF.Edit command, so it is undoable wherever it was made.
 */
public final class TreeEditing {

	private final TreeViewer viewer;
	private final Supplier<ProgrammeSession> session;
	private final IWorkbenchPartSite site;
	private final SelectionCommandAction cut;
	private final SelectionCommandAction copy;
	private final SelectionCommandAction paste;
	private final Action delete;
	private CommandStackAction undo;
	private CommandStackAction redo;

	public TreeEditing(TreeViewer viewer, Supplier<ProgrammeSession> session, IWorkbenchPartSite site) {
		this.viewer = viewer;
		this.session = session;
		this.site = site;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		cut = new SelectionCommandAction(Messages.TreeEditing_cut,
				images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT),
				selection -> CutToClipboardCommand.create(domain(), selection));
		copy = new SelectionCommandAction(Messages.TreeEditing_copy,
				images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY),
				selection -> CopyToClipboardCommand.create(domain(), selection));
		paste = new SelectionCommandAction(Messages.TreeEditing_paste,
				images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE),
				selection -> selection.size() == 1 ? PasteFromClipboardCommand.create(domain(), selection.get(0), null)
						: UnexecutableCommand.INSTANCE);
		delete = new Action(Messages.TreeEditing_delete, images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE)) {
			@Override
			public void run() {
				if (session.get() != null) {
					deleteAction(selection()).run();
				}
			}
		};
		viewer.addSelectionChangedListener(event -> updateEnablement());
		updateEnablement();
		new TreeDragAndDrop(viewer, this::domain).install();
	}

	private EditingDomain domain() {
		ProgrammeSession current = session.get();
		return current == null ? null : current.getEditingDomain();
	}

	private List<?> selection() {
		return viewer.getStructuredSelection().toList();
	}

	/**
	 * The command that dropping {@code dragged} on {@code target} performs; {@code location} is the
	 * fraction of the target's height where it is dropped (below 0.2 before it, above 0.8 after it,
	 * else onto it), {@code operation} a {@code DND.DROP_*} constant.
	 */
	public static Command dropCommand(EditingDomain domain, Object target, float location, int operation,
			java.util.Collection<?> dragged) {
		return TreeDragAndDrop.command(domain, target, location, operation, dragged);
	}

	/** Recomputes which Edit actions apply (the clipboard may have changed too). */
	public void updateEnablement() {
		List<?> selection = session.get() == null ? List.of() : selection();
		cut.update(selection);
		copy.update(selection);
		paste.update(selection);
		// what the item providers refuse (a recorded baseline, a cycle holding one) cannot be deleted
		delete.setEnabled(
				!selection.isEmpty() && DeleteCommand.create(domain(), new ArrayList<>(selection)).canExecute());
	}

	/** Installs the context menu on the tree and registers it with the part's site for plug-ins. */
	public void installContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu"); //$NON-NLS-1$
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		site.registerContextMenu(menu, viewer);
	}

	/**
	 * Makes the Edit actions of the workbench work on the tree while its part is active; called
	 * again when the session changes (Undo/Redo follow the session's command stack).
	 */
	public void installGlobalActions(IActionBars bars) {
		disposeUndoRedo();
		ProgrammeSession current = session.get();
		if (current != null) {
			undo = new CommandStackAction(current.getCommandStack(), true);
			redo = new CommandStackAction(current.getCommandStack(), false);
		}
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.updateActionBars();
		updateEnablement();
	}

	/**
	 * The context menu: New Child and New Sibling as the item providers allow them at the
	 * selection, the clipboard, Delete, and the {@code additions} group for plug-ins.
	 */
	public void fillContextMenu(IMenuManager menu) {
		ProgrammeSession current = session.get();
		if (current == null) {
			return;
		}
		EditingDomain domain = current.getEditingDomain();
		List<?> selection = selection();
		if (selection.size() == 1) {
			Object element = selection.get(0);
			MenuManager child = new MenuManager(Messages.TreeEditing_newChild);
			for (Object descriptor : domain.getNewChildDescriptors(element, null)) {
				child.add(new CreateChildAction(domain, element, descriptor, selection));
			}
			menu.add(child);
			Object parent = content().getParent(element);
			MenuManager sibling = new MenuManager(Messages.TreeEditing_newSibling);
			if (parent != null) {
				for (Object descriptor : domain.getNewChildDescriptors(null, element)) {
					sibling.add(new CreateChildAction(domain, parent, descriptor, selection));
				}
			}
			menu.add(sibling);
			menu.add(new Separator());
		}
		updateEnablement();
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new Separator());
		menu.add(deleteAction(selection));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Delete for {@code selection}, asking first when something in it has children. */
	public DeleteAction deleteAction(List<?> selection) {
		return new DeleteAction(domain(), selection, content(), (ILabelProvider) viewer.getLabelProvider(),
				site.getShell());
	}

	private ITreeContentProvider content() {
		return (ITreeContentProvider) viewer.getContentProvider();
	}

	private void disposeUndoRedo() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
			undo = redo = null;
		}
	}

	public void dispose() {
		disposeUndoRedo();
	}

	/** An action that executes the command made from the current selection. */
	private final class SelectionCommandAction extends Action {

		private final Function<List<?>, Command> factory;
		private Command command = UnexecutableCommand.INSTANCE;

		SelectionCommandAction(String text, org.eclipse.jface.resource.ImageDescriptor image,
				Function<List<?>, Command> factory) {
			super(text, image);
			this.factory = factory;
		}

		void update(List<?> selection) {
			command = selection.isEmpty() || domain() == null ? UnexecutableCommand.INSTANCE
					: factory.apply(new ArrayList<>(selection));
			setEnabled(command.canExecute());
		}

		@Override
		public void run() {
			update(selection());
			if (command.canExecute()) {
				domain().getCommandStack().execute(command);
				updateEnablement();
			}
		}
	}
}
