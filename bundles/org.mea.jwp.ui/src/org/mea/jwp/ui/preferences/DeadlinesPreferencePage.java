package org.mea.jwp.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.mea.jwp.core.cycles.DeadlineRules;
import org.mea.jwp.model.Convention;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window > Preferences > JWP Workbench > Reporting Deadlines: how many days before the first day of
 * a committee's meeting the secretariat's documents for it are due, for the CITES Standing Committee,
 * the CMS Standing Committee and the committees of other conventions. Stored through
 * {@link DeadlineRules}, so the Deadlines view, the status overview and the command line agree.
 */
public class DeadlinesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Spinner cites;
	private Spinner cms;
	private Spinner other;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("A report to a committee meeting is due this many days before the first day of the meeting."); //$NON-NLS-1$
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
		DeadlineRules rules = DeadlineRules.fromPreferences();
		cites = row(body, "CITES Standing Committee:", rules.daysBefore(Convention.CITES), DeadlineRules.DEFAULT_CITES); //$NON-NLS-1$
		cms = row(body, "CMS Standing Committee:", rules.daysBefore(Convention.CMS), DeadlineRules.DEFAULT_CMS); //$NON-NLS-1$
		other = row(body, "Committees of other conventions:", rules.daysBefore(Convention.NONE), DeadlineRules.DEFAULT_OTHER); //$NON-NLS-1$
		Label explanation = new Label(body, SWT.WRAP);
		explanation.setText("The defaults (CITES Standing Committee 60 days, CMS Standing Committee 45 days, others 60 days) " //$NON-NLS-1$
				+ "are the submission deadlines JWP Workbench assumes for a secretariat's working documents. The Rules of " //$NON-NLS-1$
				+ "Procedure of each committee, and the notification convening each meeting, set the deadline that applies: " //$NON-NLS-1$
				+ "check them and change the numbers here. A reporting obligation whose meeting has no date keeps the date " //$NON-NLS-1$
				+ "the programme gives it. The Deadlines view, the status overview report and the command line use these values."); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).indent(0, 12).applyTo(explanation);
		return body;
	}

	private static Spinner row(Composite body, String label, int value, int byDefault) {
		new Label(body, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(body, SWT.BORDER);
		spinner.setValues(value, 0, 365, 0, 1, 10);
		new Label(body, SWT.NONE).setText("days before the meeting (default " + byDefault + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		return spinner;
	}

	@Override
	protected void performDefaults() {
		cites.setSelection(DeadlineRules.DEFAULT_CITES);
		cms.setSelection(DeadlineRules.DEFAULT_CMS);
		other.setSelection(DeadlineRules.DEFAULT_OTHER);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		DeadlineRules rules = DeadlineRules.defaults();
		for (Convention convention : Convention.values()) {
			rules = rules.with(convention, switch (convention) {
			case CITES -> cites.getSelection();
			case CMS -> cms.getSelection();
			default -> other.getSelection();
			});
		}
		try {
			rules.store();
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("The deadline rules could not be stored: " + e.getMessage()); //$NON-NLS-1$
			return false;
		}
	}

	/** For tests. */
	Spinner getCmsDays() {
		return cms;
	}

	Spinner getCitesDays() {
		return cites;
	}
}
