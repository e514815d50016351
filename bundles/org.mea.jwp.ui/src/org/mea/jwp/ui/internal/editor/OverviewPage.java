package org.mea.jwp.ui.internal.editor;

import org.mea.jwp.ui.internal.accessibility.AccessibleNames;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Paragraph;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.ui.ProgrammeSession;
import org.mea.jwp.ui.internal.views.Formats;

/**
 * The first page of the programme editor: what the programme is (title, document, period,
 * background), its background paragraphs (a link opens each in the Elements page), and progress
 * at a glance: activities by theme and status, overdue at the reporting date, subject to funding.
 */
final class OverviewPage extends FormPage {

	static final String ID = "org.mea.jwp.ui.editor.overview"; //$NON-NLS-1$

	private static final EStructuralFeature[] METADATA = { JwpPackage.Literals.PROGRAMME__TITLE,
			JwpPackage.Literals.PROGRAMME__DOCUMENT_SYMBOL, JwpPackage.Literals.PROGRAMME__DOCUMENT_TITLE,
			JwpPackage.Literals.PROGRAMME__PERIOD_START, JwpPackage.Literals.PROGRAMME__PERIOD_END,
			JwpPackage.Literals.PROGRAMME__BACKGROUND };

	private final ProgrammeSession session;
	private final DataBindingContext bindings = new DataBindingContext();
	private final Consumer<Diagnostic> refresh = result -> refresh();
	private Table counts;
	private Label summary;
	private Label origins;
	private FormText paragraphs;

	OverviewPage(ProgrammeEditor editor, ProgrammeSession session) {
		super(editor, ID, Messages.OverviewPage_tab);
		this.session = session;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(session.getProgramme().getTitle());
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 10).applyTo(body);

		Composite left = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		Composite right = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);

		Composite general = section(toolkit, left, Messages.OverviewPage_general,
				Messages.OverviewPage_generalDescription);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(general);
		ElementForm fields = new ElementForm(toolkit, session,
				new WritableValue<>(session.getProgramme(), EObject.class),
				bindings);
		fields.createFields(general, JwpPackage.Literals.PROGRAMME, List.of(METADATA));
		toolkit.paintBordersFor(general);

		Composite background = section(toolkit, left, Messages.OverviewPage_background,
				Messages.OverviewPage_backgroundDescription);
		GridLayoutFactory.fillDefaults().applyTo(background);
		paragraphs = toolkit.createFormText(background, true);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(paragraphs);
		paragraphs.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				int index = Integer.parseInt((String) event.getHref());
				((ProgrammeEditor) getEditor()).showElement(session.getProgramme().getParagraphs().get(index));
			}
		});

		Composite glance = section(toolkit, right, Messages.OverviewPage_glance,
				Messages.OverviewPage_glanceDescription);
		GridLayoutFactory.fillDefaults().applyTo(glance);
		summary = toolkit.createLabel(glance, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
		origins = toolkit.createLabel(glance, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(origins);
		counts = toolkit.createTable(glance, SWT.FULL_SELECTION | SWT.BORDER);
		counts.setHeaderVisible(true);
		AccessibleNames.name(counts, Messages.OverviewPage_glance);
		counts.setLinesVisible(true);
		// the table scrolls sideways rather than widening the page
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(counts);
		column(Messages.OverviewPage_columnTheme, SWT.LEFT, 150);
		column(Messages.OverviewPage_columnAll, SWT.RIGHT, 36);
		for (ActivityStatus status : ActivityStatus.VALUES) {
			column(Formats.literal(status), SWT.RIGHT, 0);
		}
		column(Messages.OverviewPage_columnOverdue, SWT.RIGHT, 0);
		refresh();
		session.addValidationListener(refresh);
	}

	private void column(String text, int alignment, int width) {
		TableColumn column = new TableColumn(counts, alignment);
		column.setText(text);
		column.setToolTipText(text);
		if (width > 0) {
			column.setWidth(width);
		} else {
			column.pack(); // as wide as its header
		}
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION
				| ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	/** Recomputes the counts and paragraphs (after changes settle, with live validation). */
	void refresh() {
		if (counts == null || counts.isDisposed()) {
			return;
		}
		Programme programme = session.getProgramme();
		getManagedForm().getForm().setText(programme.getTitle());
		LocalDate reportingDate = session.reportingDate();
		counts.removeAll();
		int all = 0;
		int overdue = 0;
		int funding = 0;
		int statuses = ActivityStatus.VALUES.size();
		int[] totals = new int[statuses + 2];
		for (Theme theme : programme.getThemes()) {
			int[] row = new int[statuses + 2];
			for (Activity activity : theme.activities()) {
				row[0]++;
				row[1 + activity.getStatus().ordinal()]++;
				if (activity.isOverdue(reportingDate)) {
					row[statuses + 1]++;
				}
				if (activity.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING) {
					funding++;
				}
			}
			add(theme.getLetter() + ". " + theme.getShortName(), row); //$NON-NLS-1$
			for (int i = 0; i < row.length; i++) {
				totals[i] += row[i];
			}
		}
		add(Messages.OverviewPage_total, totals);
		all = totals[0];
		overdue = totals[statuses + 1];
		summary.setText(NLS.bind(Messages.OverviewPage_summary, new Object[] { Formats.count(all),
				Formats.count(programme.getThemes().size()), Formats.count(overdue), Formats.day(reportingDate),
				Formats.count(funding) }));
		origins.setText(origins(programme));
		((GridData) origins.getLayoutData()).exclude = origins.getText().isEmpty();
		origins.setVisible(!origins.getText().isEmpty());
		paragraphs.setText(paragraphMarkup(programme), true, false);
		getManagedForm().getForm().reflow(true);
	}

	/**
	 * Where the activities came from and where they went: "Continues the ... 2012-2014: 30 of its
	 * activities carried forward (A1, A2, ...; C3 continues B6)"; "... carried forward to the ...";
	 * empty for a programme that neither continues nor was continued.
	 */
	static String origins(Programme programme) {
		StringBuilder text = new StringBuilder();
		if (programme.getPredecessor() != null && !programme.getPredecessor().isBlank()) {
			List<Activity> continuing = programme.activities().stream()
					.filter(a -> a.getContinues() != null && !a.getContinues().isBlank()).toList();
			text.append(NLS.bind(Messages.OverviewPage_continues, new Object[] { programme.getPredecessor(),
					Formats.count(continuing.size()),
					String.join(", ", continuing.stream().map(a -> a.getCode().equals(a.getContinues()) ? a.getCode() //$NON-NLS-1$
							: NLS.bind(Messages.OverviewPage_continuesCode, a.getCode(), a.getContinues()))
							.toList()) }));
		}
		if (programme.getSuccessor() != null && !programme.getSuccessor().isBlank()) {
			long carried = programme.activities().stream()
					.filter(a -> a.getCarriedForwardTo() != null && !a.getCarriedForwardTo().isBlank()).count();
			text.append(text.isEmpty() ? "" : " ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(NLS.bind(Messages.OverviewPage_carriedForward, Formats.count(carried),
							programme.getSuccessor()));
		}
		return text.toString();
	}

	/** The line on where the activities came from, for tests. */
	Label getOrigins() {
		return origins;
	}

	private void add(String theme, int[] row) {
		TableItem item = new TableItem(counts, SWT.NONE);
		item.setText(0, theme);
		for (int i = 0; i < row.length; i++) {
			item.setText(i + 1, row[i] == 0 ? "" : Formats.count(row[i])); //$NON-NLS-1$
		}
	}

	private static String paragraphMarkup(Programme programme) {
		StringBuilder markup = new StringBuilder("<form>"); //$NON-NLS-1$
		List<Paragraph> list = programme.getParagraphs();
		for (int i = 0; i < list.size(); i++) {
			Paragraph paragraph = list.get(i);
			String text = paragraph.getText() == null ? "" : paragraph.getText(); //$NON-NLS-1$
			if (text.length() > 160) {
				text = text.substring(0, 157) + "\u2026"; //$NON-NLS-1$
			}
			markup.append("<p><a href=\"").append(i).append("\">").append(paragraph.getNumber()).append(".</a> ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(escape(text)).append("</p>"); //$NON-NLS-1$
		}
		return markup.append("</form>").toString(); //$NON-NLS-1$
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** The counts table, for tests. */
	Table getCounts() {
		return counts;
	}

	@Override
	public void dispose() {
		session.removeValidationListener(refresh);
		bindings.dispose();
		super.dispose();
	}
}
