package org.mea.jwp.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.AppendixListing;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/** The derived behaviour declared as EOperations in jwp.ecore. */
class OperationsTest {

	private static final JwpFactory F = JwpFactory.eINSTANCE;
	private static final LocalDate REPORTING = LocalDate.of(2014, 12, 31);

	@Test
	void activityIsOverdueOnlyWhenItsTimeframeEndedAndItIsNotDone() {
		Activity a5 = activity("A5", "2012-13");
		assertTrue(a5.isOverdue(REPORTING));
		assertFalse(a5.isOverdue(LocalDate.of(2013, 12, 31)), "due on the reporting date is not overdue");
		a5.setStatus(ActivityStatus.COMPLETED);
		assertFalse(a5.isOverdue(REPORTING));
		a5.setStatus(ActivityStatus.CANCELLED);
		assertFalse(a5.isOverdue(REPORTING));
		assertFalse(activity("B2", "On-going").isOverdue(REPORTING));
		assertFalse(activity("B5", "Will depend on decisions adopted at CMS CoP10").isOverdue(REPORTING));
		assertFalse(F.createActivity().isOverdue(REPORTING), "no timeframe, nothing to be late for");
	}

	@Test
	void latestProgressIsTheLatestDatedEntry() {
		Activity activity = activity("B1", "2012-2014");
		assertNull(activity.latestProgress());
		ProgressEntry late = progress(activity, LocalDate.of(2014, 6, 1));
		progress(activity, LocalDate.of(2013, 1, 1));
		progress(activity, null);
		assertSame(late, activity.latestProgress());
		ProgressEntry correction = progress(activity, LocalDate.of(2014, 6, 1));
		assertSame(correction, activity.latestProgress(), "same date: the later entry wins");
	}

	@Test
	void programmeListsAndFindsActivitiesInDocumentOrder() {
		Programme programme = F.createProgramme();
		Theme a = theme(programme, "A");
		Theme b = theme(programme, "B");
		ActivityGroup concordance = group(a);
		ActivityGroup elephant = group(b);
		ActivityGroup sharks = group(b);
		Activity a1 = add(concordance, activity("A1", "2012"));
		Activity b1 = add(elephant, activity("B1", "2012-2014"));
		Activity b6 = add(sharks, activity("B6", "2012"));
		assertEquals(java.util.List.of(a1, b1, b6), programme.activities());
		assertEquals(java.util.List.of(b1, b6), b.activities());
		assertSame(b6, programme.findActivity("B6"));
		assertNull(programme.findActivity("Z9"));
		assertSame(b, b6.getTheme());
		assertThrows(UnsupportedOperationException.class, () -> programme.activities().clear(),
				"the derived list must not look editable");
	}

	@Test
	void taxonDifferencesNeedBothSidesKnown() {
		Taxon elephant = F.createTaxon();
		assertFalse(elephant.namesDiffer());
		assertFalse(elephant.appendicesDiffer());
		elephant.setCitesName("Loxodonta africana");
		assertFalse(elephant.namesDiffer(), "CMS name unknown");
		elephant.setCmsName("Loxodonta  africana");
		assertFalse(elephant.namesDiffer(), "same name, other spacing");
		elephant.setCmsName("Loxodonta cyclotis");
		assertTrue(elephant.namesDiffer());
		elephant.setCitesAppendix(AppendixListing.I);
		assertFalse(elephant.appendicesDiffer(), "CMS listing unknown");
		elephant.setCmsAppendix(AppendixListing.II);
		assertTrue(elephant.appendicesDiffer());
	}

	@Test
	void meetingSymbolFromBodyAndNumber() {
		Body sc = F.createBody();
		sc.setAbbreviation("SC");
		Meeting sc62 = F.createMeeting();
		sc62.setBody(sc);
		sc62.setNumber(62);
		assertEquals("SC62", sc62.symbol());
		Meeting unnumbered = F.createMeeting();
		unnumbered.setBody(sc);
		unnumbered.setYear(2014);
		assertEquals("SC 2014", unnumbered.symbol());
		Meeting rio = F.createMeeting();
		rio.setName("United Nations Conference on Sustainable Development");
		assertEquals("United Nations Conference on Sustainable Development", rio.symbol());
	}

	private static Activity activity(String code, String timeframe) {
		Activity activity = F.createActivity();
		activity.setCode(code);
		activity.setTimeframe(Timeframes.parse(timeframe));
		return activity;
	}

	private static ProgressEntry progress(Activity activity, LocalDate date) {
		ProgressEntry entry = F.createProgressEntry();
		entry.setDate(date);
		activity.getProgress().add(entry);
		return entry;
	}

	private static Theme theme(Programme programme, String letter) {
		Theme theme = F.createTheme();
		theme.setLetter(letter);
		programme.getThemes().add(theme);
		return theme;
	}

	private static ActivityGroup group(Theme theme) {
		ActivityGroup group = F.createActivityGroup();
		theme.getGroups().add(group);
		return group;
	}

	private static Activity add(ActivityGroup group, Activity activity) {
		group.getActivities().add(activity);
		return activity;
	}
}
