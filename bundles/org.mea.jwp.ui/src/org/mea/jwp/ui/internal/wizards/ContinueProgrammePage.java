package org.mea.jwp.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
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
		setTitle("Continue from " + Continuation.label(earlier)); //$NON-NLS-1$
		setDescription("A programme for the next period with the activities not completed; the open programme records where they went"); //$NON-NLS-1$
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		new Label(body, SWT.NONE).setText("&Period:"); //$NON-NLS-1$
		Composite period = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(period);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(period);
		int after = earlier.getPeriodEnd() > 0 ? earlier.getPeriodEnd() + 1 : java.time.Year.now().getValue();
		firstYear = ProgrammeFileField.year(period, after);
		new Label(period, SWT.NONE).setText("to"); //$NON-NLS-1$
		lastYear = ProgrammeFileField.year(period, after + 5);

		Label carried = new Label(body, SWT.NONE);
		carried.setText("&Activities carried forward (those neither completed nor cancelled are ticked):"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).applyTo(carried);
		activities = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		activities.getTable().setHeaderVisible(true);
		column("Code", 60, Activity::getCode); //$NON-NLS-1$
		column("Activity", 420, activity -> activity.getText() == null ? "" : activity.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		column("Status", 110, activity -> activity.getStatus().getLiteral()); //$NON-NLS-1$
		activities.setContentProvider(ArrayContentProvider.getInstance());
		activities.setInput(earlier.activities().toArray());
		activities.setCheckedElements(Continuation.open(earlier).toArray());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 260).applyTo(activities.getControl());

		new Label(body, SWT.NONE).setText("&File:"); //$NON-NLS-1$
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
			problem = "Period: the programme ends before it starts"; //$NON-NLS-1$
		} else if (earlier.getPeriodEnd() > 0 && getFirstYear() <= earlier.getPeriodEnd()) {
			problem = "Period: the new programme starts after " + earlier.getPeriodEnd() + ", the last year of the open one"; //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			problem = ProgrammeFileField.problem(getFile());
		}
		setErrorMessage(problem);
		setMessage(problem == null ? getCarried().size() + " of " + earlier.activities().size() + " activities carried forward" : null); //$NON-NLS-1$ //$NON-NLS-2$
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
