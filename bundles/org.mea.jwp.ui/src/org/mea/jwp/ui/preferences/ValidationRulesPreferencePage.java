package org.mea.jwp.ui.preferences;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.mea.jwp.core.validation.ConstraintDescriptor;
import org.mea.jwp.core.validation.ConstraintPreferences;
import org.mea.jwp.core.validation.ProgrammeValidation;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window > Preferences > JWP Workbench > Validation Rules: every rule, built-in or contributed by a
 * plug-in, with a check box. A rule switched off no longer runs anywhere (live validation, Validate,
 * the command line); open programmes are validated again at once.
 */
public class ValidationRulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private CheckboxTableViewer rules;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.ValidationRulesPreferencePage_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
		rules = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
		rules.getTable().setHeaderVisible(true);
		AccessibleNames.name(rules.getTable(), getTitle());
		rules.getTable().setLinesVisible(true);
		column(Messages.ValidationRulesPreferencePage_columnRule, 260, d -> d.name());
		column(Messages.ValidationRulesPreferencePage_columnSeverity, 70, d -> severity(d.severity()));
		column(Messages.ValidationRulesPreferencePage_columnChecks, 100,
				d -> org.mea.jwp.ui.internal.views.Formats.typeName(d.target()));
		column(Messages.ValidationRulesPreferencePage_columnId, 260, d -> d.id());
		rules.setContentProvider(ArrayContentProvider.getInstance());
		rules.setInput(ProgrammeValidation.constraints());
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(rules.getControl());
		Label hint = new Label(body, SWT.WRAP);
		hint.setText(Messages.ValidationRulesPreferencePage_failedRules);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(hint);
		check(ConstraintPreferences.disabled());
		return body;
	}

	private void column(String title, int width, java.util.function.Function<ConstraintDescriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(rules, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ConstraintDescriptor) element);
			}
		});
	}

	private void check(Set<String> disabled) {
		for (ConstraintDescriptor rule : ProgrammeValidation.constraints()) {
			rules.setChecked(rule, !disabled.contains(rule.id()));
		}
	}

	private static String severity(int severity) {
		return switch (severity) {
		case Diagnostic.ERROR -> Messages.ValidationRulesPreferencePage_severityError;
		case Diagnostic.WARNING -> Messages.ValidationRulesPreferencePage_severityWarning;
		default -> Messages.ValidationRulesPreferencePage_severityInfo;
		};
	}

	@Override
	protected void performDefaults() {
		check(Set.of());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		List<String> off = new ArrayList<>();
		for (ConstraintDescriptor rule : ProgrammeValidation.constraints()) {
			if (!rules.getChecked(rule)) {
				off.add(rule.id());
			}
		}
		try {
			ConstraintPreferences.setDisabled(off);
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.ValidationRulesPreferencePage_storeFailed, e.getMessage()));
			return false;
		}
	}

	/** The table, for tests. */
	CheckboxTableViewer getRules() {
		return rules;
	}
}
