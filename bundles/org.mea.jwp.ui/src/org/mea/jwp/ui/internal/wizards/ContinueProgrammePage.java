package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.core.succession.Continuation;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/** The page of File > New Programme > Continue from...: the new period, the activities carried forward, the file. */
final class ContinueProgrammePage extends WizardPage {

	private final Programme earlier;
	private final Path folder;
	private Spinner firstYear;
	private Spinner lastYear;
	private CheckboxTableViewer activities;
	private Text file;
	private boolean fileEdited;

	ContinueProgrammePage(Programme earlier, Path folder) {
		super("continue"); //$NON-NLS-1$
		this.earlier = earlier;
		this.folder = folder;
		setTitle(NLS.bind(Messages.ContinueProgrammePage_title, Continuation.label(earlier)));
		setDescription(Messages.ContinueProgrammePage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		new Label(body, SWT.NONE).setText(Messages.ContinueProgrammePage_period);
		Composite period = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(period);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(period);
		int after = earlier.getPeriodEnd() > 0 ? earlier.getPeriodEnd() + 1 : java.time.Year.now().getValue();
		firstYear = ProgrammeFileField.year(period, after, true);
		new Label(period, SWT.NONE).setText(Messages.ContinueProgrammePage_to);
		lastYear = ProgrammeFileField.year(period, after + 5, false);

		Label carried = new Label(body, SWT.NONE);
		carried.setText(Messages.ContinueProgrammePage_carried);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(carried);
		activities = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		activities.getTable().setHeaderVisible(true);
		column(Messages.ContinueProgrammePage_columnCode, 60, Activity::getCode);
		column(Messages.ContinueProgrammePage_columnActivity, 420,
				activity -> activity.getText() == null ? "" : activity.getText()); //$NON-NLS-1$
		column(Messages.ContinueProgrammePage_columnStatus, 110,
				activity -> org.mea.jwp.ui.internal.views.Formats.literal(activity.getStatus()));
		activities.setContentProvider(ArrayContentProvider.getInstance());
		activities.setInput(earlier.activities().toArray());
		activities.setCheckedElements(Continuation.open(earlier).toArray());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 260).applyTo(activities.getControl());

		new Label(body, SWT.NONE).setText(Messages.ContinueProgrammePage_file);
		file = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		ProgrammeFileField.browse(body, file, ""); //$NON-NLS-1$
		suggestFile();
		file.addListener(SWT.Modify, event -> {
			fileEdited = true;
			validate();
		});
		for (Spinner year : List.of(firstYear, lastYear)) {
			year.addListener(SWT.Modify, event -> {
				suggestFile();
				validate();
			});
		}
		activities.addCheckStateListener(event -> validate());
		setControl(body);
		validate();
	}

	private void column(String title, int width, java.util.function.Function<Activity, String> text) {
		TableViewerColumn column = new TableViewerColumn(activities, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Activity) element)));
	}

	/** Next to the open programme's file, named after the new period, until the user types another. */
	private void suggestFile() {
		if (fileEdited) {
			return;
		}
		String name = "jwp-" + getFirstYear() + "-" + getLastYear() + ".jwp"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		file.setText(folder.resolve(name).toString());
		fileEdited = false;
	}

	/** Says what is wrong, naming the field; Finish only when all is well. */
	private void validate() {
		String problem = null;
		if (getLastYear() < getFirstYear()) {
			problem = Messages.ContinueProgrammePage_periodReversed;
		} else if (earlier.getPeriodEnd() > 0 && getFirstYear() <= earlier.getPeriodEnd()) {
			problem = NLS.bind(Messages.ContinueProgrammePage_periodOverlaps, Integer.toString(earlier.getPeriodEnd()));
		} else {
			problem = ProgrammeFileField.problem(getFile());
		}
		setErrorMessage(problem);
		NumberFormat count = NumberFormat.getIntegerInstance();
		setMessage(problem == null
				? NLS.bind(Messages.ContinueProgrammePage_carriedCount, count.format(getCarried().size()),
						count.format(earlier.activities().size()))
				: null);
		setPageComplete(problem == null);
	}

	int getFirstYear() {
		return firstYear.getSelection();
	}

	int getLastYear() {
		return lastYear.getSelection();
	}

	/** The activities ticked, in document order. */
	List<Activity> getCarried() {
		List<Object> checked = Arrays.asList(activities.getCheckedElements());
		return earlier.activities().stream().filter(checked::contains).toList();
	}

	Path getFile() {
		return ProgrammeFileField.path(file);
	}

	/** The widgets, for tests. */
	CheckboxTableViewer getActivitiesViewer() {
		return activities;
	}

	Text getFileField() {
		return file;
	}

	Spinner getFirstYearField() {
		return firstYear;
	}
}
