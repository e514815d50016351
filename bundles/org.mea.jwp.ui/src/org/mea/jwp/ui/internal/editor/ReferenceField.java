package org.mea.jwp.ui.internal.editor;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.bridge.ItemProviderLabelProvider;

/**
 * A reference or a list-valued feature: a single reference shows its value with Choose… and
 * Clear; a list (partners, species, meetings, decisions… or strings such as the focus list) shows
 * its entries with Add… and Remove. Pickers offer what the item provider allows, filtered by
 * typing, and each change is one command.
 */
final class ReferenceField {

	private final Composite control;
	private final ProgrammeSession session;
	private final IObservableValue<EObject> master;
	private final EStructuralFeature feature;
	private final String name;
	private final ILabelProvider labels;
	private TableViewer list;
	private Text single;

	ReferenceField(FormToolkit toolkit, Composite parent, ProgrammeSession session, IObservableValue<EObject> master,
			EStructuralFeature feature, String name) {
		this.session = session;
		this.master = master;
		this.feature = feature;
		this.name = name;
		labels = new ItemProviderLabelProvider(session.getAdapterFactory());
		control = toolkit.createComposite(parent);
		control.setData(ReferenceField.class.getName(), this);
		control.addDisposeListener(event -> labels.dispose());
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		if (feature.isMany()) {
			createList(toolkit);
		} else {
			createSingle(toolkit);
		}
		toolkit.paintBordersFor(control);
	}

	Composite getControl() {
		return control;
	}

	private void createSingle(FormToolkit toolkit) {
		single = toolkit.createText(control, "", SWT.READ_ONLY | SWT.SINGLE); //$NON-NLS-1$
		AccessibleNames.name(single, name);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(single);
		Composite buttons = toolkit.createComposite(control);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		Button choose = toolkit.createButton(buttons, Messages.ReferenceField_choose, SWT.PUSH);
		choose.addListener(SWT.Selection, event -> choose());
		Button clear = toolkit.createButton(buttons, Messages.ReferenceField_clear, SWT.PUSH);
		clear.addListener(SWT.Selection,
				event -> execute(SetCommand.create(session.getEditingDomain(), master.getValue(),
						feature, SetCommand.UNSET_VALUE)));
		IObservableValue<Object> value = EMFProperties.value(feature).observeDetail(master);
		Runnable show = () -> {
			if (!single.isDisposed()) {
				single.setText(value.getValue() == null ? "" : labels.getText(value.getValue())); //$NON-NLS-1$
			}
		};
		value.addValueChangeListener(event -> show.run());
		control.addDisposeListener(event -> value.dispose());
		show.run();
	}

	@SuppressWarnings("unchecked")
	private void createList(FormToolkit toolkit) {
		list = new TableViewer(toolkit.createTable(control, SWT.MULTI | SWT.V_SCROLL | SWT.FULL_SELECTION));
		list.getControl().setData(FormToolkit.KEY_DRAW_BORDER, FormToolkit.TREE_BORDER);
		AccessibleNames.name(list.getControl(), name);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 64).applyTo(list.getControl());
		ObservableListContentProvider<Object> content = new ObservableListContentProvider<>();
		list.setContentProvider(content);
		list.setLabelProvider(labels);
		IObservableList<Object> values = EMFProperties.list(feature).observeDetail(master);
		list.setInput(values);
		control.addDisposeListener(event -> values.dispose());
		Composite buttons = toolkit.createComposite(control);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
		Button add = toolkit.createButton(buttons, Messages.ReferenceField_add, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> add());
		Button remove = toolkit.createButton(buttons, Messages.ReferenceField_remove, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> {
			List<?> selected = list.getStructuredSelection().toList();
			if (!selected.isEmpty()) {
				execute(RemoveCommand.create(session.getEditingDomain(), master.getValue(), feature, selected));
			}
		});
	}

	/** What the item provider offers for the feature of the current element. */
	List<Object> choices() {
		EObject element = master.getValue();
		IItemPropertySource source = (IItemPropertySource) session.getAdapterFactory().adapt(element,
				IItemPropertySource.class);
		IItemPropertyDescriptor descriptor = source == null ? null : source.getPropertyDescriptor(element, feature);
		Collection<?> offered = descriptor == null ? null : descriptor.getChoiceOfValues(element);
		List<Object> choices = new ArrayList<>();
		if (offered != null) {
			for (Object choice : offered) {
				if (choice != null) {
					choices.add(choice);
				}
			}
		}
		return choices;
	}

	private void choose() {
		Object[] chosen = pick(choices(), false);
		if (chosen != null && chosen.length == 1) {
			execute(SetCommand.create(session.getEditingDomain(), master.getValue(), feature, chosen[0]));
		}
	}

	/** Add… (for tests and keyboard users: the same as the button). */
	void add() {
		EObject element = master.getValue();
		if (element == null) {
			return;
		}
		if (!(feature instanceof EReference)) {
			InputDialog input = new InputDialog(control.getShell(), NLS.bind(Messages.ReferenceField_addToTitle, name),
					NLS.bind(Messages.ReferenceField_valueLabel, name), "", null); //$NON-NLS-1$
			if (input.open() == Window.OK && !input.getValue().isBlank()) {
				execute(AddCommand.create(session.getEditingDomain(), element, feature, input.getValue().strip()));
			}
			return;
		}
		List<Object> choices = choices();
		choices.removeAll((List<?>) element.eGet(feature));
		Object[] chosen = pick(choices, true);
		if (chosen != null && chosen.length > 0) {
			execute(AddCommand.create(session.getEditingDomain(), element, feature, List.of(chosen)));
		}
	}

	private Object[] pick(List<Object> choices, boolean multiple) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(control.getShell(), labels);
		dialog.setTitle(
				NLS.bind(multiple ? Messages.ReferenceField_addTitle : Messages.ReferenceField_chooseTitle, name));
		dialog.setMessage(multiple ? Messages.ReferenceField_filterSeveral : Messages.ReferenceField_filterOne);
		dialog.setMultipleSelection(multiple);
		dialog.setElements(choices.toArray());
		return dialog.open() == IDialogConstants.OK_ID ? dialog.getResult() : null;
	}

	private void execute(Command command) {
		if (master.getValue() != null && command.canExecute()) {
			session.getCommandStack().execute(command);
		}
	}
}
