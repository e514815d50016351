package org.mea.jwp.core.merge;

/** What kind of disagreement between the two sides a {@link Conflict} names. */
public enum ConflictKind {
	/** Both sides changed the same feature of the same element to different values. */
	CONCURRENT_CHANGE,
	/** One side deleted an element (or a list entry) the other side edited. */
	DELETE_EDIT,
	/** One side refers to an element the other side deleted. */
	DANGLING_REFERENCE,
	/** Both sides recorded a baseline for the same reporting cycle, and the two differ. */
	TWO_BASELINES,
	/** A side altered or removed a baseline recorded before the merge base: baselines stay frozen. */
	FROZEN_BASELINE,
	/** Two activities new since the base were given the same code. */
	DUPLICATE_CODE,
	/** Both sides moved the same element to different places. */
	CONCURRENT_MOVE,
	/** Both sides reordered the same list differently. */
	LIST_ORDER
}
