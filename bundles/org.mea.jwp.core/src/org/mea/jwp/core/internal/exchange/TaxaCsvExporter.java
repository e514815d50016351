package org.mea.jwp.core.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;

import org.mea.jwp.core.SpeciesConcordance;
import org.mea.jwp.core.exchange.CsvWriter;
import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Convention;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.Taxon;

/**
 * Taxa (CSV), {@code org.mea.jwp.core.taxa.csv}: the programme's taxa in registry order, in the
 * columns the species listing importer reads, so an export imports back without changes. The
 * scientific name is the name as printed (else the CITES, else the CMS name); JWP Id finds taxa
 * again that have no scientific name. The appendices are those in force on the export's date
 * ({@link ExportContext}: the reporting date in the workbench, the programme's last day by default).
 */
public class TaxaCsvExporter implements IExporter {

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		write(programme, output, ExportContext.of(programme));
	}

	@Override
	public void write(Programme programme, OutputStream output, ExportContext context) throws IOException {
		CsvWriter csv = CsvWriter.on(output, "Scientific Name", "Rank", "CITES Appendix", "CMS Appendix", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"Common Names", "CITES Name", "CMS Name", "Population", "Notes", "Difference Notes", "JWP Id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		for (Taxon taxon : programme.getTaxa()) {
			// the listings in force on the context's date (a listing history is not flattened into this file)
			csv.row(scientificName(taxon), taxon.getRank().getLiteral(),
					Values.appendix(SpeciesConcordance.listing(taxon, Convention.CITES, context.asAt())),
					Values.appendix(SpeciesConcordance.listing(taxon, Convention.CMS, context.asAt())),
					String.join("; ", taxon.getCommonNames()), //$NON-NLS-1$
					text(taxon.getCitesName()), text(taxon.getCmsName()), text(taxon.getPopulation()),
					text(taxon.getNotes()),
					text(taxon.getDifferenceNotes()), text(taxon.getId()));
		}
		csv.flush();
	}

	static String scientificName(Taxon taxon) {
		for (String name : new String[] { taxon.getNameAsPrinted(), taxon.getCitesName(), taxon.getCmsName() }) {
			if (name != null && !name.isBlank()) {
				return name;
			}
		}
		return ""; //$NON-NLS-1$
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
