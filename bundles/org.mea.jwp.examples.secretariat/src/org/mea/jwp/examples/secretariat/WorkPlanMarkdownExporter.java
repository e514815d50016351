package org.mea.jwp.examples.secretariat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.operations.Timeframes;

/**
 * A secretariat's own format: the programme as a Markdown page (one table per theme), ready for a
 * website or a wiki. Cells are escaped so that a "|" or a line break in an activity's text cannot
 * break the table.
 */
public class WorkPlanMarkdownExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		out.write("# " + cell(programme.getTitle()) + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Theme theme : programme.getThemes()) {
			out.write("\n## " + theme.getLetter() + ". " + cell(theme.getName()) + "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.write("| Code | Activity | Timeframe | Lead | Status |\n|---|---|---|---|---|\n"); //$NON-NLS-1$
			for (ActivityGroup group : theme.getGroups()) {
				for (Activity activity : group.getActivities()) {
					out.write("| " + cell(activity.getCode()) + " | " + cell(activity.getText()) + " | " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ cell(activity.getTimeframe() == null ? "" : Timeframes.wording(activity.getTimeframe())) //$NON-NLS-1$
							+ " | " //$NON-NLS-1$
							+ activity.getLead().getLiteral() + " | " + activity.getStatus().getLiteral() + " |\n"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		out.flush(); // the caller owns (and closes) the stream
	}

	private static String cell(String text) {
		return text == null ? "" : text.strip().replace("|", "\\|").replaceAll("\\s*\\n\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}
}
