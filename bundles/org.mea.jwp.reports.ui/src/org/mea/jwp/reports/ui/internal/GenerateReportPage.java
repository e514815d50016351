package org.mea.jwp.reports.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.operations.MeetingOperations;
import org.mea.jwp.reports.Committee;
import org.mea.jwp.reports.ProgressReport;
import org.mea.jwp.reports.ReportFormat;
import org.mea.jwp.ui.preferences.JwpPreferences;

/**
 * The page of the Generate Report wizard. Defaults: the committee of the preferences, its latest
 * meeting in the programme, the symbol the committee would give the document, the reporting date
 * and author of the preferences, PDF, a file named after the symbol in the home folder. Whatever
 * is wrong is named in the page's message and blocks Finish.
 */
final class GenerateReportPage extends WizardPage {

	/** The designs offered, in the order of {@link #getDesign()}'s values. */
	static final String[] DESIGNS = { "Progress report to the Standing Committee", //$NON-NLS-1$
			"Species concordance", "Meeting calendar and deadlines", "Status overview" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** File names of the other designs. */
	private static final String[] LISTING_FILES = { "species-concordance", "meeting-calendar", "status-overview" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Programme programme;
	private Combo design;
	private ComboViewer committee;
	private ComboViewer meeting;
	private Text symbol;
	private Text reportingDate;
	private Text author;
	private Combo format;
	private Text output;
	private Button open;
	private boolean symbolEdited;
	private boolean outputEdited;

	GenerateReportPage(Programme programme) {
		super("report"); //$NON-NLS-1$
		this.programme = programme;
		setTitle("Progress Report to the Standing Committee"); //$NON-NLS-1$
		setDescription("A Standing Committee working document with the status of every activity in an Annex"); //$NON-NLS-1$
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		label(body, "&Design:"); //$NON-NLS-1$
		design = new Combo(body, SWT.READ_ONLY);
		for (String name : DESIGNS) {
			design.add(name);
		}
		design.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(design);

		label(body, "&Committee:"); //$NON-NLS-1$
		committee = combo(body, Committee.values(), element -> ((Committee) element) == Committee.CITES_SC
				? "CITES Standing Committee" : "CMS Standing Committee"); //$NON-NLS-1$ //$NON-NLS-2$
		committee.setSelection(new StructuredSelection(defaultCommittee()));
		label(body, "&Meeting:"); //$NON-NLS-1$
		meeting = combo(body, new Object[0], element -> {
			Meeting m = (Meeting) element;
			return MeetingOperations.symbol(m) + " \u2014 " + m.getName(); //$NON-NLS-1$
		});
		label(body, "Document &symbol:"); //$NON-NLS-1$
		symbol = text(body);
		label(body, "&Reporting date:"); //$NON-NLS-1$
		reportingDate = text(body);
		reportingDate.setText(JwpPreferences.reportingDate().toString());
		label(body, "&Author:"); //$NON-NLS-1$
		author = text(body);
		author.setText(org.eclipse.core.runtime.Platform.getPreferencesService().getString(JwpPreferences.NODE,
				JwpPreferences.AUTHOR, "", null)); //$NON-NLS-1$
		label(body, "&Format:"); //$NON-NLS-1$
		format = new Combo(body, SWT.READ_ONLY);
		for (ReportFormat f : ReportFormat.values()) {
			format.add(f.name());
		}
		format.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
		label(body, "&Output file:"); //$NON-NLS-1$
		output = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(output);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse\u2026"); //$NON-NLS-1$
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFileName(getOutput() == null ? "" : getOutput().getFileName().toString()); //$NON-NLS-1$
			String chosen = dialog.open();
			if (chosen != null) {
				output.setText(chosen);
				outputEdited = true;
			}
		});
		open = new Button(body, SWT.CHECK);
		open.setText("Open the report when it is ready"); //$NON-NLS-1$
		open.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(open);

		design.addListener(SWT.Selection, event -> designChanged());
		committee.addSelectionChangedListener(event -> committeeChanged());
		meeting.addSelectionChangedListener(event -> refreshDefaults());
		symbol.addListener(SWT.Modify, event -> validate());
		symbol.addListener(SWT.KeyDown, event -> symbolEdited = true);
		output.addListener(SWT.KeyDown, event -> outputEdited = true);
		output.addListener(SWT.Modify, event -> validate());
		reportingDate.addListener(SWT.Modify, event -> validate());
		format.addListener(SWT.Selection, event -> refreshDefaults());
		setControl(body);
		committeeChanged();
	}

	/** The listing designs take only the reporting date: the progress report's fields are off for them. */
	private void designChanged() {
		boolean progress = getDesign() == 0;
		committee.getControl().setEnabled(progress);
		meeting.getControl().setEnabled(progress);
		symbol.setEnabled(progress);
		author.setEnabled(progress);
		setTitle(DESIGNS[getDesign()]);
		setDescription(progress ? "A Standing Committee working document with the status of every activity in an Annex" //$NON-NLS-1$
				: getDesign() == 1 ? "Taxa with their CITES and CMS names and appendices, and the activities on them" //$NON-NLS-1$
						: getDesign() == 2 ? "Meetings by year with the activities and reports due at each" //$NON-NLS-1$
								: "Status by theme and lead, overdue and falling due at the reporting date, external funding"); //$NON-NLS-1$
		refreshDefaults();
	}

	/** 0: progress report, 1: species concordance, 2: meeting calendar, 3: status overview. */
	int getDesign() {
		return Math.max(0, design.getSelectionIndex());
	}

	Combo getDesignCombo() {
		return design;
	}

	private Committee defaultCommittee() {
		String preferred = org.eclipse.core.runtime.Platform.getPreferencesService().getString(JwpPreferences.NODE,
				JwpPreferences.DEFAULT_COMMITTEE, "CITES_SC", null); //$NON-NLS-1$
		try {
			return Committee.parse(preferred);
		} catch (IllegalArgumentException e) {
			return Committee.CITES_SC;
		}
	}

	private void committeeChanged() {
		ProgressReport defaults = new ProgressReport(programme).committee(selectedCommittee());
		List<Meeting> meetings = programme.getMeetings().stream().filter(m -> m.getBody() != null
				&& selectedCommittee().bodyId().equals(m.getBody().getId())).toList();
		meeting.setInput(meetings.toArray());
		Meeting latest = defaults.effectiveMeeting();
		meeting.setSelection(latest == null ? StructuredSelection.EMPTY : new StructuredSelection(latest));
		refreshDefaults();
	}

	/** Updates symbol and file name from committee and meeting, unless the user typed them. */
	private void refreshDefaults() {
		String defaultSymbol = configure(new ProgressReport(programme)).symbol(null).effectiveSymbol();
		if (!symbolEdited) {
			symbol.setText(defaultSymbol);
		}
		if (!outputEdited) {
			String name = getDesign() > 0 ? LISTING_FILES[getDesign() - 1]
					: symbol.getText().replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			output.setText(Path.of(System.getProperty("user.home"), name + "." + getFormatChoice().extension()).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		validate();
	}

	private void validate() {
		String problem = null;
		Path file = getOutput();
		if (getDesign() == 0 && symbol.getText().isBlank()) {
			problem = "Document symbol: enter the symbol of the document, e.g. SC65 Doc. 14.3"; //$NON-NLS-1$
		} else if (parseDate() == null) {
			problem = "Reporting date: \"" + reportingDate.getText() + "\" is not a date (YYYY-MM-DD)"; //$NON-NLS-1$ //$NON-NLS-2$
		} else if (file == null) {
			problem = "Output file: enter where to write the report"; //$NON-NLS-1$
		} else if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
			problem = "Output file: the folder " + file.getParent() + " does not exist"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		setErrorMessage(problem);
		setMessage(problem == null && file != null && Files.exists(file) ? file.getFileName() + " exists and will be replaced" : null, //$NON-NLS-1$
				WARNING);
		setPageComplete(problem == null);
	}

	private LocalDate parseDate() {
		try {
			return LocalDate.parse(reportingDate.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The report chosen on this page, configured, for {@code programme} (the copy the job renders). */
	Renderer report(Programme target) {
		if (getDesign() == 0) {
			return configure(new org.mea.jwp.reports.ProgressReport(target))::render;
		}
		LocalDate reporting = parseDate() == null ? JwpPreferences.reportingDate() : parseDate();
		if (getDesign() == 3) {
			return new org.mea.jwp.reports.StatusOverview(target).reportingDate(reporting)::render;
		}
		org.mea.jwp.reports.ListingReport listing = new org.mea.jwp.reports.ListingReport(target,
				getDesign() == 1 ? org.mea.jwp.reports.ListingReport.Kind.SPECIES : org.mea.jwp.reports.ListingReport.Kind.CALENDAR);
		LocalDate date = parseDate();
		if (date != null) {
			listing.reportingDate(date);
		}
		return listing::render;
	}

	/** A configured report of any design. */
	interface Renderer {
		void render(ReportFormat format, java.io.OutputStream output, Path workFolder)
				throws org.mea.jwp.reports.ReportException;
	}

	/** Applies the page's choices to {@code report}. */
	ProgressReport configure(ProgressReport report) {
		report.committee(selectedCommittee()).symbol(symbol == null ? null : symbol.getText())
				.author(author == null ? null : author.getText());
		if (meeting != null && meeting.getStructuredSelection().getFirstElement() instanceof Meeting chosen) {
			try {
				report.meeting(chosen.getId());
			} catch (org.mea.jwp.reports.ReportException e) {
				// a meeting of this programme always exists in it (the report may run on a copy: ids match)
			}
		}
		LocalDate date = reportingDate == null ? null : parseDate();
		if (date != null) {
			report.reportingDate(date);
		}
		return report;
	}

	Committee selectedCommittee() {
		return committee.getStructuredSelection().getFirstElement() instanceof Committee c ? c : Committee.CITES_SC;
	}

	ReportFormat getFormatChoice() {
		return ReportFormat.values()[Math.max(0, format.getSelectionIndex())];
	}

	Path getOutput() {
		String text = output.getText().strip();
		try {
			return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	boolean isOpenWhenDone() {
		return open.getSelection();
	}

	/** The controls, for tests. */
	Text getSymbolField() {
		return symbol;
	}

	Text getOutputField() {
		return output;
	}

	Button getOpenButton() {
		return open;
	}

	ComboViewer getCommitteeViewer() {
		return committee;
	}

	Combo getFormatCombo() {
		return format;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text text(Composite parent) {
		Text text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		return text;
	}

	private static ComboViewer combo(Composite parent, Object[] input, java.util.function.Function<Object, String> labels) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.apply(element);
			}
		});
		viewer.setInput(input);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(viewer.getControl());
		return viewer;
	}
}
