package org.mea.jwp.reports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.mea.jwp.model.Body;
import org.mea.jwp.model.BodyKind;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.DocumentLayout;
import org.mea.jwp.model.Programme;

/**
 * The committee a progress report is addressed to: a body of the programme's registry, with what
 * its documents print (the Convention's name, the Secretariat, the symbol's pattern, the first
 * page's layout). A third Convention's committee is a body with these attributes, not code.
 * <p>
 * Programmes written before bodies carried them get, for a CITES or CMS body, what that
 * Convention's documents print (see {@link #fallback}); the embedded programme carries them.
 */
public final class Committee {

	private final Body body;

	private Committee(Body body) {
		this.body = Objects.requireNonNull(body);
	}

	/** The committee of {@code body}; null for none. */
	public static Committee of(Body body) {
		return body == null ? null : new Committee(body);
	}

	/**
	 * The programme's committees that receive reports: its Standing Committees and any body with a
	 * document layout, in registry order.
	 */
	public static List<Committee> of(Programme programme) {
		return programme.getBodies().stream()
				.filter(body -> body.getKind() == BodyKind.STANDING_COMMITTEE
						|| body.getDocumentLayout() != DocumentLayout.NONE)
				.map(Committee::new).toList();
	}

	/** The committee a report goes to when none is named: the programme's first; null when it has none. */
	public static Committee first(Programme programme) {
		List<Committee> committees = of(programme);
		return committees.isEmpty() ? null : committees.get(0);
	}

	/**
	 * The committee {@code value} names in {@code programme}: a body id ("body-cms-stc"), the
	 * Convention and the abbreviation ("CMS StC", "CITES_SC", as the parameter was written before
	 * committees were data), or the body's name.
	 *
	 * @throws IllegalArgumentException naming the programme's committees when none fits
	 */
	public static Committee parse(String value, Programme programme) {
		String key = value == null ? "" : normal(value); //$NON-NLS-1$
		for (Committee committee : of(programme)) {
			Body body = committee.body;
			if (key.equals(normal(body.getId())) || key.equals(normal(body.getName()))
					|| key.equals(normal(body.getConvention().getLiteral() + " " + body.getAbbreviation()))) { //$NON-NLS-1$
				return committee;
			}
		}
		throw new IllegalArgumentException("Unknown committee \"" + value + "\"; the programme's committees are " //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(", ", //$NON-NLS-1$
						of(programme).stream().map(c -> c.bodyId() + " (" + c.body.getName() + ")").toList())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String normal(String text) {
		return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' '); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The body in the programme's registry. */
	public Body body() {
		return body;
	}

	/** The Convention's full name in capitals, one line per line, as on the first page of its documents. */
	public String conventionName() {
		return text(body.getConventionTitle(), fallback().conventionTitle);
	}

	/** "Standing Committee", or the body's name for another kind of body. */
	public String committeeName() {
		return body.getKind() == BodyKind.STANDING_COMMITTEE ? "Standing Committee" : body.getName(); //$NON-NLS-1$
	}

	/** The symbol prefix of the committee's meetings ("SC", "StC"). */
	public String abbreviation() {
		return body.getAbbreviation() == null ? "" : body.getAbbreviation(); //$NON-NLS-1$
	}

	/** Who writes to the committee. */
	public String secretariat() {
		return text(body.getSecretariat(), fallback().secretariat);
	}

	/** The id of the committee's body in the programme's registry; also the parameter value that names it. */
	public String bodyId() {
		return body.getId();
	}

	/** The first page its documents have. */
	public DocumentLayout layout() {
		return body.getDocumentLayout() != DocumentLayout.NONE ? body.getDocumentLayout() : fallback().layout;
	}

	/** The symbol of the document for agenda item {@code item} of the meeting {@code meetingSymbol} ("SC65", "StC41"). */
	public String documentSymbol(String meetingSymbol, String item) {
		return text(body.getDocumentSymbolPattern(), fallback().symbolPattern).replace("{meeting}", meetingSymbol) //$NON-NLS-1$
				.replace("{item}", item); //$NON-NLS-1$
	}

	private static String text(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	/** What a body without the attributes gets: what its Convention's documents print. */
	private Fallback fallback() {
		Convention convention = body.getConvention();
		return switch (convention) {
		case CITES -> new Fallback("CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES\nOF WILD FAUNA AND FLORA", //$NON-NLS-1$
				"CITES Secretariat", "{meeting} Doc. {item}", DocumentLayout.CITES); //$NON-NLS-1$ //$NON-NLS-2$
		case CMS -> new Fallback("CONVENTION ON THE CONSERVATION OF\nMIGRATORY SPECIES OF WILD ANIMALS", //$NON-NLS-1$
				"UNEP/CMS Secretariat", "UNEP/CMS/{meeting}/Doc.{item}", DocumentLayout.CMS); //$NON-NLS-1$ //$NON-NLS-2$
		default ->
			new Fallback(convention.getLiteral().toUpperCase(Locale.ROOT), convention.getLiteral() + " Secretariat", //$NON-NLS-1$
					"{meeting} Doc. {item}", DocumentLayout.CITES); //$NON-NLS-1$
		};
	}

	private record Fallback(String conventionTitle, String secretariat, String symbolPattern, DocumentLayout layout) {
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Committee committee && committee.body == body;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(body);
	}

	@Override
	public String toString() {
		return body.getName();
	}
}
