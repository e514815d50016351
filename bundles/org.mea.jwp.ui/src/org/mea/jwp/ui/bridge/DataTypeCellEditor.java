package org.mea.jwp.ui.bridge;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text cell editor for a data value (text, number, date): converts with the data type's factory,
 * and refuses text it cannot convert, with a message naming the expected form.
 */
class DataTypeCellEditor extends TextCellEditor {

	private final EDataType dataType;

	DataTypeCellEditor(Composite parent, EDataType dataType) {
		super(parent);
		this.dataType = dataType;
		setValidator(value -> {
			try {
				EcoreUtil.createFromString(dataType, (String) value);
				return null;
			} catch (RuntimeException e) {
				return "\"" + value + "\" is not a valid " + describe(dataType); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
	}

	private static String describe(EDataType dataType) {
		Class<?> type = dataType.getInstanceClass();
		if (type == java.time.LocalDate.class) {
			return "date; use the form 2014-12-31"; //$NON-NLS-1$
		}
		if (type == int.class || type == Integer.class) {
			return "whole number"; //$NON-NLS-1$
		}
		return dataType.getName();
	}

	@Override
	protected Object doGetValue() {
		String text = (String) super.doGetValue();
		if (dataType.getInstanceClass() == String.class) {
			return text;
		}
		return text == null || text.isBlank() ? null : EcoreUtil.createFromString(dataType, text);
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : EcoreUtil.convertToString(dataType, value)); //$NON-NLS-1$
	}
}
