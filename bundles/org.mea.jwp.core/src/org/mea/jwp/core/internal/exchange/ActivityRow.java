package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.operations.Timeframes;

/**
 * One row of an activities file, read: a value is null (text: empty) when its cell is empty or its
 * column absent, and then leaves the activity's value as it is.
 */
record ActivityRow(int line, String code, String text, String timeframeWording, Timeframe timeframe,
		LeadSecretariat lead, ActivityStatus status, FundingCondition funding, String theme, String group) {

	static final String CODE = "code"; //$NON-NLS-1$
	static final String TEXT = "text"; //$NON-NLS-1$
	static final String TIMEFRAME = "timeframe"; //$NON-NLS-1$
	static final String LEAD = "lead"; //$NON-NLS-1$
	static final String STATUS = "status"; //$NON-NLS-1$
	static final String FUNDING = "funding"; //$NON-NLS-1$
	static final String THEME = "theme"; //$NON-NLS-1$
	static final String GROUP = "group"; //$NON-NLS-1$

	private static final JwpPackage P = JwpPackage.eINSTANCE;

	/** Reads the row; an empty code or a value that cannot be read is an error (the row is skipped). */
	static ActivityRow read(CsvTable.Row row, Columns columns, ProblemLog log) {
		int line = row.line();
		String code = columns.cell(row, CODE);
		if (code.isEmpty()) {
			log.error(line, NLS.bind(Messages.ActivityRow_emptyCode, columns.name(CODE)));
		}
		String wording = columns.cell(row, TIMEFRAME);
		Timeframe timeframe = parse(row, columns, TIMEFRAME, log, Timeframes::parse);
		return new ActivityRow(line, code, columns.cell(row, TEXT), wording, timeframe,
				parse(row, columns, LEAD, log, Values::lead), parse(row, columns, STATUS, log, Values::status),
				parse(row, columns, FUNDING, log, Values::funding), columns.cell(row, THEME), columns.cell(row, GROUP));
	}

	private static <T> T parse(CsvTable.Row row, Columns columns, String field, ProblemLog log,
			Function<String, T> parser) {
		String cell = columns.cell(row, field);
		if (cell.isEmpty()) {
			return null;
		}
		try {
			return parser.apply(cell);
		} catch (IllegalArgumentException e) {
			log.error(row.line(), NLS.bind(Messages.Rows_column, columns.name(field), e.getMessage()));
			return null;
		}
	}

	/** What the row changes on an existing activity; empty when it holds nothing new. */
	List<Change> changes(Activity activity) {
		List<Change> changes = new ArrayList<>();
		if (!text.isEmpty() && !text.equals(activity.getText() == null ? null : activity.getText().strip())) {
			changes.add(new Change(activity, P.getActivity_Text(), text));
		}
		// the wording is what the user sees and edits; a changed wording replaces the whole timeframe
		if (timeframe != null && (activity.getTimeframe() == null
				|| !timeframeWording.equals(Timeframes.wording(activity.getTimeframe()).strip()))) {
			changes.add(new Change(activity, P.getActivity_Timeframe(), timeframe));
		}
		if (lead != null && lead != activity.getLead()) {
			changes.add(new Change(activity, P.getActivity_Lead(), lead));
		}
		if (status != null && status != activity.getStatus()) {
			changes.add(new Change(activity, P.getActivity_Status(), status));
		}
		if (funding != null && funding != activity.getFunding()) {
			changes.add(new Change(activity, P.getActivity_Funding(), funding));
		}
		return changes;
	}

	/** A new activity with the row's values; not started and without lead unless the row says. */
	Activity create(String id) {
		Activity activity = JwpFactory.eINSTANCE.createActivity();
		activity.setId(id);
		activity.setCode(code);
		activity.setText(text.isEmpty() ? null : text);
		activity.setTimeframe(timeframe != null ? EcoreUtil.copy(timeframe) : Timeframes.parse("")); //$NON-NLS-1$
		if (lead != null) {
			activity.setLead(lead);
		}
		if (status != null) {
			activity.setStatus(status);
		}
		if (funding != null) {
			activity.setFunding(funding);
		}
		return activity;
	}
}
