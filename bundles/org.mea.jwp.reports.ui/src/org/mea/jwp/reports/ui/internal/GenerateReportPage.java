package org.mea.jwp.reports.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.model.operations.MeetingOperations;
import org.mea.jwp.reports.Committee;
import org.mea.jwp.reports.ProgressReport;
import org.mea.jwp.reports.ReportDesign;
import org.mea.jwp.reports.ReportDesigns;
import org.mea.jwp.reports.ReportFormat;
import org.mea.jwp.reports.ReportParameter;
import org.mea.jwp.reports.Wording;
import org.mea.jwp.ui.preferences.JwpPreferences;

/**
 * The page of the Generate Report wizard. The designs are those of the registry
 * ({@code org.mea.jwp.reports.designs}), plug-ins' included. The parameters JWP Workbench knows
 * (reporting cycle, committee, meeting, document symbol, reporting date, author) have their own fields, enabled when
 * the chosen design declares them, with defaults from the preferences and the programme: the
 * committee of the preferences, its latest meeting in the programme, the symbol the committee
 * would give the document, the reporting date and author of the preferences; choosing a reporting
 * cycle fills committee, meeting, symbol and date from it. Other declared
 * parameters get a field each below. Whatever is wrong is named in the page's message and blocks
 * Finish.
 */
final class GenerateReportPage extends WizardPage {

	private static final String CYCLE = "cycle"; //$NON-NLS-1$
	private static final String COMMITTEE = "committee"; //$NON-NLS-1$
	private static final String MEETING = "meeting"; //$NON-NLS-1$
	private static final String SYMBOL = "symbol"; //$NON-NLS-1$
	private static final String REPORTING_DATE = "reportingDate"; //$NON-NLS-1$
	private static final String AUTHOR = "author"; //$NON-NLS-1$
	/** Parameters with fields of their own; any other declared parameter gets a generic field. */
	/** The languages a committee document is written in, each in its own name, in the order of {@link Wording#LANGUAGES}. */
	private static final List<String> LANGUAGE_NAMES = List.of("English", "Fran\u00e7ais", "Espa\u00f1ol"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> KNOWN = Set.of(CYCLE, COMMITTEE, MEETING, SYMBOL, REPORTING_DATE, AUTHOR);
	/** The "no cycle" entry of the cycle list. */
	private static final String NO_CYCLE = Messages.GenerateReportPage_noCycle;

	private final Programme programme;
	private final List<ReportDesign> designs = ReportDesigns.get().contributions();
	private Combo design;
	private ComboViewer cycle;
	private ComboViewer committee;
	private ComboViewer meeting;
	private Text symbol;
	private Text reportingDate;
	private Text author;
	private Composite others;
	private final Map<ReportParameter, Control> otherFields = new LinkedHashMap<>();
	private Combo format;
	private Text output;
	private Button open;
	private boolean symbolEdited;
	private boolean outputEdited;

	GenerateReportPage(Programme programme) {
		super("report"); //$NON-NLS-1$
		this.programme = programme;
		setTitle(Messages.GenerateReportPage_title);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		label(body, Messages.GenerateReportPage_design);
		design = new Combo(body, SWT.READ_ONLY);
		for (ReportDesign d : designs) {
			design.add(d.name() + "  \u2014  " + d.category()); //$NON-NLS-1$
		}
		design.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(design);

		label(body, Messages.GenerateReportPage_cycle);
		List<Object> cycles = new java.util.ArrayList<>();
		cycles.add(NO_CYCLE);
		cycles.addAll(programme.getCycles());
		cycle = combo(body, cycles.toArray(),
				element -> element instanceof ReportingCycle c ? cycleLabel(c) : element.toString());
		cycle.setSelection(new StructuredSelection(NO_CYCLE));

		label(body, Messages.GenerateReportPage_committee);
		committee = combo(body, Committee.of(programme).toArray(), element -> ((Committee) element).body().getName());
		Committee preferred = defaultCommittee();
		committee.setSelection(preferred == null ? StructuredSelection.EMPTY : new StructuredSelection(preferred));
		label(body, Messages.GenerateReportPage_meeting);
		meeting = combo(body, new Object[0], element -> {
			Meeting m = (Meeting) element;
			return MeetingOperations.symbol(m) + " \u2014 " + m.getName(); //$NON-NLS-1$
		});
		label(body, Messages.GenerateReportPage_symbol);
		symbol = text(body);
		label(body, Messages.GenerateReportPage_reportingDate);
		reportingDate = text(body);
		reportingDate.setText(JwpPreferences.reportingDate(programme).toString());
		label(body, Messages.GenerateReportPage_author);
		author = text(body);
		author.setText(org.eclipse.core.runtime.Platform.getPreferencesService().getString(JwpPreferences.NODE,
				JwpPreferences.AUTHOR, "", null)); //$NON-NLS-1$
		others = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(others);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(others);
		label(body, Messages.GenerateReportPage_format);
		format = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
		label(body, Messages.GenerateReportPage_output);
		output = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(output);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.GenerateReportPage_browse);
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
		open.setText(Messages.GenerateReportPage_open);
		open.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(open);

		design.addListener(SWT.Selection, event -> designChanged());
		cycle.addSelectionChangedListener(event -> cycleChanged());
		committee.addSelectionChangedListener(event -> committeeChanged());
		meeting.addSelectionChangedListener(event -> refreshDefaults());
		symbol.addListener(SWT.Modify, event -> validate());
		symbol.addListener(SWT.KeyDown, event -> symbolEdited = true);
		output.addListener(SWT.KeyDown, event -> outputEdited = true);
		output.addListener(SWT.Modify, event -> validate());
		reportingDate.addListener(SWT.Modify, event -> validate());
		format.addListener(SWT.Selection, event -> refreshDefaults());
		setControl(body);
		designChanged();
		committeeChanged();
	}

	/** Enables the fields the design declares, builds fields for its other parameters, lists its formats. */
	private void designChanged() {
		ReportDesign chosen = getDesign();
		cycle.getControl().setEnabled(declares(CYCLE));
		committee.getControl().setEnabled(declares(COMMITTEE));
		meeting.getControl().setEnabled(declares(MEETING));
		symbol.setEnabled(declares(SYMBOL));
		reportingDate.setEnabled(declares(REPORTING_DATE));
		author.setEnabled(declares(AUTHOR));
		setTitle(chosen.name());
		setDescription(chosen.description());

		for (Control child : others.getChildren()) {
			child.dispose();
		}
		otherFields.clear();
		for (ReportParameter parameter : chosen.parameters()) {
			if (KNOWN.contains(parameter.name())) {
				continue;
			}
			Control field;
			if (parameter.type() == ReportParameter.Type.LANGUAGE) {
				label(others, NLS.bind(Messages.GenerateReportPage_parameterLabel, parameter.label()));
				Combo languages = new Combo(others, SWT.READ_ONLY);
				LANGUAGE_NAMES.forEach(languages::add);
				languages.select(Math.max(0,
						Wording.LANGUAGES.indexOf(parameter.defaultValue() == null ? "en" : parameter.defaultValue()))); //$NON-NLS-1$
				GridDataFactory.fillDefaults().grab(true, false).applyTo(languages);
				field = languages;
			} else if (parameter.type() == ReportParameter.Type.FLAG) {
				new Label(others, SWT.NONE);
				Button check = new Button(others, SWT.CHECK);
				check.setText(parameter.label());
				check.setSelection(Boolean.parseBoolean(parameter.defaultValue()));
				field = check;
			} else {
				label(others, NLS.bind(Messages.GenerateReportPage_parameterLabel, parameter.label()));
				Text text = new Text(others, SWT.BORDER);
				text.setText(parameter.defaultValue() == null ? "" : parameter.defaultValue()); //$NON-NLS-1$
				text.addListener(SWT.Modify, event -> validate());
				GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
				field = text;
			}
			field.setToolTipText(parameter.description());
			otherFields.put(parameter, field);
		}
		others.getParent().layout(true, true);

		ReportFormat previous = format.getSelectionIndex() < 0 ? ReportFormat.PDF : getFormatChoice();
		format.removeAll();
		chosen.formats().forEach(f -> format.add(f.name()));
		format.select(Math.max(0, chosen.formats().indexOf(previous)));
		refreshDefaults();
	}

	private boolean declares(String parameter) {
		return getDesign().parameter(parameter) != null;
	}

	/** The design chosen. */
	ReportDesign getDesign() {
		return designs.get(Math.max(0, design.getSelectionIndex()));
	}

	Combo getDesignCombo() {
		return design;
	}

	private Committee defaultCommittee() {
		String preferred = org.eclipse.core.runtime.Platform.getPreferencesService().getString(JwpPreferences.NODE,
				JwpPreferences.DEFAULT_COMMITTEE, "", null); //$NON-NLS-1$
		try {
			return Committee.parse(preferred, programme);
		} catch (IllegalArgumentException e) {
			return Committee.first(programme);
		}
	}

	/** "SC65 – SC65 Doc. 14.3 (reporting date 2014-05-01)" */
	private static String cycleLabel(ReportingCycle c) {
		String symbol = c.getDocumentSymbol() == null || c.getDocumentSymbol().isBlank() ? "" //$NON-NLS-1$
				: " \u2013 " + c.getDocumentSymbol(); //$NON-NLS-1$
		String date = Cycles.dateOf(c) == null ? "" //$NON-NLS-1$
				: " " + NLS.bind(Messages.GenerateReportPage_cycleDate, Cycles.dateOf(c)); //$NON-NLS-1$
		return Cycles.label(c) + symbol + date;
	}

	/** The cycle chosen, or null. */
	ReportingCycle selectedCycle() {
		return declares(CYCLE) && cycle.getStructuredSelection().getFirstElement() instanceof ReportingCycle c ? c
				: null;
	}

	/** Takes committee, meeting, symbol and reporting date from the chosen cycle; the user can still change them. */
	private void cycleChanged() {
		ReportingCycle chosen = selectedCycle();
		if (chosen == null) {
			return;
		}
		Committee fromCycle = Committee.of(chosen.getCommittee());
		if (fromCycle != null) {
			committee.setSelection(new StructuredSelection(fromCycle));
		}
		if (chosen.getMeeting() != null) {
			meeting.setSelection(new StructuredSelection(chosen.getMeeting()));
		}
		if (chosen.getDocumentSymbol() != null && !chosen.getDocumentSymbol().isBlank()) {
			symbol.setText(chosen.getDocumentSymbol());
			symbolEdited = true;
		}
		if (Cycles.dateOf(chosen) != null) {
			reportingDate.setText(Cycles.dateOf(chosen).toString());
		}
		refreshDefaults();
	}

	private void committeeChanged() {
		ProgressReport defaults = new ProgressReport(programme).committee(selectedCommittee());
		Committee chosen = selectedCommittee();
		List<Meeting> meetings = chosen == null ? List.of()
				: programme.getMeetings().stream().filter(m -> m.getBody() != null
						&& chosen.bodyId().equals(m.getBody().getId())).toList();
		meeting.setInput(meetings.toArray());
		Meeting latest = defaults.effectiveMeeting();
		meeting.setSelection(latest == null ? StructuredSelection.EMPTY : new StructuredSelection(latest));
		refreshDefaults();
	}

	/** Updates symbol and file name from design, committee and meeting, unless the user typed them. */
	private void refreshDefaults() {
		ProgressReport defaults = new ProgressReport(programme).committee(selectedCommittee());
		if (meeting.getStructuredSelection().getFirstElement() instanceof Meeting chosen) {
			try {
				defaults.meeting(chosen.getId());
			} catch (org.mea.jwp.reports.ReportException e) {
				// the meetings listed are the programme's own
			}
		}
		if (!symbolEdited) {
			symbol.setText(defaults.effectiveSymbol());
		}
		if (!outputEdited) {
			String name = declares(SYMBOL) ? symbol.getText() : getDesign().name().toLowerCase(Locale.ROOT);
			name = name.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			output.setText(
					Path.of(System.getProperty("user.home"), name + "." + getFormatChoice().extension()).toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		validate();
	}

	private void validate() {
		String problem = null;
		Path file = getOutput();
		if (declares(COMMITTEE) && selectedCommittee() == null) {
			problem = Messages.GenerateReportPage_noCommittee;
		} else if (declares(SYMBOL) && symbol.getText().isBlank()) {
			problem = Messages.GenerateReportPage_noSymbol;
		} else if (declares(REPORTING_DATE) && parseDate() == null) {
			problem = NLS.bind(Messages.GenerateReportPage_badDate, reportingDate.getText());
		} else {
			problem = otherFieldsProblem();
		}
		if (problem == null) {
			if (file == null) {
				problem = Messages.GenerateReportPage_noOutput;
			} else if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
				problem = NLS.bind(Messages.GenerateReportPage_noFolder, file.getParent());
			}
		}
		setErrorMessage(problem);
		setMessage(
				problem == null && file != null && Files.exists(file)
						? NLS.bind(Messages.GenerateReportPage_replaced, file.getFileName())
						: null,
				WARNING);
		setPageComplete(problem == null);
	}

	private String otherFieldsProblem() {
		for (Map.Entry<ReportParameter, Control> field : otherFields.entrySet()) {
			if (field.getValue() instanceof Text text) {
				ReportParameter parameter = field.getKey();
				if (text.getText().isBlank()) {
					if (parameter.required()) {
						return NLS.bind(Messages.GenerateReportPage_valueNeeded, parameter.label());
					}
				} else if (parameter.check(text.getText()) != null) {
					return NLS.bind(Messages.GenerateReportPage_badValue, parameter.label(),
							parameter.check(text.getText()));
				}
			}
		}
		return null;
	}

	private LocalDate parseDate() {
		try {
			return LocalDate.parse(reportingDate.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The values of the parameters the chosen design declares, by name, as typed. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		if (selectedCycle() != null) {
			values.put(CYCLE, selectedCycle().getId());
		}
		if (declares(COMMITTEE) && selectedCommittee() != null) {
			values.put(COMMITTEE, selectedCommittee().bodyId());
		}
		if (declares(MEETING) && meeting.getStructuredSelection().getFirstElement() instanceof Meeting chosen) {
			values.put(MEETING, chosen.getId());
		}
		if (declares(SYMBOL)) {
			values.put(SYMBOL, symbol.getText());
		}
		if (declares(REPORTING_DATE)) {
			values.put(REPORTING_DATE, reportingDate.getText().strip());
		}
		if (declares(AUTHOR) && !author.getText().isBlank()) {
			values.put(AUTHOR, author.getText());
		}
		otherFields.forEach((parameter, field) -> {
			String value = field instanceof Button check ? Boolean.toString(check.getSelection())
					: field instanceof Combo languages
							? Wording.LANGUAGES.get(Math.max(0, languages.getSelectionIndex()))
							: ((Text) field).getText();
			if (!value.isBlank()) {
				values.put(parameter.name(), value);
			}
		});
		return values;
	}

	Committee selectedCommittee() {
		return committee.getStructuredSelection().getFirstElement() instanceof Committee c ? c
				: Committee.first(programme);
	}

	ReportFormat getFormatChoice() {
		int index = format.getSelectionIndex();
		List<ReportFormat> formats = getDesign().formats();
		return index < 0 || index >= formats.size() ? formats.get(0) : formats.get(index);
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

	ComboViewer getCycleViewer() {
		return cycle;
	}

	ComboViewer getCommitteeViewer() {
		return committee;
	}

	Combo getFormatCombo() {
		return format;
	}

	/** The fields of the chosen design's other parameters, by parameter name. */
	Map<String, Control> getOtherFields() {
		Map<String, Control> byName = new LinkedHashMap<>();
		otherFields.forEach((parameter, field) -> byName.put(parameter.name(), field));
		return byName;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text text(Composite parent) {
		Text text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		return text;
	}

	private static ComboViewer combo(Composite parent, Object[] input,
			java.util.function.Function<Object, String> labels) {
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
