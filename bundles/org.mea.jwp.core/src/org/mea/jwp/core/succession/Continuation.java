package org.mea.jwp.core.succession;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.cycles.Baselines;
import org.mea.jwp.core.cycles.Cycles;
import org.mea.jwp.core.cycles.RecordBaselineCommand;
import org.mea.jwp.core.internal.exchange.Ids;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.DocumentLayout;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.TimeframeKind;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;
import org.mea.jwp.model.operations.Timeframes;

/**
 * The programme that continues another over a new period ("File > New Programme > Continue
 * from...", {@code jwp continue}): the activities chosen are carried forward, each saying which
 * one it continues; the registries (taxa, organizations, instruments, bodies, decisions) are
 * copied, with the meetings of the new period. The earlier programme is not changed here; see
 * {@link #markCarriedForward} for what it records (its successor, where each activity went and its
 * final baseline).
 */
public final class Continuation {

	private Continuation() {
	}

	/** The activities worth carrying forward: those neither completed nor cancelled, in document order. */
	public static List<Activity> open(Programme earlier) {
		return earlier.activities().stream()
				.filter(a -> a.getStatus() != ActivityStatus.COMPLETED && a.getStatus() != ActivityStatus.CANCELLED)
				.toList();
	}

	/**
	 * A new programme for {@code startYear}–{@code endYear} continuing {@code earlier} with the
	 * activities {@code carried} (of {@code earlier}). Each keeps its code, text, sub-items, lead,
	 * status, partners, taxa and instruments, takes the new period as its timeframe (an on-going,
	 * recurring or conditional one is kept), and names the
	 * activity it continues; progress entries stay with the earlier programme. Themes and groups are
	 * those holding a carried activity.
	 *
	 * @throws IllegalArgumentException for a period that is not after the earlier one, or an
	 *             activity not of {@code earlier}
	 */
	public static Programme from(Programme earlier, int startYear, int endYear, Collection<Activity> carried) {
		if (startYear > endYear) {
			throw new IllegalArgumentException("the period " + startYear + "-" + endYear + " ends before it starts"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (earlier.getPeriodEnd() > 0 && startYear <= earlier.getPeriodEnd()) {
			throw new IllegalArgumentException("the new period must start after " + earlier.getPeriodEnd() //$NON-NLS-1$
					+ ", the last year of " + label(earlier)); //$NON-NLS-1$
		}
		Set<Activity> chosen = Set.copyOf(carried);
		for (Activity activity : chosen) {
			if (EcoreUtil.getRootContainer(activity) != earlier) {
				throw new IllegalArgumentException("activity " + activity.getCode() + " is not of " + label(earlier)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String oldPeriod = period(earlier.getPeriodStart(), earlier.getPeriodEnd());
		String newPeriod = period(startYear, endYear);

		// references to what is not copied (progress, old meetings, cycles) are dropped, not shared
		EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
		Programme next = JwpFactory.eINSTANCE.createProgramme();
		next.setId(renamed(earlier.getId(), oldPeriod, newPeriod));
		next.setTitle(renamed(earlier.getTitle(), oldPeriod, newPeriod));
		next.setFormatVersion(earlier.getFormatVersion());
		next.setPeriodStart(startYear);
		next.setPeriodEnd(endYear);
		next.setDocumentTitle(earlier.getDocumentTitle());
		next.setAnnexTitle(renamed(earlier.getAnnexTitle(), oldPeriod, newPeriod));
		next.setPredecessor(label(earlier));
		next.getTaxa().addAll(copier.copyAll(earlier.getTaxa()));
		next.getOrganizations().addAll(copier.copyAll(earlier.getOrganizations()));
		next.getInstruments().addAll(copier.copyAll(earlier.getInstruments()));
		next.getBodies().addAll(copier.copyAll(earlier.getBodies()));
		next.getDecisions().addAll(copier.copyAll(earlier.getDecisions()));
		next.getMeetings().addAll(copier.copyAll(earlier.getMeetings().stream()
				.filter(m -> m.getYear() >= startYear && m.getYear() <= endYear).toList()));
		for (Theme theme : earlier.getThemes()) {
			Theme newTheme = null;
			for (ActivityGroup group : theme.getGroups()) {
				List<Activity> kept = group.getActivities().stream().filter(chosen::contains).toList();
				if (kept.isEmpty()) {
					continue;
				}
				if (newTheme == null) {
					newTheme = shallow(copier, theme);
					next.getThemes().add(newTheme);
				}
				ActivityGroup newGroup = shallow(copier, group);
				newTheme.getGroups().add(newGroup);
				for (Activity activity : kept) {
					newGroup.getActivities().add(carriedForward(copier, activity, startYear, endYear));
				}
			}
		}
		copier.copyReferences();
		return next;
	}

	private static Activity carriedForward(EcoreUtil.Copier copier, Activity activity, int startYear, int endYear) {
		Activity copy = (Activity) copier.copy(activity);
		copy.getProgress().clear();
		copy.setContinues(activity.getCode());
		TimeframeKind kind = activity.getTimeframe() == null ? TimeframeKind.UNSPECIFIED
				: activity.getTimeframe().getKind();
		if (kind != TimeframeKind.ONGOING && kind != TimeframeKind.RECURRING && kind != TimeframeKind.CONDITIONAL) {
			// a year or a range of the earlier period is over: the activity runs in the new one
			copy.setTimeframe(Timeframes.parse(startYear + "-" + endYear)); //$NON-NLS-1$
		}
		return copy;
	}

	/** A theme or group with its own attributes and none of its children. */
	@SuppressWarnings("unchecked")
	private static <T extends EObject> T shallow(EcoreUtil.Copier copier, T original) {
		T copy = (T) EcoreUtil.create(original.eClass());
		original.eClass().getEAllAttributes().forEach(attribute -> copy.eSet(attribute, original.eGet(attribute)));
		copier.put(original, copy);
		return copy;
	}

	/**
	 * What {@code earlier} records when {@code next} continues it, as one command (Undo takes it
	 * back in the workbench): the programme names its successor, each activity of {@code carried}
	 * the programme that continues it, and the programme's final baseline is recorded, the record of
	 * every activity at the end of its period, in the cycle of its final report (a cycle marked
	 * {@linkplain ReportingCycle#isFinalReport() final report}; one is added, with the id
	 * {@code cycle-final}, dated the last day of the period and addressed to the programme's first
	 * Standing Committee, when there is none). A final baseline already recorded is kept.
	 *
	 * @param today the day the record is taken
	 */
	public static Command markCarriedForward(EditingDomain domain, Programme earlier, Programme next,
			Collection<Activity> carried, LocalDate today) {
		String successor = label(next);
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Continuation_carryForward, successor));
		command.append(SetCommand.create(domain, earlier, JwpPackage.Literals.PROGRAMME__SUCCESSOR, successor));
		for (Activity activity : carried) {
			command.append(
					SetCommand.create(domain, activity, JwpPackage.Literals.ACTIVITY__CARRIED_FORWARD_TO, successor));
		}
		ReportingCycle finalCycle = finalCycle(earlier);
		if (finalCycle == null) {
			command.append(AddCommand.create(domain, earlier, JwpPackage.Literals.PROGRAMME__CYCLES,
					newFinalCycle(earlier, today)));
		} else if (finalCycle.getBaseline() == null) {
			command.append(new RecordBaselineCommand(finalCycle, today));
		}
		return command;
	}

	/**
	 * {@link #markCarriedForward(EditingDomain, Programme, Programme, Collection, LocalDate)} done at
	 * once, outside an editor ({@code jwp continue}).
	 */
	public static void markCarriedForward(Programme earlier, Programme next, Collection<Activity> carried,
			LocalDate today) {
		EditingDomain domain = ProgrammeEditingDomains.create();
		domain.getCommandStack().execute(markCarriedForward(domain, earlier, next, carried, today));
	}

	/** The cycle of the programme's final report, or null (the last one when several say they are). */
	public static ReportingCycle finalCycle(Programme programme) {
		return programme.getCycles().stream().filter(ReportingCycle::isFinalReport).reduce((a, b) -> b).orElse(null);
	}

	/** The cycle of the final report with its baseline, recorded now: added whole, so that Undo removes both. */
	private static ReportingCycle newFinalCycle(Programme earlier, LocalDate today) {
		ReportingCycle cycle = JwpFactory.eINSTANCE.createReportingCycle();
		cycle.setId(new Ids(earlier).allocate("cycle-final")); //$NON-NLS-1$
		cycle.setFinalReport(true);
		LocalDate end = Cycles.programmeEnd(earlier);
		cycle.setReportingDate(end);
		earlier.getBodies().stream().filter(body -> body.getDocumentLayout() != DocumentLayout.NONE).findFirst()
				.ifPresent(cycle::setCommittee);
		Baseline baseline = Baselines.snapshot(earlier, end == null ? today : end, today);
		baseline.setNote("The programme at the end of its period, recorded when the " + label(earlier) //$NON-NLS-1$
				+ " was continued"); //$NON-NLS-1$
		cycle.setBaseline(baseline);
		return cycle;
	}

	/** "CMS-CITES Joint Work Programme 2012-2014". */
	public static String label(Programme programme) {
		String title = programme.getTitle() == null ? programme.getId() : programme.getTitle();
		String period = period(programme.getPeriodStart(), programme.getPeriodEnd());
		return title.contains(period) || period.isEmpty() ? title : title + " " + period;
	}

	private static String period(int start, int end) {
		return start > 0 && end > 0 ? start + "-" + end : ""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code text} with the earlier period replaced by the new one, or the new period added. */
	private static String renamed(String text, String oldPeriod, String newPeriod) {
		if (text == null) {
			return null;
		}
		if (!oldPeriod.isEmpty() && text.contains(oldPeriod)) {
			return text.replace(oldPeriod, newPeriod);
		}
		return text + "-" + newPeriod; //$NON-NLS-1$
	}
}
