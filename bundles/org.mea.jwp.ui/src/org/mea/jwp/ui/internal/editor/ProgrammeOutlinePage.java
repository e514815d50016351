package org.mea.jwp.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/**
 * The Outline of the programme editor: only the structure of the work programme (themes, groups,
 * activities), for moving around a long programme; selecting shows the element in the editor.
 */
final class ProgrammeOutlinePage extends ContentOutlinePage {

	private final ProgrammeEditor editor;

	ProgrammeOutlinePage(ProgrammeEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Structure());
		viewer.setLabelProvider(new ItemProviderLabelProvider(editor.getSession().getAdapterFactory()));
		viewer.setInput(editor.getSession().getProgramme());
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof EObject element) {
				editor.showElement(element);
			}
		});
		// follow structural changes (new activities, moves) without listening to every attribute
		editor.getSession().getCommandStack().addCommandStackListener(refresh);
		viewer.getControl().addDisposeListener(
				event -> editor.getSession().getCommandStack().removeCommandStackListener(refresh));
	}

	private final org.eclipse.emf.common.command.CommandStackListener refresh = event -> {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().refresh();
		}
	};

	/** Themes, their groups and the groups' activities. */
	private static final class Structure implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Programme programme ? programme.getThemes().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<?> children = parent instanceof Theme theme ? theme.getGroups()
					: parent instanceof ActivityGroup group ? group.getActivities() : List.of();
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object && !(element instanceof Programme) ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !(element instanceof Activity) && getChildren(element).length > 0;
		}
	}
}
