package org.mea.jwp.core.merge;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One change of one side the merge could not combine with the other side's, named so that a person
 * can decide: the element, the feature, and the base, our and their values, both as text and as
 * values of the respective programmes. The merged programme holds our side (except where a rule
 * says otherwise: a frozen baseline keeps the base); {@link #resolve} gives the command that
 * applies another choice.
 */
public final class Conflict {

	/** Makes the command that applies a resolution to the merged programme. */
	@FunctionalInterface
	interface Resolver {
		Command command(EditingDomain domain, Resolution resolution);
	}

	private final ConflictKind kind;
	private final String elementId;
	private final String elementLabel;
	private final String feature;
	private final Side base;
	private final Side ours;
	private final Side theirs;
	private final Resolver resolver;

	/** One side's version: as text and as value (an element, a list, an attribute value; may be null). */
	public record Side(String text, Object value) {
	}

	Conflict(ConflictKind kind, String elementId, String elementLabel, String feature, Side base, Side ours,
			Side theirs,
			Resolver resolver) {
		this.kind = kind;
		this.elementId = elementId;
		this.elementLabel = elementLabel;
		this.feature = feature;
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.resolver = resolver;
	}

	static Side side(Object value) {
		return new Side(Display.of(value), value);
	}

	static Side text(String text, Object value) {
		return new Side(text, value);
	}

	public ConflictKind getKind() {
		return kind;
	}

	/** Id of the element the conflict is on. */
	public String getElementId() {
		return elementId;
	}

	/** Label of the element ("Activity B6"), from our side where it exists. */
	public String getElementLabel() {
		return elementLabel;
	}

	/** Name of the feature in the metamodel ("status"), null when the conflict is on the whole element. */
	public String getFeature() {
		return feature;
	}

	public Side getBase() {
		return base;
	}

	public Side getOurs() {
		return ours;
	}

	public Side getTheirs() {
		return theirs;
	}

	/**
	 * The command that applies {@code resolution} to the merged programme: a no-op for
	 * {@link Resolution#OURS} (what the merged programme holds), except for
	 * {@link ConflictKind#DUPLICATE_CODE}, where the merged programme holds both activities and OURS
	 * removes theirs, THEIRS removes ours and a value recodes theirs; and for
	 * {@link ConflictKind#FROZEN_BASELINE}, where the merged programme holds the base and only BASE
	 * and OURS (both no-ops) can execute. Not executable when the choice does not apply.
	 */
	public Command resolve(EditingDomain domain, Resolution resolution) {
		return resolver.command(domain, resolution);
	}

	/** One line: "Activity B6 status: ours completed, theirs on-going (base on-going)". */
	public String describe() {
		return elementLabel + (feature == null ? "" : " " + feature) + ": ours " + ours.text() + ", theirs " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ theirs.text() + " (base " + base.text() + ") [" //$NON-NLS-1$//$NON-NLS-2$
				+ kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ']'; //$NON-NLS-3$
	}

	@Override
	public String toString() {
		return describe();
	}
}
