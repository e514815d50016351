package org.mea.jwp.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IFormPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/**
 * The form for the element selected in the master tree, one page per kind of element: every
 * attribute and reference, bound to the selected element, with the findings of validation on
 * the fields.
 */
final class ElementDetailsPage extends AbstractFormPart implements IDetailsPage {

	private final ProgrammeSession session;
	private final EClass eClass;
	private final WritableValue<EObject> element = new WritableValue<>(null, EObject.class);
	private final DataBindingContext bindings = new DataBindingContext();
	private final Consumer<Diagnostic> findingsListener = result -> showFindings();
	private ElementForm form;
	private Section section;
	private ItemProviderLabelProvider labels;
	private TranslationFields translations;

	ElementDetailsPage(ProgrammeSession session, EClass eClass) {
		this.session = session;
		this.eClass = eClass;
	}

	@Override
	public void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		FormToolkit toolkit = getManagedForm().getToolkit();
		section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
		section.setText(org.mea.jwp.ui.internal.views.Formats.typeName(eClass));
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).spacing(8, 4).applyTo(client);
		section.setClient(client);
		labels = new ItemProviderLabelProvider(session.getAdapterFactory());
		form = new ElementForm(toolkit, session, element, bindings);
		form.createFields(client, eClass, ElementForm.editableFeatures(eClass));
		toolkit.paintBordersFor(client);
		if (!ElementForm.isFrozen(eClass) && !TranslationFields.attributes(eClass).isEmpty()) {
			translations = new TranslationFields(toolkit, session);
			translations.createContents(parent, eClass);
		}
		session.addValidationListener(findingsListener);
	}

	@Override
	public void selectionChanged(IFormPart part, ISelection selection) {
		Object selected = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		EObject newElement = selected instanceof EObject object && object.eClass() == eClass ? object : null;
		element.setValue(newElement);
		if (translations != null) {
			translations.show(newElement);
		}
		if (newElement != null) {
			section.setText(labels.getText(newElement));
			section.setDescription(NLS.bind(ElementForm.isFrozen(eClass) ? Messages.ElementDetailsPage_frozen
					: Messages.ElementDetailsPage_editable, org.mea.jwp.ui.internal.views.Formats.typeName(eClass)));
		}
		showFindings();
		section.getParent().layout(true, true);
	}

	private void showFindings() {
		if (section == null || section.isDisposed()) {
			return;
		}
		form.showFindings(element.getValue(), session.getFindings(), getManagedForm().getMessageManager());
		section.layout(true, true);
	}

	/** The element shown, for tests. */
	EObject getElement() {
		return element.getValue();
	}

	@Override
	public void dispose() {
		session.removeValidationListener(findingsListener);
		bindings.dispose();
		if (labels != null) {
			labels.dispose();
		}
		super.dispose();
	}
}
