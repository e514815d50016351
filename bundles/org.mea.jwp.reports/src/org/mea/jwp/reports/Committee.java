package org.mea.jwp.reports;

/**
 * The committee a progress report is addressed to. The two Conventions name their committee,
 * their documents and their Secretariat differently; the report takes all of that from here.
 */
public enum Committee {

	/** The CITES Standing Committee ("SC65 Doc. 14.3"). */
	CITES_SC("CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES\nOF WILD FAUNA AND FLORA", //$NON-NLS-1$
			"Standing Committee", "SC", "CITES Secretariat", "body-cites-sc"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The CMS Standing Committee ("UNEP/CMS/StC41/Doc.12"). */
	CMS_STC("CONVENTION ON THE CONSERVATION OF\nMIGRATORY SPECIES OF WILD ANIMALS", //$NON-NLS-1$
			"Standing Committee", "StC", "UNEP/CMS Secretariat", "body-cms-stc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final String convention;
	private final String committee;
	private final String abbreviation;
	private final String secretariat;
	private final String bodyId;

	Committee(String convention, String committee, String abbreviation, String secretariat, String bodyId) {
		this.convention = convention;
		this.committee = committee;
		this.abbreviation = abbreviation;
		this.secretariat = secretariat;
		this.bodyId = bodyId;
	}

	/** The Convention's full name in capitals, as on the first page of its documents. */
	public String conventionName() {
		return convention;
	}

	/** "Standing Committee". */
	public String committeeName() {
		return committee;
	}

	/** The symbol prefix of the committee's meetings ("SC", "StC"). */
	public String abbreviation() {
		return abbreviation;
	}

	/** Who writes to the committee. */
	public String secretariat() {
		return secretariat;
	}

	/** The id of the committee's body in the programme's registry. */
	public String bodyId() {
		return bodyId;
	}

	/** The committee whose body is {@code body} (by id, else by convention), or {@code null}. */
	public static Committee of(org.mea.jwp.model.Body body) {
		if (body == null) {
			return null;
		}
		for (Committee committee : values()) {
			if (committee.bodyId.equals(body.getId())) {
				return committee;
			}
		}
		return switch (body.getConvention()) {
		case CITES -> CITES_SC;
		case CMS -> CMS_STC;
		default -> null;
		};
	}

	/** The committee for a parameter value ("CITES_SC", "cites-sc", "CMS_StC"...). */
	public static Committee parse(String value) {
		String key = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'); //$NON-NLS-1$
		for (Committee committee : values()) {
			if (committee.name().equals(key)) {
				return committee;
			}
		}
		throw new IllegalArgumentException("Unknown committee \"" + value + "\"; use CITES_SC or CMS_STC"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
