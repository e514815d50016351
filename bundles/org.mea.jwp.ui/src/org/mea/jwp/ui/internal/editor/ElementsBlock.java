package org.mea.jwp.ui.internal.editor;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IDetailsPageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.MasterDetailsBlock;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.mea.jwp.ui.FindingsLabelProvider;
import org.mea.jwp.ui.internal.team.Decorations;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemProviderContentProvider;
import org.mea.jwp.ui.internal.views.ActivityQuery;
import org.mea.jwp.ui.internal.views.ActivityQueryFilter;

/**
 * Master and details of the Elements page: the programme tree (with the explorer's filter
 * language) on the left, and on the right the form of the selected element, one details page per
 * kind of element.
 */
final class ElementsBlock extends MasterDetailsBlock {

	private final ProgrammeSession session;
	private TreeViewer viewer;
	private final ActivityQueryFilter filter = new ActivityQueryFilter(this::reportingDate);
	private Text filterText;

	ElementsBlock(ProgrammeSession session) {
		this.session = session;
	}

	@Override
	protected void createMasterPart(IManagedForm managedForm, Composite parent) {
		FormToolkit toolkit = managedForm.getToolkit();
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Messages.ElementsBlock_title);
		section.setDescription(Messages.ElementsBlock_description);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(0, 4).applyTo(client);
		filterText = toolkit.createText(client, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL); //$NON-NLS-1$
		filterText.setMessage(Messages.ElementsBlock_filterHint);
		AccessibleNames.name(filterText, Messages.ElementsBlock_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		Runnable applyFilter = this::applyFilter;
		filterText.addModifyListener(event -> {
			parent.getDisplay().timerExec(-1, applyFilter);
			parent.getDisplay().timerExec(250, applyFilter);
		});
		// from the filter to what it found without the mouse: Down or Enter selects the first activity
		filterText.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				event.doit = false;
				parent.getDisplay().timerExec(-1, applyFilter);
				applyFilter();
				selectFirstFound();
				viewer.getControl().setFocus();
			}
		});
		viewer = new TreeViewer(toolkit.createTree(client, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL));
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 400).applyTo(viewer.getControl());
		AccessibleNames.name(viewer.getControl(), Messages.ElementsBlock_title);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ItemProviderContentProvider(session.getAdapterFactory()));
		FindingsLabelProvider labels = new FindingsLabelProvider(session.getAdapterFactory(), session::getFindings);
		viewer.setLabelProvider(Decorations.of(labels, session));
		viewer.addFilter(filter);
		viewer.setInput(session.getResource());
		viewer.expandToLevel(2);
		java.util.function.Consumer<Diagnostic> relabel = result -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(true);
			}
		};
		session.addValidationListener(relabel);
		viewer.getControl().addDisposeListener(event -> session.removeValidationListener(relabel));
		toolkit.paintBordersFor(client);
		section.setClient(client);
		SectionPart part = new SectionPart(section);
		managedForm.addPart(part);
		viewer.addSelectionChangedListener(event -> managedForm.fireSelectionChanged(part, event.getSelection()));
	}

	/** Selects the first activity the tree shows (the first element when it shows none). */
	private void selectFirstFound() {
		org.eclipse.swt.widgets.TreeItem[] top = viewer.getTree().getItems();
		org.eclipse.swt.widgets.TreeItem first = firstActivity(top);
		Object chosen = first != null ? first.getData() : top.length > 0 ? top[0].getData() : null;
		if (chosen != null) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(chosen), true);
		}
	}

	private static org.eclipse.swt.widgets.TreeItem firstActivity(org.eclipse.swt.widgets.TreeItem[] items) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			if (item.getData() instanceof org.mea.jwp.model.Activity) {
				return item;
			}
			org.eclipse.swt.widgets.TreeItem inside = item.getExpanded() ? firstActivity(item.getItems()) : null;
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private void applyFilter() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		filter.setQuery(ActivityQuery.parse(filterText.getText()));
		viewer.refresh();
		viewer.expandToLevel(filter.getQuery().isEmpty() ? 2 : 4);
	}

	@Override
	public void createContent(IManagedForm managedForm, Composite parent) {
		super.createContent(managedForm, parent);
		sashForm.setWeights(42, 58); // the form needs the room: labels, long texts, pickers
		// the page fits the editor: without a hint the sash asks for the width of the longest tree
		// item plus the widest form, and the form scrolls sideways with its right half out of view
		org.eclipse.swt.layout.GridData layout = (org.eclipse.swt.layout.GridData) sashForm.getLayoutData();
		layout.widthHint = 400;
		layout.heightHint = 300;
	}

	@Override
	protected void registerPages(DetailsPart detailsPart) {
		detailsPart.setPageLimit(12);
		detailsPart.setPageProvider(new IDetailsPageProvider() {
			@Override
			public Object getPageKey(Object object) {
				return object instanceof EObject element ? element.eClass() : null;
			}

			@Override
			public IDetailsPage getPage(Object key) {
				return key instanceof EClass eClass ? new ElementDetailsPage(session, eClass) : null;
			}
		});
	}

	@Override
	protected void createToolBarActions(IManagedForm managedForm) {
		// the editor's actions are in the context menu and the workbench's Edit menu
	}

	TreeViewer getViewer() {
		return viewer;
	}

	/** The current details page, for tests. */
	IDetailsPage getCurrentPage() {
		return detailsPart.getCurrentPage();
	}

	private LocalDate reportingDate() {
		return session.reportingDate();
	}
}
