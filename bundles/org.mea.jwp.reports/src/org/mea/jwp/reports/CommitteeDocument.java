package org.mea.jwp.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.mea.jwp.core.translation.Translations;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Adoption;
import org.mea.jwp.model.AdoptionKind;
import org.mea.jwp.model.BodyKind;
import org.mea.jwp.model.DocumentLayout;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.Translatable;
import org.mea.jwp.model.operations.Timeframes;

/**
 * What every document to a committee shows, whatever it reports: the first page in the committee's
 * layout ({@code designs/committee.rptlibrary}, see {@code docs/report-layouts.md}) with the symbol,
 * the Convention, the meeting, the agenda heading and the title, the running footer, and the
 * sentences that the documents share (what a body did with the programme, where its activities
 * went, who prepared the document). The designs' first-page elements read these methods from the
 * report data; {@link ProgressReportData} and {@link FinalReportData} add their own content.
 */
public abstract class CommitteeDocument {

	protected final Programme programme;
	protected final Committee committee;
	protected final Meeting meeting;
	protected final LocalDate reportingDate;
	protected final String author;
	protected final String symbol;
	private final String agenda;
	/** The language of the document's fixed words; English until {@link #in} says otherwise. */
	protected Wording wording = Wording.english();

	/**
	 * @param meeting the meeting the document is for (may be null: the line then says only the committee)
	 * @param author who prepared the document (the committee's secretariat when blank)
	 * @param symbol the document symbol ("SC65 Doc. 14.3")
	 * @param agenda the agenda heading (the usual one of the joint work programme when blank)
	 */
	protected CommitteeDocument(Programme programme, Committee committee, Meeting meeting, LocalDate reportingDate,
			String author, String symbol, String agenda) {
		this.programme = programme;
		this.committee = committee;
		this.meeting = meeting;
		this.reportingDate = reportingDate;
		this.author = author == null || author.isBlank() ? committee.secretariat() : author.strip();
		this.symbol = symbol;
		this.agenda = agenda == null || agenda.isBlank() ? null : agenda.strip();
	}

	/**
	 * Writes the document's fixed words (language line, meeting line, dates of the first page,
	 * headings, title, authorship) in the language of {@code value}. Call before reading the rows.
	 */
	public CommitteeDocument in(Wording value) {
		wording = value;
		return this;
	}

	/** The language of the document's fixed words. */
	public Wording wording() {
		return wording;
	}

	/** The document's language: "en", "fr" or "es" (the HTML report's {@code lang}). */
	public String language() {
		return wording.language();
	}

	/** A fixed text of the designs in the document's language ("column.code": "Code", "Código"); see {@link Wording#text}. */
	public String word(String key) {
		return wording.text(key);
	}

	/** The line above the Convention's name: "Original language: English", "Langue originale : anglais". */
	public String languageLine() {
		return wording.text("language.line"); //$NON-NLS-1$
	}

	/** The document symbol, top right and in the running footer. */
	public String symbol() {
		return symbol;
	}

	/** The agenda heading above the title: the one given, else the usual one of a joint work programme. */
	public String agenda() {
		return agenda != null ? agenda : wording.text("agenda.default"); //$NON-NLS-1$
	}

	/** "Sixty-fifth meeting of the Standing Committee", "Soixante-cinquième session du Comité permanent". */
	public String meetingTitle() {
		if (meeting == null || meeting.getNumber() <= 0) {
			return wording.text("meeting.unnumbered", committeeName()); //$NON-NLS-1$
		}
		return wording.text("meeting.numbered", wording.ordinal(meeting.getNumber()), committeeName()); //$NON-NLS-1$
	}

	/** The committee in the document's language: "Standing Committee", "Comité permanent"; another body by its name. */
	protected String committeeName() {
		return committee.body().getKind() == BodyKind.STANDING_COMMITTEE ? wording.text("committee.standing") //$NON-NLS-1$
				: committee.committeeName();
	}

	/** "Geneva (Switzerland), 7-11 July 2014", or what is known of place and dates. */
	public String meetingPlaceAndDates() {
		return meeting == null ? "" : placeAndDates(meeting); //$NON-NLS-1$
	}

	/** Where and when a meeting is: "Geneva (Switzerland), 7-11 July 2014", the dates in the document's language. */
	protected String placeAndDates(Meeting meeting) {
		String when;
		if (meeting.getStartDate() != null) {
			when = wording.days(meeting.getStartDate(), meeting.getEndDate());
		} else {
			when = ((meeting.getWhen() == null ? "" : meeting.getWhen()) //$NON-NLS-1$
					+ (meeting.getYear() > 0 && (meeting.getWhen() == null
							|| !meeting.getWhen().contains(Integer.toString(meeting.getYear())))
									? " " + meeting.getYear() //$NON-NLS-1$
									: "")) //$NON-NLS-1$
					.strip();
		}
		String place = meeting.getPlace() == null ? "" : name(meeting, Literals.MEETING__PLACE).strip(); //$NON-NLS-1$
		return place.isEmpty() ? when : when.isEmpty() ? place : place + ", " + when; //$NON-NLS-1$
	}

	/** The document's title, in capitals: the programme's title and {@link #documentKind()}. */
	public String title() {
		return (programme.getTitle() == null ? "JOINT WORK PROGRAMME" //$NON-NLS-1$
				: name(programme, Literals.PROGRAMME__TITLE).toUpperCase(wording.locale()))
				+ ": " + documentKind(); //$NON-NLS-1$
	}

	/** What the document is, in capitals after the programme's title ("PROGRESS REPORT"), in the document's language. */
	protected abstract String documentKind();

	/** CMS layout: the summary on page 1, what the document is and what the committee is asked to do. */
	public abstract String summary();

	/** The Convention's name for the first page. */
	public String conventionName() {
		String translated = translation(committee.body(), Literals.BODY__CONVENTION_TITLE);
		return translated != null ? translated : committee.conventionName();
	}

	/**
	 * The text of {@code attribute} of {@code element} in the document's language: its translation
	 * when there is an up-to-date one, else null (in English: always null, the original is the text).
	 */
	protected String translation(Translatable element, EAttribute attribute) {
		return wording.language().equals("en") ? null : Translations.text(element, attribute, wording.language()); //$NON-NLS-1$
	}

	/** A name or title in the document's language, else the original (unmarked: it heads something). */
	protected String name(Translatable element, EAttribute attribute) {
		String translated = translation(element, attribute);
		return translated != null ? translated : (String) element.eGet(attribute);
	}

	/**
	 * A text of the body of the document (an activity, a sub-item, a narrative) in the document's
	 * language, else the original marked as CITES marks English-only material ("(en anglais
	 * seulement)").
	 */
	protected String block(Translatable element, EAttribute attribute) {
		String original = (String) element.eGet(attribute);
		if (original == null || original.isBlank() || wording.language().equals("en")) { //$NON-NLS-1$
			return original;
		}
		String translated = translation(element, attribute);
		return translated != null ? translated : original.strip() + wording.text("englishOnly"); //$NON-NLS-1$
	}

	/**
	 * How many of the programme's texts that the document shows have no up-to-date version in its
	 * language and are given in English: the programme's title and background, the Convention's name,
	 * the meeting's place, the themes', groups', activities' and sub-items' texts. 0 in English.
	 */
	public int textsInEnglish() {
		if (wording.language().equals("en")) { //$NON-NLS-1$
			return 0;
		}
		int count = 0;
		count += missing(programme, Literals.PROGRAMME__TITLE) + missing(programme, Literals.PROGRAMME__BACKGROUND);
		count += missing(committee.body(), Literals.BODY__CONVENTION_TITLE);
		if (meeting != null) {
			count += missing(meeting, Literals.MEETING__PLACE);
		}
		for (Theme theme : programme.getThemes()) {
			count += missing(theme, Literals.THEME__NAME);
			for (ActivityGroup group : theme.getGroups()) {
				count += missing(group, Literals.ACTIVITY_GROUP__NAME);
				for (Activity activity : group.getActivities()) {
					count += missing(activity, Literals.ACTIVITY__TEXT);
					for (SubItem item : activity.getSubItems()) {
						count += missing(item, Literals.SUB_ITEM__TEXT);
					}
				}
			}
		}
		return count;
	}

	private int missing(Translatable element, EAttribute attribute) {
		Object original = element.eGet(attribute);
		return original instanceof String text && !text.isBlank() && translation(element, attribute) == null ? 1 : 0;
	}

	/** The paragraph that says how many texts are given in English; null in English. */
	protected String textsInEnglishSentence() {
		return wording.language().equals("en") ? null : wording.text("englishOnly.count", textsInEnglish()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * True when the committee's documents have the UNEP/CMS Secretariat's first page (see
	 * {@code docs/report-layouts.md}): emblem and distribution block, the meeting in capitals, the agenda
	 * item, a summary, and the numbered text from page 2; false for the CITES Secretariat's.
	 */
	public boolean cmsLayout() {
		return committee.layout() == DocumentLayout.CMS;
	}

	/** CMS layout: "40th MEETING OF THE STANDING COMMITTEE". */
	public String meetingLineInCapitals() {
		String name = committeeName().toUpperCase(wording.locale());
		return meeting == null || meeting.getNumber() <= 0 ? wording.text("meeting.inCapitalsUnnumbered", name) //$NON-NLS-1$
				: wording.text("meeting.inCapitals", wording.ordinalInFigures(meeting.getNumber()), name); //$NON-NLS-1$
	}

	/** CMS layout, the distribution block: "Distribution: General". */
	public String distributionLine() {
		return wording.text("cms.distribution"); //$NON-NLS-1$
	}

	/** CMS layout, the distribution block: "Original: English". */
	public String originalLine() {
		return wording.text("cms.original"); //$NON-NLS-1$
	}

	/** CMS layout: the label of the summary box, "Summary:". */
	public String summaryLabel() {
		return wording.text("cms.summary"); //$NON-NLS-1$
	}

	/** CMS layout: "Bonn, Germany, 3-4 November 2014" (the country after a comma, not in brackets). */
	public String meetingPlaceAndDatesWithCommas() {
		return meetingPlaceAndDates().replaceAll("\\s*\\(([^)]*)\\)", ", $1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** CMS layout: "Agenda Item 14.3", from the symbol; empty when the symbol names no item. */
	public String agendaItemLine() {
		String item = agendaItem(symbol);
		return item == null ? "" : wording.text("agenda.item", item); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The agenda item a symbol names: what follows its last "Doc." ("14.3"); null when it names none. */
	static String agendaItem(String documentSymbol) {
		if (documentSymbol != null) {
			int doc = documentSymbol.lastIndexOf("Doc."); //$NON-NLS-1$
			if (doc >= 0) {
				String item = documentSymbol.substring(doc + 4).strip().split("[/ ]")[0]; //$NON-NLS-1$
				return item.isEmpty() ? null : item;
			}
		}
		return null;
	}

	/** CMS layout: the line under the title on page 2, "(Prepared by the UNEP/CMS Secretariat)". */
	public String preparedBy() {
		return wording.text("prepared.line", author); //$NON-NLS-1$
	}

	/** The reporting date in words in the document's language ("31 December 2014", "31 décembre 2014"). */
	public String reportingDateText() {
		return wording.date(reportingDate);
	}

	/** The authorship paragraph of the CITES layout: "This document has been prepared by the CITES Secretariat." */
	protected String authorship() {
		return wording.text("prepared.paragraph", author); //$NON-NLS-1$
	}

	protected static void heading(List<Map<String, Object>> rows, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", "heading"); //$NON-NLS-1$ //$NON-NLS-2$
		row.put("number", ""); //$NON-NLS-1$ //$NON-NLS-2$
		row.put("text", text); //$NON-NLS-1$
		rows.add(row);
	}

	protected static void paragraph(List<Map<String, Object>> rows, int[] number, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", "paragraph"); //$NON-NLS-1$ //$NON-NLS-2$
		row.put("number", ++number[0] + "."); //$NON-NLS-1$
		row.put("text", text); //$NON-NLS-1$
		rows.add(row);
	}

	/**
	 * The paragraphs of {@code rows} (made by {@link #heading} and {@link #paragraph}), each with the
	 * {@code heading} of its section and a {@code section} key that sorts in document order: a design
	 * groups them by section and shows each heading once, above its group.
	 */
	protected static List<Map<String, Object>> inSections(List<Map<String, Object>> rows) {
		List<Map<String, Object>> paragraphs = new ArrayList<>();
		int section = 0;
		String heading = ""; //$NON-NLS-1$
		for (Map<String, Object> row : rows) {
			if ("heading".equals(row.get("kind"))) { //$NON-NLS-1$ //$NON-NLS-2$
				section++;
				heading = (String) row.get("text"); //$NON-NLS-1$
			} else {
				Map<String, Object> paragraph = new LinkedHashMap<>(row);
				paragraph.put("section", String.format("%03d", section)); //$NON-NLS-1$ //$NON-NLS-2$
				paragraph.put("heading", heading); //$NON-NLS-1$
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/**
	 * One row per activity of the programme in document order, with what every committee
	 * document's Annex shows of it: {@code themeKey} and {@code groupKey} (which sort in document
	 * order: BIRT sorts groups by their key), {@code theme}, {@code group}, {@code code} and
	 * {@code activity} (its text with its sub-items); {@code columns} adds the design's own.
	 */
	protected List<Map<String, Object>> activityRows(BiConsumer<Activity, Map<String, Object>> columns) {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Theme> themes = programme.getThemes();
		for (int t = 0; t < themes.size(); t++) {
			Theme theme = themes.get(t);
			List<ActivityGroup> groups = theme.getGroups();
			for (int g = 0; g < groups.size(); g++) {
				ActivityGroup group = groups.get(g);
				for (Activity activity : group.getActivities()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("themeKey", String.format("%03d", t)); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("groupKey", String.format("%03d/%03d", t, g)); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("theme", theme.getLetter() + ". " + name(theme, Literals.THEME__NAME)); //$NON-NLS-1$
					row.put("group", group.getName() == null ? "" : name(group, Literals.ACTIVITY_GROUP__NAME)); //$NON-NLS-1$ //$NON-NLS-2$
					row.put("code", activity.getCode()); //$NON-NLS-1$
					row.put("activity", ActivityText.withSubItems(activity, a -> block(a, Literals.ACTIVITY__TEXT), //$NON-NLS-1$
							item -> block(item, Literals.SUB_ITEM__TEXT)));
					columns.accept(activity, row);
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/**
	 * How every committee document opens: who prepared it (CITES layout; the CMS layout says it under
	 * the title), how many of its texts are in English (another language only), the cycle's
	 * {@code introduction} if any, then the background: what a body did with the programme and the
	 * programme's own background.
	 */
	protected void opening(List<Map<String, Object>> rows, int[] number, String introduction) {
		if (!cmsLayout()) {
			paragraph(rows, number, authorship());
		}
		if (textsInEnglishSentence() != null) {
			paragraph(rows, number, textsInEnglishSentence());
		}
		narrative(rows, number, introduction);
		heading(rows, wording.text("heading.background")); //$NON-NLS-1$
		paragraph(rows, number, adoptionSentence());
		narrative(rows, number, block(programme, Literals.PROGRAMME__BACKGROUND));
	}

	/** Paragraphs of a hand-written narrative: separated by blank lines, lines within one joined. */
	protected static void narrative(List<Map<String, Object>> rows, int[] number, String text) {
		if (text != null && !text.isBlank()) {
			for (String part : text.strip().split("\\n\\s*\\n")) { //$NON-NLS-1$
				paragraph(rows, number, part.strip().replaceAll("\\s*\\n\\s*", " ")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * When the programme has a successor: a section saying which activities go on in it
	 * ("Carried forward", "The 29 activities not completed ... A1, A3, ...").
	 */
	protected void carriedForward(List<Map<String, Object>> rows, int[] number) {
		if (programme.getSuccessor() == null || programme.getSuccessor().isBlank()) {
			return;
		}
		List<String> codes = programme.activities().stream()
				.filter(a -> a.getCarriedForwardTo() != null && !a.getCarriedForwardTo().isBlank())
				.map(Activity::getCode).toList();
		heading(rows, wording.text("heading.carriedForward")); //$NON-NLS-1$
		paragraph(rows, number, codes.isEmpty() ? wording.text("carried.none", programme.getSuccessor()) //$NON-NLS-1$
				: wording.text("carried.some", codes.size(), programme.getSuccessor(), String.join(", ", codes))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * What a body did with the programme, from the programme's adoptions: the committee's own latest
	 * act, else the latest adoption or endorsement by another body, naming it ("At its 38th meeting
	 * (November 2011), the CMS Standing Committee adopted the ..."); a plain sentence when none is
	 * recorded. In the document's language ("À sa 62ème session (Genève, juillet 2012), le Comité
	 * permanent a adopté le ...").
	 */
	protected String adoptionSentence() {
		boolean english = wording.language().equals("en"); //$NON-NLS-1$
		String title = english ? programme.getTitle() : name(programme, Literals.PROGRAMME__TITLE);
		String period = programme.getPeriodStart() + "-" + programme.getPeriodEnd(); //$NON-NLS-1$
		Adoption adoption = adoption();
		if (adoption == null) {
			return wording.text("adoption.none", title, programme.getDocumentSymbol(), period); //$NON-NLS-1$
		}
		String when = adoption.getMeeting() != null
				? wording.text("adoption.atMeeting", numberedMeeting(adoption.getMeeting())) //$NON-NLS-1$
				: adoption.getDate() != null ? wording.text("adoption.onDate", wording.date(adoption.getDate())) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		String name;
		BodyKind kind;
		if (adoption.getBody() == committee.body()) {
			name = english ? committee.committeeName() : committeeName();
			kind = committee.body().getKind();
		} else {
			name = english ? adoption.getBody().getName() : name(adoption.getBody(), Literals.BODY__NAME);
			kind = adoption.getBody().getKind();
		}
		String who = wording.text("adoption.body." + (kind == null ? BodyKind.OTHER : kind).getName(), name); //$NON-NLS-1$
		String did = wording.text("adoption." + adoption.getKind().getName(), who, title, programme.getDocumentSymbol(), //$NON-NLS-1$
				period);
		String sentence = when.isEmpty() ? did : when + " " + did; //$NON-NLS-1$
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private Adoption adoption() {
		Comparator<Adoption> latest = Comparator.comparing(CommitteeDocument::adoptionDate,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		List<Adoption> withBody = programme.getAdoptions().stream().filter(a -> a.getBody() != null).toList();
		return withBody.stream().filter(a -> a.getBody() == committee.body()).max(latest)
				.or(() -> withBody.stream()
						.filter(a -> a.getKind() == AdoptionKind.ADOPTED || a.getKind() == AdoptionKind.ENDORSED)
						.max(latest))
				.orElse(null);
	}

	/** When an act took place, as far as the model knows (its date, its meeting's first day, the meeting's year). */
	private static LocalDate adoptionDate(Adoption adoption) {
		if (adoption.getDate() != null) {
			return adoption.getDate();
		}
		Meeting meeting = adoption.getMeeting();
		if (meeting == null) {
			return null;
		}
		return meeting.getStartDate() != null ? meeting.getStartDate()
				: meeting.getYear() > 0 ? LocalDate.of(meeting.getYear(), 1, 1) : null;
	}

	/** "62nd meeting (Geneva, July 2012)", "38th meeting (November 2011)", "62ème session (Genève, juillet 2012)". */
	private String numberedMeeting(Meeting meeting) {
		String name = meeting.getNumber() > 0
				? wording.text("adoption.meeting", wording.ordinalInFigures(meeting.getNumber())) //$NON-NLS-1$
				: wording.text("adoption.meetingUnnumbered"); //$NON-NLS-1$
		String place = meeting.getPlace() == null ? "" //$NON-NLS-1$
				: name(meeting, Literals.MEETING__PLACE).replaceAll("\\s*\\(.*\\)", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		String date = meeting.getStartDate() != null ? wording.month(meeting.getStartDate())
				: meeting.getWhen() != null && meeting.getWhen().matches(".*\\d{4}.*") ? meeting.getWhen() //$NON-NLS-1$
						: meeting.getYear() > 0 ? Integer.toString(meeting.getYear()) : ""; //$NON-NLS-1$
		String details = String.join(", ", //$NON-NLS-1$
				java.util.stream.Stream.of(place, date).filter(part -> !part.isEmpty()).toList());
		return details.isEmpty() ? name : name + " (" + details + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A list in words: "A", "A and B", "A, B and C"; "A, B et C". */
	protected String inWords(List<String> items) {
		return items.size() <= 1 ? String.join("", items) //$NON-NLS-1$
				: wording.text("list.and", String.join(", ", items.subList(0, items.size() - 1)), //$NON-NLS-1$//$NON-NLS-2$
						items.get(items.size() - 1));
	}

	/** An activity's timeframe as the document shows it: as the programme words it, "On-going" in the document's language. */
	protected String timeframe(Activity activity) {
		if (activity.getTimeframe() == null) {
			return ""; //$NON-NLS-1$
		}
		String wording = Timeframes.wording(activity.getTimeframe());
		return !this.wording.language().equals("en") && wording != null && wording.strip().matches("(?i)on-?\\s?going") //$NON-NLS-1$ //$NON-NLS-2$
				? this.wording.text("timeframe.ongoing") //$NON-NLS-1$
				: wording;
	}

	/**
	 * A label of the designs' charts in the document's language: the charts' models
	 * ({@code releng/org.mea.jwp.chartgen}) name the statuses and the axis in English, and their
	 * scripts ask for the label to draw.
	 */
	public String chartLabel(String label) {
		return chartLabel(wording, label);
	}

	/**
	 * {@code label} in {@code wording}'s language: a status or the axis title, in any of the three
	 * languages (a chart model may be drawn again, in another language); another label as it is.
	 */
	static String chartLabel(Wording wording, String label) {
		if (label == null) {
			return null;
		}
		for (String language : Wording.LANGUAGES) {
			Wording in = language.equals(wording.language()) ? wording : Wording.of(language);
			for (ActivityStatus status : ActivityStatus.VALUES) {
				if (label.equals(in.text("statusName." + status.getName()))) { //$NON-NLS-1$
					return wording.text("statusName." + status.getName()); //$NON-NLS-1$
				}
			}
			if (label.equals(in.text("chart.axis"))) { //$NON-NLS-1$
				return wording.text("chart.axis"); //$NON-NLS-1$
			}
		}
		return label;
	}

}
