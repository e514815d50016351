package org.mea.jwp.ui.internal.editor;

import java.util.Objects;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.operations.TimeframeOperations;
import org.mea.jwp.model.operations.Timeframes;

/**
 * The timeframe of an activity as the document words it ("2012-13", "On-going", "Annual and
 * as-required"…), with the reading of it shown under the field while typing ("from 2012 to
 * 2013"). A wording that is none of the accepted forms is marked and not applied; an accepted one
 * replaces the timeframe with one command when the field loses the focus or Enter is pressed.
 */
final class TimeframeField {

	private final Composite control;
	private final Text text;
	private final Label understood;
	private final ControlDecoration error;
	private final org.mea.jwp.ui.ProgrammeSession session;
	private final IObservableValue<EObject> master;
	private boolean updating;

	TimeframeField(FormToolkit toolkit, Composite parent, org.mea.jwp.ui.ProgrammeSession session,
			IObservableValue<EObject> master) {
		this.session = session;
		this.master = master;
		control = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		text = toolkit.createText(control, "", SWT.SINGLE); //$NON-NLS-1$
		text.setMessage(Messages.TimeframeField_hint);
		text.setData(ElementForm.FieldKeys.FEATURE, "timeframe"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(text);
		understood = toolkit.createLabel(control, "", SWT.WRAP); //$NON-NLS-1$
		understood.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(8, 0).applyTo(understood);
		error = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		error.setImage(
				FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		error.hide();
		toolkit.paintBordersFor(control);
		text.addModifyListener(event -> {
			if (!updating) {
				interpret();
			}
		});
		text.addListener(SWT.FocusOut, event -> apply());
		text.addListener(SWT.DefaultSelection, event -> apply());
		// follow the selected activity and changes to its timeframe (undo, other views)
		IObservableValue<Object> timeframe = EMFProperties.value(JwpPackage.Literals.ACTIVITY__TIMEFRAME)
				.observeDetail(master);
		timeframe.addValueChangeListener(event -> show());
		master.addValueChangeListener(event -> show());
		control.addDisposeListener(event -> timeframe.dispose());
		show();
	}

	Composite getControl() {
		return control;
	}

	/** The wording field, for tests. */
	Text getText() {
		return text;
	}

	/** The line saying how the wording was understood, for tests. */
	Label getUnderstood() {
		return understood;
	}

	private Activity activity() {
		return master.getValue() instanceof Activity activity ? activity : null;
	}

	private void show() {
		if (text.isDisposed()) {
			return;
		}
		Activity activity = activity();
		Timeframe timeframe = activity == null ? null : activity.getTimeframe();
		updating = true;
		try {
			String wording = timeframe == null ? "" : Timeframes.wording(timeframe); //$NON-NLS-1$
			if (!text.getText().equals(wording)) {
				text.setText(wording == null ? "" : wording); //$NON-NLS-1$
			}
		} finally {
			updating = false;
		}
		interpret();
	}

	/** Reads the wording and says how it was understood, or why not. */
	private Timeframe interpret() {
		try {
			Timeframe parsed = Timeframes.parse(text.getText());
			understood.setText(NLS.bind(Messages.TimeframeField_understood, TimeframeOperations.describe(parsed)));
			error.hide();
			control.layout(true);
			return parsed;
		} catch (IllegalArgumentException e) {
			understood.setText(e.getMessage());
			error.setDescriptionText(e.getMessage());
			error.show();
			control.getParent().layout(true, true);
			return null;
		}
	}

	/** Replaces the activity's timeframe when the wording is accepted and differs. */
	private void apply() {
		Activity activity = activity();
		if (activity == null || updating) {
			return;
		}
		String current = activity.getTimeframe() == null ? "" : Timeframes.wording(activity.getTimeframe()); //$NON-NLS-1$
		if (Objects.equals(current == null ? "" : current, text.getText())) { //$NON-NLS-1$
			return;
		}
		Timeframe parsed = interpret();
		if (parsed != null) {
			session.getCommandStack().execute(SetCommand.create(session.getEditingDomain(), activity,
					JwpPackage.Literals.ACTIVITY__TIMEFRAME, parsed));
		}
	}
}
