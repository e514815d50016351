package org.mea.jwp.core.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.OrganizationKind;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.TimeframeKind;

/**
 * IATI 2.03 activities, {@code org.mea.jwp.core.iati.xml}: the programme's activities as an
 * {@code <iati-activities>} file of the International Aid Transparency Initiative standard, version
 * 2.03, so that the secretariats can publish the programme where donors look for fundable work.
 * Elements inside {@code <iati-activity>} follow the order of the IATI schema. The output depends
 * only on the programme, except for {@code generated-datetime} and {@code last-updated-datetime}
 * (the moment of export; the model records no edit times).
 *
 * <h2>Identifiers</h2> {@code iati-identifier} is the reporting organisation's identifier, the
 * programme's document symbol and the activity code, joined by hyphens: {@code XM-JWP-SC62-Doc14.3-A1}.
 * The symbol is written without spaces after abbreviation dots ("Doc. 14.3" becomes "Doc14.3"),
 * other spaces become hyphens, and characters IATI identifiers should avoid ({@code / & | ?} and the
 * like) become hyphens too. {@value #REPORTING_ORG} is not a registered organisation identifier:
 * "XM" is the prefix IATI uses for international organisations, and "JWP" stands in until the
 * secretariat registers its own identifier with IATI; publishers replace it then (it is the prefix
 * of every identifier, as IATI requires).
 *
 * <h2>Code lists used</h2>
 * <ul>
 * <li>OrganisationType: 40 Multilateral for the secretariats, UN bodies and intergovernmental
 * organisations; 21 International NGO; 10 Government for Parties; 80 Academic, Training and
 * Research for scientific groups; 90 Other for networks and anything else.</li>
 * <li>OrganisationRole: 4 Implementing for the lead secretariat(s) (both for joint activities) and
 * for the partners the activity works with.</li>
 * <li>ActivityStatus, from the model's status:
 * <table>
 * <tr><th>JWP status</th><th>IATI code</th><th>why</th></tr>
 * <tr><td>not started</td><td>1 Pipeline/identification</td><td>planned, no work yet</td></tr>
 * <tr><td>awaiting funding</td><td>1 Pipeline/identification</td><td>cannot start before the money is found</td></tr>
 * <tr><td>in progress</td><td>2 Implementation</td><td></td></tr>
 * <tr><td>on-going</td><td>2 Implementation</td><td>continuous work is being implemented</td></tr>
 * <tr><td>completed</td><td>4 Closed</td><td>the programme tracks no finances or evaluation that could keep it
 * open, so 3 Finalisation is not used</td></tr>
 * <tr><td>cancelled</td><td>5 Cancelled</td><td></td></tr>
 * <tr><td>deferred</td><td>6 Suspended</td><td>put off, may resume</td></tr>
 * </table></li>
 * <li>ActivityDateType: 1 Planned start (1 January of the timeframe's first year) and 3 Planned end
 * (the explicit due date, else 31 December of its last year). Timeframes without years (on-going,
 * recurring, conditional, unspecified) take the programme period, within which every activity is
 * planned; IATI expects a start date on every activity.</li>
 * <li>Sector: vocabulary 1 (OECD DAC 5-digit), 41030 Biodiversity, for all activities: both
 * Conventions are biodiversity treaties and every activity of their joint programme serves them.</li>
 * <li>PolicyMarker: vocabulary 1 (OECD DAC CRS), 5 Biodiversity (aid targeting the objectives of
 * the Convention on Biological Diversity), significance 2 Principal objective, for the same reason.</li>
 * <li>ConditionType: activities "subject to external funding" have {@code attached="1"} and one
 * condition of type 1 (Policy; of the three IATI types it is the general one, as funding is
 * neither a performance nor a fiduciary condition); all others {@code attached="0"}.</li>
 * </ul>
 */
public class IatiExporter implements IExporter {

	/** Organisation identifier of the reporting organisation and prefix of every activity identifier. */
	static final String REPORTING_ORG = "XM-JWP"; //$NON-NLS-1$

	private static final String MULTILATERAL = "40"; //$NON-NLS-1$
	private static final String IMPLEMENTING = "4"; //$NON-NLS-1$

	private final Clock clock;

	public IatiExporter() {
		this(Clock.systemUTC());
	}

	/** For tests: a fixed clock gives byte-identical files. */
	IatiExporter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		String now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		XmlOutput xml = new XmlOutput(output);
		xml.start("iati-activities", "version", "2.03", "generated-datetime", now); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (Activity activity : programme.activities()) {
			activity(xml, programme, activity, now);
		}
		xml.end();
		xml.finish();
	}

	private static void activity(XmlOutput xml, Programme programme, Activity activity, String now) throws IOException {
		xml.start("iati-activity", "last-updated-datetime", now, "xml:lang", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.text("iati-identifier", identifier(programme, activity)); //$NON-NLS-1$
		xml.start("reporting-org", "ref", REPORTING_ORG, "type", MULTILATERAL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xml.text("narrative", secretariat(programme, Convention.CITES)); //$NON-NLS-1$
		xml.end();
		xml.start("title").text("narrative", title(activity)).end(); //$NON-NLS-1$ //$NON-NLS-2$
		xml.start("description", "type", "1").text("narrative", description(activity)).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (String lead : leads(programme, activity.getLead())) {
			xml.start("participating-org", "role", IMPLEMENTING, "type", MULTILATERAL).text("narrative", lead).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		for (Organization partner : activity.getPartners()) {
			xml.start("participating-org", "role", IMPLEMENTING, "type", type(partner.getKind())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.text("narrative", partner.getName()).end(); //$NON-NLS-1$
		}
		xml.empty("activity-status", "code", status(activity.getStatus())); //$NON-NLS-1$ //$NON-NLS-2$
		LocalDate[] dates = plannedDates(programme, activity.getTimeframe());
		if (dates[0] != null) {
			xml.empty("activity-date", "type", "1", "iso-date", dates[0].toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (dates[1] != null) {
			xml.empty("activity-date", "type", "3", "iso-date", dates[1].toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		xml.empty("sector", "vocabulary", "1", "code", "41030", "percentage", "100"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		xml.empty("policy-marker", "vocabulary", "1", "code", "5", "significance", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		if (activity.getFunding() == FundingCondition.SUBJECT_TO_EXTERNAL_FUNDING) {
			xml.start("conditions", "attached", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			xml.start("condition", "type", "1").text("narrative", "Subject to external funding").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			xml.end();
		} else {
			xml.empty("conditions", "attached", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xml.end();
	}

	/** {@code XM-JWP-SC62-Doc14.3-A1}; see the class comment. */
	static String identifier(Programme programme, Activity activity) {
		String symbol = programme.getDocumentSymbol();
		if (symbol == null || symbol.isBlank()) {
			symbol = programme.getId() == null ? "programme" : programme.getId(); //$NON-NLS-1$
		}
		return REPORTING_ORG + "-" + identifierPart(symbol) + "-" + identifierPart(String.valueOf(activity.getCode())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String identifierPart(String text) {
		return text.strip().replaceAll("\\.\\s+", "").replaceAll("\\s+", "-").replaceAll("[^A-Za-z0-9._-]", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** The secretariat's name as the programme records it, else the usual one. */
	private static String secretariat(Programme programme, Convention convention) {
		return programme.getOrganizations().stream()
				.filter(o -> o.getKind() == OrganizationKind.SECRETARIAT && o.getConvention() == convention)
				.map(Organization::getName).findFirst().orElse(convention.getLiteral() + " Secretariat"); //$NON-NLS-1$
	}

	private static List<String> leads(Programme programme, LeadSecretariat lead) {
		List<String> leads = new ArrayList<>();
		if (lead == LeadSecretariat.CITES || lead == LeadSecretariat.JOINT) {
			leads.add(secretariat(programme, Convention.CITES));
		}
		if (lead == LeadSecretariat.CMS || lead == LeadSecretariat.JOINT) {
			leads.add(secretariat(programme, Convention.CMS));
		}
		return leads;
	}

	/** "A1: " and the text's first sentence, at most about 150 characters (IATI titles are short). */
	private static String title(Activity activity) {
		String text = Values.normalize(activity.getText());
		int end = text.indexOf(". "); //$NON-NLS-1$
		String sentence = end > 0 ? text.substring(0, end + 1) : text;
		if (sentence.length() > 150) {
			int space = sentence.lastIndexOf(' ', 149);
			sentence = sentence.substring(0, space > 0 ? space : 149) + "\u2026"; //$NON-NLS-1$
		}
		return activity.getCode() + ": " + sentence; //$NON-NLS-1$
	}

	/** The whole text, with the sub-items as a list. */
	private static String description(Activity activity) {
		String items = activity.getSubItems().stream().map(SubItem::getText).map(t -> "\n- " + t) //$NON-NLS-1$
				.collect(Collectors.joining());
		return (activity.getText() == null ? "" : activity.getText()) + items; //$NON-NLS-1$
	}

	/** See the table in the class comment. */
	static String status(ActivityStatus status) {
		return switch (status) {
		case NOT_STARTED, AWAITING_FUNDING -> "1"; //$NON-NLS-1$
		case IN_PROGRESS, ONGOING -> "2"; //$NON-NLS-1$
		case COMPLETED -> "4"; //$NON-NLS-1$
		case CANCELLED -> "5"; //$NON-NLS-1$
		case DEFERRED -> "6"; //$NON-NLS-1$
		};
	}

	private static String type(OrganizationKind kind) {
		return switch (kind) {
		case SECRETARIAT, UN_BODY, INTERGOVERNMENTAL -> MULTILATERAL;
		case NGO -> "21"; //$NON-NLS-1$
		case PARTY -> "10"; //$NON-NLS-1$
		case SCIENTIFIC -> "80"; //$NON-NLS-1$
		case NETWORK, OTHER -> "90"; //$NON-NLS-1$
		};
	}

	/** Planned start and end; see the class comment. */
	private static LocalDate[] plannedDates(Programme programme, Timeframe timeframe) {
		boolean dated = timeframe != null
				&& (timeframe.getKind() == TimeframeKind.YEAR || timeframe.getKind() == TimeframeKind.RANGE)
				&& timeframe.getStartYear() > 0;
		int startYear = dated ? timeframe.getStartYear() : programme.getPeriodStart();
		int endYear = dated ? timeframe.getEndYear() : programme.getPeriodEnd();
		LocalDate start = startYear > 0 ? LocalDate.of(startYear, 1, 1) : null;
		LocalDate end = timeframe != null && timeframe.getDueDate() != null ? timeframe.getDueDate()
				: endYear > 0 ? LocalDate.of(endYear, 12, 31) : null;
		return new LocalDate[] { start, end };
	}
}
