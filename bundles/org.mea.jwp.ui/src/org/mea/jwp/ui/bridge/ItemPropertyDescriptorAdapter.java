package org.mea.jwp.ui.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for an item property descriptor: its name, category and label,
 * and a cell editor fitting the feature: a list of choices for enumerations, booleans and single
 * references; a text field with conversion and validation for data values. Many-valued features
 * are shown but edited in the programme editor, not in the sheet.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		if (feature instanceof EStructuralFeature structural && structural.isMany()) {
			return null;
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null) {
			List<Object> values = new ArrayList<>(choices);
			return new ChoiceCellEditor(parent, values, getLabelProvider());
		}
		if (feature instanceof EAttribute attribute && attribute.getEType() instanceof EDataType dataType) {
			return new DataTypeCellEditor(parent, dataType);
		}
		return null;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Collection<?> many) {
					return many.stream().map(itemLabels::getText).reduce((a, b) -> a + ", " + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return element == null ? "" : itemLabels.getText(element); //$NON-NLS-1$
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor anotherProperty) {
		return false;
	}
}
