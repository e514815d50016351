package org.mea.jwp.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
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
		setDescription(Messages.DeadlinesPreferencePage_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(body);
		DeadlineRules rules = DeadlineRules.fromPreferences();
		cites = row(body, Messages.DeadlinesPreferencePage_cites, rules.daysBefore(Convention.CITES),
				DeadlineRules.DEFAULT_CITES);
		cms = row(body, Messages.DeadlinesPreferencePage_cms, rules.daysBefore(Convention.CMS),
				DeadlineRules.DEFAULT_CMS);
		other = row(body, Messages.DeadlinesPreferencePage_other, rules.daysBefore(Convention.NONE),
				DeadlineRules.DEFAULT_OTHER);
		Label explanation = new Label(body, SWT.WRAP);
		explanation.setText(Messages.DeadlinesPreferencePage_explanation);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).indent(0, 12)
				.applyTo(explanation);
		return body;
	}

	private static Spinner row(Composite body, String label, int value, int byDefault) {
		new Label(body, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(body, SWT.BORDER);
		spinner.setValues(value, 0, 365, 0, 1, 10);
		new Label(body, SWT.NONE).setText(NLS.bind(Messages.DeadlinesPreferencePage_days, Integer.toString(byDefault)));
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
			setErrorMessage(NLS.bind(Messages.DeadlinesPreferencePage_storeFailed, e.getMessage()));
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
