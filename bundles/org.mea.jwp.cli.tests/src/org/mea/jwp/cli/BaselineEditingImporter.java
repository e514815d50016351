package org.mea.jwp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;

/**
 * A contributed importer that "corrects" recorded baselines (fragment.xml of this fragment): each
 * line of the file is an activity code whose entry in every recorded baseline it marks completed,
 * through the editing domain's item providers, as a plug-in would. The domain must refuse it.
 */
public class BaselineEditingImporter implements IImporter {

	@Override
	public ImportPlan plan(Programme programme, InputStream input, String sourceName) throws IOException {
		List<String> codes = new String(input.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
				.filter(line -> !line.isEmpty()).toList();
		List<BaselineEntry> entries = programme.getCycles().stream().map(ReportingCycle::getBaseline)
				.filter(baseline -> baseline != null).flatMap(baseline -> baseline.getEntries().stream())
				.filter(entry -> codes.contains(entry.getCode())).toList();
		return new ImportPlan() {
			@Override
			public List<org.mea.jwp.core.exchange.spi.ImportProblem> problems() {
				return List.of();
			}

			@Override
			public String summary() {
				return entries.size() + " baseline entries corrected"; //$NON-NLS-1$
			}

			@Override
			public org.eclipse.emf.common.command.Command command(org.eclipse.emf.edit.domain.EditingDomain domain) {
				CompoundCommand command = new CompoundCommand("Correct baselines"); //$NON-NLS-1$
				for (BaselineEntry entry : entries) {
					command.append(SetCommand.create(domain, entry, JwpPackage.Literals.BASELINE_ENTRY__STATUS,
							ActivityStatus.COMPLETED));
				}
				return command;
			}
		};
	}
}
