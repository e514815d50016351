package org.mea.jwp.core.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.mea.jwp.core.DefaultProgramme;
import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.core.exchange.spi.IImporter;
import org.mea.jwp.core.exchange.spi.ImportPlan;
import org.mea.jwp.core.exchange.spi.ImportProblem;
import org.mea.jwp.core.persistence.ProgrammeStore;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.edit.domain.ProgrammeEditingDomains;

/** Helpers of the import and export tests. */
final class Imports {

	private Imports() {
	}

	static Programme defaultProgramme() throws IOException {
		return ProgrammeStore.programme(DefaultProgramme.load());
	}

	static ImportPlan plan(IImporter importer, Programme programme, String csv) throws IOException {
		return plan(importer, programme, csv.getBytes(StandardCharsets.UTF_8));
	}

	static ImportPlan plan(IImporter importer, Programme programme, byte[] bytes) throws IOException {
		return importer.plan(programme, new ByteArrayInputStream(bytes), "test.csv");
	}

	static byte[] export(IExporter exporter, Programme programme) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.write(programme, out);
		return out.toByteArray();
	}

	/** An editing domain as the workbench has one: a command stack that can undo. */
	static AdapterFactoryEditingDomain domain() {
		return ProgrammeEditingDomains.create();
	}

	/** "3 ERROR", "7 WARNING": line and severity of each problem, for compact assertions. */
	static List<String> where(ImportPlan plan) {
		return plan.problems().stream().map(p -> p.line() + " " + p.severity()).toList();
	}

	static ImportProblem problemOn(ImportPlan plan, int line) {
		return plan.problems().stream().filter(p -> p.line() == line).findFirst()
				.orElseThrow(() -> new AssertionError("no problem on line " + line + ": " + plan.problems()));
	}
}
