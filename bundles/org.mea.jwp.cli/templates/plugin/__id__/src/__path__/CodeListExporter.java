package @id@;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Programme;

/**
 * A data format: one line per activity with its code, status and lead secretariat, separated by
 * tabs. Registered in plugin.xml (extension point org.mea.jwp.core.exporters).
 */
public class CodeListExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		for (Activity activity : programme.activities()) {
			out.write(activity.getCode() + "\t" + activity.getStatus().getLiteral() + "\t" //$NON-NLS-1$ //$NON-NLS-2$
					+ activity.getLead().getLiteral() + "\n"); //$NON-NLS-1$
		}
		out.flush(); // the caller owns (and closes) the stream
	}
}
