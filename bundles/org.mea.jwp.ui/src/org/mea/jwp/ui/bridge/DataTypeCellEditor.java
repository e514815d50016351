package org.mea.jwp.ui.bridge;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
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
				return invalid(dataType, value);
			}
		});
	}

	/** Why {@code value} is refused, naming the form expected. */
	private static String invalid(EDataType dataType, Object value) {
		Class<?> type = dataType.getInstanceClass();
		if (type == java.time.LocalDate.class) {
			return NLS.bind(Messages.DataTypeCellEditor_invalidDate, value);
		}
		if (type == int.class || type == Integer.class) {
			return NLS.bind(Messages.DataTypeCellEditor_invalidWholeNumber, value);
		}
		return NLS.bind(Messages.DataTypeCellEditor_invalidValue, value, dataType.getName());
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
