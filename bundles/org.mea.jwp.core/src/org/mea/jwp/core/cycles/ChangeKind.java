package org.mea.jwp.core.cycles;

/** What can change about an activity between two records, in the order they are reported. */
public enum ChangeKind {
	/** The activity is new. */
	ADDED("added"), //$NON-NLS-1$
	/** The activity is no longer in the programme. */
	REMOVED("removed"), //$NON-NLS-1$
	/** Its status changed. */
	STATUS("status"), //$NON-NLS-1$
	/** Progress entries were added (or, rarely, removed). */
	PROGRESS("progress"), //$NON-NLS-1$
	/** Its timeframe changed. */
	TIMEFRAME("timeframe"), //$NON-NLS-1$
	/** Its lead secretariat changed. */
	LEAD("lead"); //$NON-NLS-1$

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	/** The word used in views, reports and {@code jwp diff}. */
	public String label() {
		return label;
	}
}
