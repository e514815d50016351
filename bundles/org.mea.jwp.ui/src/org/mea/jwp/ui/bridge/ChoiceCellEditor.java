package org.mea.jwp.ui.bridge;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo over a list of values (enumeration literals, booleans, referenced elements). */
class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> values;

	ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
		super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < values.size() ? values.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(values.indexOf(value));
	}
}
