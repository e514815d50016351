package org.mea.jwp.ui.internal.editor;

import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.mea.jwp.ui.ProgrammeSession;

/** The second page of the programme editor: the tree of the programme and the selected element's form. */
final class ElementsPage extends FormPage {

	static final String ID = "org.mea.jwp.ui.editor.elements"; //$NON-NLS-1$

	private final ElementsBlock block;

	ElementsPage(ProgrammeEditor editor, ProgrammeSession session) {
		super(editor, ID, Messages.ElementsPage_tab);
		block = new ElementsBlock(session);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText(Messages.ElementsPage_title);
		managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
		block.createContent(managedForm);
	}

	ElementsBlock getBlock() {
		return block;
	}
}
