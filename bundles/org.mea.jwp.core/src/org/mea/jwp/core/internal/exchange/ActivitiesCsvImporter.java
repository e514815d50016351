package org.mea.jwp.core.internal.exchange;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.persistence.ElementIds;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;

/**
 * Activities (CSV), {@code org.mea.jwp.core.activities.csv}: updates activities by code and adds
 * new ones.
 * <p>
 * Columns: Code (required), Text, Timeframe (worded as in the document: "2012-13", "On-going"...),
 * Lead (CITES, CMS, joint), Status ("not started", "on-going"...), Funding, and for new activities
 * Theme (its letter) and Group (its name). The activities export's computed columns (Overdue,
 * Latest Progress) are known and not imported, so an export reads back without warnings. Empty
 * cells leave values as they are. An existing activity stays where it is: import does not move
 * activities between groups.
 */
public class ActivitiesCsvImporter implements IImporter {

	private static final Map<String, Set<String>> COLUMNS = new LinkedHashMap<>();
	/** Columns of the activities export that are computed, not data. */
	private static final Set<String> COMPUTED = Set.of("overdue", "latestprogress"); //$NON-NLS-1$ //$NON-NLS-2$

	static {
		COLUMNS.put(ActivityRow.CODE, Set.of("code", "activity", "activitycode")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put(ActivityRow.TEXT, Set.of("text", "description", "activitytext")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		COLUMNS.put(ActivityRow.TIMEFRAME, Set.of("timeframe", "timing")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put(ActivityRow.LEAD, Set.of("lead", "leadsecretariat")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put(ActivityRow.STATUS, Set.of("status")); //$NON-NLS-1$
		COLUMNS.put(ActivityRow.FUNDING, Set.of("funding")); //$NON-NLS-1$
		COLUMNS.put(ActivityRow.THEME, Set.of("theme", "themeletter")); //$NON-NLS-1$ //$NON-NLS-2$
		COLUMNS.put(ActivityRow.GROUP, Set.of("group", "groupname", "activitygroup")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException {
		ProblemLog log = new ProblemLog();
		String label = NLS.bind(Messages.ActivitiesCsvImporter_label, sourceName);
		CsvTable table = CsvTable.read(input, log);
		if (table == null) {
			return PlannedImport.refused(log, label);
		}
		Columns columns = new Columns(table.header(), COLUMNS, COMPUTED);
		if (!columns.has(ActivityRow.CODE)) {
			log.critical(table.headerLine(), NLS.bind(Messages.ActivitiesCsvImporter_noCodeColumn,
					String.join(", ", table.header()), table.delimiter())); //$NON-NLS-1$
			return PlannedImport.refused(log, label);
		}
		columns.report(log, table.headerLine());

		Map<String, ActivityRow> rows = new LinkedHashMap<>();
		for (CsvTable.Row row : table.rows()) {
			ActivityRow read = ActivityRow.read(row, columns, log);
			if (log.isRejected(row.line())) {
				continue;
			}
			ActivityRow earlier = rows.remove(read.code());
			if (earlier != null) {
				log.warning(row.line(),
						NLS.bind(Messages.ActivitiesCsvImporter_duplicate, read.code(), earlier.line()));
			}
			rows.put(read.code(), read);
		}

		List<Change> changes = new ArrayList<>();
		Map<ActivityRow, ActivityGroup> placed = new LinkedHashMap<>();
		Map<ActivityRow, String> ids = new HashMap<>();
		Ids taken = new Ids(programme);
		int updated = 0;
		int unchanged = 0;
		for (ActivityRow row : rows.values()) {
			Activity existing = programme.findActivity(row.code());
			if (existing != null) {
				warnIfElsewhere(existing, row, columns, log);
				List<Change> rowChanges = row.changes(existing);
				changes.addAll(rowChanges);
				updated += rowChanges.isEmpty() ? 0 : 1;
				unchanged += rowChanges.isEmpty() ? 1 : 0;
				continue;
			}
			String idProblem = ElementIds.problem(row.code());
			if (idProblem != null) {
				// the code of a new activity becomes its id, which the programme's references use
				log.error(row.line(), NLS.bind(Messages.ActivitiesCsvImporter_badCode, row.code(), idProblem));
				continue;
			}
			ActivityGroup group = place(programme, row, log);
			if (group != null) {
				placed.put(row, group);
				// the embedded programme's activities have their code as id
				ids.put(row, taken.allocate(taken.isTaken(row.code()) ? "act-" + Values.slug(row.code()) : row.code())); //$NON-NLS-1$
			}
		}
		String summary = PlannedImport.summary(placed.size(), updated, unchanged, log.rejectedCount(), false);
		return new PlannedImport(log, summary, label, domain -> {
			List<Command> commands = new ArrayList<>();
			placed.forEach((row, group) -> commands.add(new AddCommand(domain, group,
					JwpPackage.Literals.ACTIVITY_GROUP__ACTIVITIES, row.create(ids.get(row)))));
			changes.forEach(change -> commands.add(change.command(domain)));
			return commands;
		});
	}

	/**
	 * The group a new activity goes into: the group named in the row (within the row's theme when
	 * it names one), or the only group of the named theme. Anything else is an error naming the
	 * groups to choose from.
	 */
	private static ActivityGroup place(Programme programme, ActivityRow row, ProblemLog log) {
		List<Theme> themes = programme.getThemes().stream()
				.filter(t -> row.theme().isEmpty() || row.theme().equalsIgnoreCase(String.valueOf(t.getLetter())))
				.toList();
		if (themes.isEmpty()) {
			log.error(row.line(),
					NLS.bind(Messages.ActivitiesCsvImporter_noTheme, new Object[] { row.code(), row.theme(),
							programme.getThemes().stream().map(Theme::getLetter).collect(Collectors.joining(", ")) })); //$NON-NLS-1$
			return null;
		}
		List<ActivityGroup> groups = themes.stream().flatMap(t -> t.getGroups().stream()).toList();
		if (row.group().isEmpty()) {
			if (!row.theme().isEmpty() && groups.size() == 1) {
				return groups.get(0);
			}
			log.error(row.line(),
					NLS.bind(Messages.ActivitiesCsvImporter_giveThemeAndGroup, row.code(), choices(groups)));
			return null;
		}
		String wanted = Values.normalize(row.group()).toLowerCase(Locale.ROOT);
		List<ActivityGroup> named = groups.stream()
				.filter(g -> Values.normalize(g.getName()).toLowerCase(Locale.ROOT).equals(wanted)).toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		log.error(row.line(),
				NLS.bind(
						named.isEmpty() ? Messages.ActivitiesCsvImporter_noGroup
								: Messages.ActivitiesCsvImporter_severalGroups,
						new Object[] { row.code(), row.group(), choices(groups) }));
		return null;
	}

	private static String choices(List<ActivityGroup> groups) {
		return NLS.bind(Messages.ActivitiesCsvImporter_groups, groups.stream().map(g -> {
			Theme theme = (Theme) g.eContainer();
			return theme.getLetter() + " " //$NON-NLS-1$
					+ (g.getName() == null ? Messages.ActivitiesCsvImporter_unnamed : "\"" + g.getName() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}).collect(Collectors.joining(", "))); //$NON-NLS-1$
	}

	private static void warnIfElsewhere(Activity activity, ActivityRow row, Columns columns, ProblemLog log) {
		Theme theme = activity.getTheme();
		String group = activity.eContainer() instanceof ActivityGroup g ? Values.normalize(g.getName()) : ""; //$NON-NLS-1$
		boolean otherTheme = !row.theme().isEmpty() && theme != null
				&& !row.theme().equalsIgnoreCase(theme.getLetter());
		boolean otherGroup = !row.group().isEmpty() && !Values.normalize(row.group()).equalsIgnoreCase(group);
		if (otherTheme || otherGroup) {
			log.warning(row.line(), NLS.bind(Messages.ActivitiesCsvImporter_notMoved, new Object[] { row.code(),
					(theme == null ? "?" : theme.getLetter()) //$NON-NLS-1$
							+ (group.isEmpty() ? "" : NLS.bind(Messages.ActivitiesCsvImporter_inGroup, group)), //$NON-NLS-1$
					columns.name(ActivityRow.THEME), columns.name(ActivityRow.GROUP) }));
		}
	}
}
