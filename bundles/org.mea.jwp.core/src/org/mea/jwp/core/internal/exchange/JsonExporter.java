package org.mea.jwp.core.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;

import org.mea.jwp.core.exchange.spi.ExportContext;
import org.mea.jwp.core.exchange.spi.IExporter;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Identified;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.Timeframe;
import org.mea.jwp.model.operations.Timeframes;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Programme (JSON), {@code org.mea.jwp.core.json}: one pretty-printed UTF-8 document with the
 * programme's title and period, its themes with their groups and activities, and its taxa, for
 * web pages and scripts. Order is document order; members are written in a fixed order and
 * absent values are left out, so the same programme always gives the same bytes. Activities refer
 * to taxa and partners by id; partners are written by name as well.
 */
public class JsonExporter implements IExporter {

	/** Version of this JSON layout, written as {@code "format"}; raise it when members change meaning. */
	static final String FORMAT = "jwp-programme/1"; //$NON-NLS-1$

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	@Override
	public void write(Programme programme, OutputStream output) throws IOException {
		write(programme, output, ExportContext.of(programme));
	}

	@Override
	public void write(Programme programme, OutputStream output, ExportContext context) throws IOException {
		Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
		GSON.toJson(programme(programme, context.asAt()), writer);
		writer.write('\n');
		writer.flush();
	}

	private static JsonObject programme(Programme programme, LocalDate asAt) {
		JsonObject json = new JsonObject();
		json.addProperty("format", FORMAT); //$NON-NLS-1$
		json.addProperty("id", programme.getId()); //$NON-NLS-1$
		json.addProperty("title", programme.getTitle()); //$NON-NLS-1$
		json.addProperty("documentSymbol", programme.getDocumentSymbol()); //$NON-NLS-1$
		JsonObject period = new JsonObject();
		period.addProperty("start", programme.getPeriodStart()); //$NON-NLS-1$
		period.addProperty("end", programme.getPeriodEnd()); //$NON-NLS-1$
		json.add("period", period); //$NON-NLS-1$
		json.add("themes", array(programme.getThemes(), JsonExporter::theme)); //$NON-NLS-1$
		// the date the taxa's appendices are in force on; null: those recorded as current
		json.addProperty("listingsAsAt", asAt == null ? null : asAt.toString()); //$NON-NLS-1$
		json.add("taxa", array(programme.getTaxa(), taxon -> taxon(taxon, asAt))); //$NON-NLS-1$
		return json;
	}

	private static JsonObject theme(Theme theme) {
		JsonObject json = new JsonObject();
		json.addProperty("id", theme.getId()); //$NON-NLS-1$
		json.addProperty("letter", theme.getLetter()); //$NON-NLS-1$
		json.addProperty("name", theme.getName()); //$NON-NLS-1$
		json.add("groups", array(theme.getGroups(), JsonExporter::group)); //$NON-NLS-1$
		return json;
	}

	private static JsonObject group(ActivityGroup group) {
		JsonObject json = new JsonObject();
		json.addProperty("id", group.getId()); //$NON-NLS-1$
		json.addProperty("name", group.getName()); //$NON-NLS-1$
		json.add("activities", array(group.getActivities(), JsonExporter::activity)); //$NON-NLS-1$
		return json;
	}

	private static JsonObject activity(Activity activity) {
		JsonObject json = new JsonObject();
		json.addProperty("id", activity.getId()); //$NON-NLS-1$
		json.addProperty("code", activity.getCode()); //$NON-NLS-1$
		json.addProperty("text", activity.getText()); //$NON-NLS-1$
		if (!activity.getSubItems().isEmpty()) {
			json.add("subItems", array(activity.getSubItems(), s -> new JsonPrimitive(String.valueOf(s.getText())))); //$NON-NLS-1$
		}
		if (activity.getTimeframe() != null) {
			json.add("timeframe", timeframe(activity.getTimeframe())); //$NON-NLS-1$
		}
		json.addProperty("lead", activity.getLead().getLiteral()); //$NON-NLS-1$
		json.addProperty("status", activity.getStatus().getLiteral()); //$NON-NLS-1$
		json.addProperty("funding", activity.getFunding().getLiteral()); //$NON-NLS-1$
		json.add("partners", array(activity.getPartners(), JsonExporter::partner)); //$NON-NLS-1$
		json.add("species", ids(activity.getSpecies())); //$NON-NLS-1$
		json.add("progress", array(activity.getProgress(), JsonExporter::progress)); //$NON-NLS-1$
		return json;
	}

	private static JsonObject timeframe(Timeframe timeframe) {
		JsonObject json = new JsonObject();
		json.addProperty("wording", Timeframes.wording(timeframe)); //$NON-NLS-1$
		json.addProperty("kind", timeframe.getKind().getLiteral()); //$NON-NLS-1$
		if (timeframe.getStartYear() > 0) {
			json.addProperty("startYear", timeframe.getStartYear()); //$NON-NLS-1$
			json.addProperty("endYear", timeframe.getEndYear()); //$NON-NLS-1$
		}
		if (timeframe.getDueDate() != null) {
			json.addProperty("dueDate", timeframe.getDueDate().toString()); //$NON-NLS-1$
		}
		return json;
	}

	private static JsonObject partner(Organization organization) {
		JsonObject json = new JsonObject();
		json.addProperty("id", organization.getId()); //$NON-NLS-1$
		json.addProperty("name", organization.getName()); //$NON-NLS-1$
		return json;
	}

	private static JsonObject progress(ProgressEntry entry) {
		JsonObject json = new JsonObject();
		json.addProperty("date", entry.getDate() == null ? null : entry.getDate().toString()); //$NON-NLS-1$
		json.addProperty("status", entry.getStatus().getLiteral()); //$NON-NLS-1$
		json.addProperty("narrative", entry.getNarrative()); //$NON-NLS-1$
		return json;
	}

	private static JsonObject taxon(Taxon taxon, LocalDate asAt) {
		JsonObject json = new JsonObject();
		json.addProperty("id", taxon.getId()); //$NON-NLS-1$
		json.addProperty("scientificName", TaxaCsvExporter.scientificName(taxon)); //$NON-NLS-1$
		json.addProperty("nameAsPrinted", taxon.getNameAsPrinted()); //$NON-NLS-1$
		json.addProperty("citesName", taxon.getCitesName()); //$NON-NLS-1$
		json.addProperty("cmsName", taxon.getCmsName()); //$NON-NLS-1$
		json.addProperty("rank", taxon.getRank().getLiteral()); //$NON-NLS-1$
		json.addProperty("citesAppendix", org.mea.jwp.core.SpeciesConcordance.listing(taxon, //$NON-NLS-1$
				org.mea.jwp.model.Convention.CITES, asAt).getLiteral());
		json.addProperty("cmsAppendix", org.mea.jwp.core.SpeciesConcordance.listing(taxon, //$NON-NLS-1$
				org.mea.jwp.model.Convention.CMS, asAt).getLiteral());
		json.add("commonNames", array(taxon.getCommonNames(), JsonPrimitive::new)); //$NON-NLS-1$
		json.addProperty("population", taxon.getPopulation()); //$NON-NLS-1$
		json.addProperty("notes", taxon.getNotes()); //$NON-NLS-1$
		return json;
	}

	private static JsonArray ids(Collection<? extends Identified> elements) {
		return array(elements, e -> new JsonPrimitive(String.valueOf(e.getId())));
	}

	private static <T> JsonArray array(Collection<? extends T> elements, Function<T, ? extends JsonElement> write) {
		JsonArray array = new JsonArray();
		elements.forEach(e -> array.add(write.apply(e)));
		return array;
	}
}
