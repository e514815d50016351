package org.mea.jwp.ui.bridge;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * A property sheet source over an item provider. Values are set through
 * {@link IItemPropertyDescriptor#setPropertyValue}, which executes a command on the editing domain
 * of the object, so every edit made in the Properties view is undoable.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;

	public ItemPropertySource(Object object, IItemPropertySource itemPropertySource) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		// the sheet shows the wrapper's label; editors get the raw value back through getEditableValue
		return value instanceof PropertyValueWrapper wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

}
