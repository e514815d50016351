package org.mea.jwp.ui.internal.wizards;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;
import org.mea.jwp.core.exchange.spi.ImportProblem.Severity;

/**
 * The second page of File > Import: what the import would change (the plan's summary) and every
 * problem of the file with its line, severity and message. Rows with errors are skipped; the user
 * has to tick "Import the valid rows anyway" before Finish imports the others. A critical problem
 * stops the import. Nothing in the model changes on this page.
 */
final class ImportReviewPage extends WizardPage {

	private Label summary;
	private TableViewer problems;
	private Button acceptErrors;
	private ImportPlan plan;
	private Command command;
	private String failure;

	private final Runnable makePlan;

	/** {@code makePlan} is run each time the page is shown, and shows the plan with {@link #show}. */
	ImportReviewPage(Runnable makePlan) {
		super("importReview"); //$NON-NLS-1$
		this.makePlan = makePlan;
		setTitle(Messages.ImportReviewPage_title);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);

		Composite tableArea = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		problems = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		problems.getTable().setHeaderVisible(true);
		AccessibleNames.name(problems.getTable(), Messages.ImportReviewPage_title);
		problems.getTable().setLinesVisible(true);
		problems.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.ImportReviewPage_columnLine, new ColumnWeightData(0, 56, false), SWT.RIGHT,
				new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						int line = ((ImportProblem) element).line();
						return line > 0 ? Integer.toString(line) : "\u2014"; //$NON-NLS-1$
					}
				});
		column(columns, Messages.ImportReviewPage_columnSeverity, new ColumnWeightData(0, 96, false), SWT.LEFT,
				new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return severity(((ImportProblem) element).severity());
					}

					@Override
					public Image getImage(Object element) {
						return PlatformUI.getWorkbench().getSharedImages().getImage(
								((ImportProblem) element).severity() == Severity.WARNING
										? ISharedImages.IMG_OBJS_WARN_TSK
										: ISharedImages.IMG_OBJS_ERROR_TSK);
					}
				});
		column(columns, Messages.ImportReviewPage_columnMessage, new ColumnWeightData(100, 300, true), SWT.LEFT,
				new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return ((ImportProblem) element).message();
					}

					@Override
					public String getToolTipText(Object element) {
						return getText(element);
					}
				});
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(problems);

		acceptErrors = new Button(body, SWT.CHECK);
		acceptErrors.setText(Messages.ImportReviewPage_acceptErrors);
		acceptErrors.addListener(SWT.Selection, event -> refresh());
		setControl(body);
		show(null, null, null);
	}

	private void column(TableColumnLayout layout, String title, ColumnWeightData size, int alignment,
			ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(problems, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setAlignment(alignment);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), size);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			makePlan.run();
		}
		super.setVisible(visible);
	}

	/**
	 * Shows a plan and the command that would apply it, or why there is none ({@code failure}: the
	 * file could not be read, the importer failed).
	 */
	void show(ImportPlan newPlan, Command newCommand, String newFailure) {
		plan = newPlan;
		command = newCommand;
		failure = newFailure;
		acceptErrors.setSelection(false);
		List<ImportProblem> list = plan == null ? List.of() : plan.problems();
		problems.setInput(list);
		summary.setText(plan == null ? "" : NLS.bind(Messages.ImportReviewPage_summary, plan.summary())); //$NON-NLS-1$
		summary.getParent().layout(true, true);
		refresh();
	}

	/** Forgets the plan: importer or file changed, so it has to be made again. */
	void invalidate() {
		if (plan != null || failure != null) {
			show(null, null, null);
		}
	}

	private void refresh() {
		long errors = plan == null ? 0
				: plan.problems().stream().filter(p -> p.severity() == Severity.ERROR).mapToInt(ImportProblem::line)
						.distinct().count();
		long warnings = count(Severity.WARNING);
		acceptErrors.setEnabled(plan != null && plan.canImport() && errors > 0);
		String error = null;
		String message = null;
		int type = NONE;
		boolean complete = false;
		if (failure != null) {
			error = failure;
		} else if (plan == null) {
			message = Messages.ImportReviewPage_choosePrevious;
		} else if (!plan.canImport()) {
			error = NLS.bind(Messages.ImportReviewPage_cannotImport,
					plan.problems().stream().filter(p -> p.severity() == Severity.CRITICAL)
							.findFirst().map(ImportProblem::message).orElse(Messages.ImportReviewPage_refused));
		} else if (command == null || !command.canExecute()) {
			message = Messages.ImportReviewPage_nothingToImport;
			type = INFORMATION;
		} else if (errors > 0 && !acceptErrors.getSelection()) {
			message = errors == 1 ? Messages.ImportReviewPage_skippedOne
					: NLS.bind(Messages.ImportReviewPage_skippedMany, NumberFormat.getIntegerInstance().format(errors));
			type = WARNING;
		} else {
			complete = true;
			message = errors + warnings == 0 ? Messages.ImportReviewPage_noProblems
					: warnings > 0 ? Messages.ImportReviewPage_importValidWithWarnings
							: Messages.ImportReviewPage_importValid;
			type = warnings > 0 || errors > 0 ? WARNING : NONE;
		}
		setErrorMessage(error);
		setMessage(message, type);
		setPageComplete(complete);
	}

	private static String severity(Severity severity) {
		return switch (severity) {
		case CRITICAL -> Messages.ImportReviewPage_severityCritical;
		case ERROR -> Messages.ImportReviewPage_severityError;
		case WARNING -> Messages.ImportReviewPage_severityWarning;
		};
	}

	private long count(Severity severity) {
		return plan == null ? 0 : plan.problems().stream().filter(p -> p.severity() == severity).count();
	}

	/** Whether a plan is shown (made from the first page's current choice). */
	boolean hasPlan() {
		return plan != null;
	}

	/** The command to execute on Finish. */
	Command getCommand() {
		return command;
	}

	/** For tests. */
	TableViewer getProblemsViewer() {
		return problems;
	}

	Button getAcceptErrorsButton() {
		return acceptErrors;
	}

	Label getSummaryLabel() {
		return summary;
	}
}
