package org.mea.jwp.core.tests.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;

/** The example of schema/importers.exsd, verbatim but for the string markers, so that the example is known to work. */
@SuppressWarnings("nls")
public class DoneImporter implements IImporter {
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException {
		List<ImportProblem> problems = new ArrayList<>();
		List<Activity> done = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser csv = format.parse(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			for (CSVRecord row : csv) {
				int line = (int) row.getRecordNumber() + 1; // the header is line 1
				Activity activity = programme.findActivity(row.get("Activity").strip());
				if (activity == null) {
					problems.add(new ImportProblem(line, ImportProblem.Severity.ERROR,
							"no activity \"" + row.get("Activity") + "\" in the programme"));
				} else if ("yes".equalsIgnoreCase(row.get("Done").strip())) {
					done.add(activity);
				}
			}
		}
		return new ImportPlan() {
			public List<ImportProblem> problems() {
				return problems;
			}

			public String summary() {
				return done.size() + " activities completed";
			}

			public Command command(EditingDomain domain) {
				CompoundCommand command = new CompoundCommand("Import completed activities from " + sourceName);
				for (Activity activity : done) {
					command.append(new SetCommand(domain, activity, JwpPackage.Literals.ACTIVITY__STATUS,
							ActivityStatus.COMPLETED));
				}
				return command;
			}
		};
	}
}
