package org.mea.jwp.model.edit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.Baseline;
import org.mea.jwp.model.BaselineEntry;
import org.mea.jwp.model.JwpFactory;
import org.mea.jwp.model.JwpPackage.Literals;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;

/**
 * The one editing domain configuration: the hand-written item providers (labels, folders,
 * recorded baselines that no command changes), whether the domain comes from
 * {@link ProgrammeEditingDomains} or from EMF's registry of item provider factories.
 */
class ProgrammeEditingDomainsTest {

	private static final JwpFactory F = JwpFactory.eINSTANCE;

	private Programme programme;
	private Activity b6;
	private ReportingCycle recorded;
	private ReportingCycle open;
	private BaselineEntry entry;

	@BeforeEach
	void programme() {
		programme = F.createProgramme();
		Theme theme = F.createTheme();
		theme.setLetter("B");
		theme.setName("Marine species");
		programme.getThemes().add(theme);
		ActivityGroup group = F.createActivityGroup();
		theme.getGroups().add(group);
		b6 = F.createActivity();
		b6.setId("B6");
		b6.setCode("B6");
		b6.setText("CITES will participate in finalizing the Memorandum");
		group.getActivities().add(b6);
		Taxon taxon = F.createTaxon();
		taxon.setId("tx-uncia");
		programme.getTaxa().add(taxon);

		recorded = F.createReportingCycle();
		recorded.setId("cycle-sc62");
		Baseline baseline = F.createBaseline();
		baseline.setDate(LocalDate.of(2012, 7, 23));
		entry = F.createBaselineEntry();
		entry.setActivityId("B6");
		entry.setCode("B6");
		entry.setStatus(ActivityStatus.NOT_STARTED);
		baseline.getEntries().add(entry);
		recorded.setBaseline(baseline);
		open = F.createReportingCycle();
		open.setId("cycle-sc65");
		programme.getCycles().addAll(List.of(recorded, open));
	}

	/** A domain whose item providers come from EMF.Edit's registry, as any generic EMF code builds one. */
	private static EditingDomain registryDomain() {
		return new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new org.eclipse.emf.common.command.BasicCommandStack());
	}

	private void assertBaselinesFrozen(EditingDomain domain) {
		Baseline baseline = recorded.getBaseline();
		assertFalse(
				SetCommand.create(domain, entry, Literals.BASELINE_ENTRY__STATUS, ActivityStatus.COMPLETED)
						.canExecute(),
				"set an entry's status");
		assertFalse(SetCommand.create(domain, baseline, Literals.BASELINE__NOTE, "changed").canExecute(),
				"set the note");
		assertFalse(RemoveCommand.create(domain, baseline, Literals.BASELINE__ENTRIES, entry).canExecute(),
				"remove an entry");
		assertFalse(
				AddCommand.create(domain, baseline, Literals.BASELINE__ENTRIES, F.createBaselineEntry()).canExecute(),
				"add an entry");
		assertFalse(SetCommand.create(domain, recorded, Literals.REPORTING_CYCLE__BASELINE, null).canExecute(),
				"unset it");
		assertFalse(RemoveCommand.create(domain, programme, Literals.PROGRAMME__CYCLES, recorded).canExecute(),
				"remove the cycle that holds it");
		assertFalse(DeleteCommand.create(domain, entry).canExecute(), "delete an entry");
		assertTrue(SetCommand.create(domain, b6, Literals.ACTIVITY__STATUS, ActivityStatus.COMPLETED).canExecute(),
				"the live activity stays editable");
		assertTrue(
				SetCommand.create(domain, recorded, Literals.REPORTING_CYCLE__DOCUMENT_SYMBOL, "SC62 Doc. 9")
						.canExecute(),
				"the cycle's own narrative stays editable");
		assertTrue(RemoveCommand.create(domain, programme, Literals.PROGRAMME__CYCLES, open).canExecute(),
				"a cycle without a baseline can go");
	}

	@Test
	void theDomainRefusesEveryCommandThatWouldChangeARecordedBaseline() {
		Baseline before = EcoreUtil.copy(recorded.getBaseline());
		EditingDomain domain = ProgrammeEditingDomains.create();
		assertBaselinesFrozen(domain);
		domain.getCommandStack()
				.execute(SetCommand.create(domain, entry, Literals.BASELINE_ENTRY__STATUS, ActivityStatus.COMPLETED));
		assertTrue(EcoreUtil.equals(before, recorded.getBaseline()), "nothing changed");
	}

	@Test
	void theRegistryHandsOutTheSameHandWrittenItemProviders() {
		assertBaselinesFrozen(registryDomain());
		ComposedAdapterFactory registry = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		ComposedAdapterFactory configured = ProgrammeEditingDomains.adapterFactory();
		for (Object element : List.of(b6, recorded, programme.getThemes().get(0))) {
			IItemLabelProvider fromRegistry = (IItemLabelProvider) registry.adapt(element, IItemLabelProvider.class);
			IItemLabelProvider fromDomains = (IItemLabelProvider) configured.adapt(element, IItemLabelProvider.class);
			assertSame(fromRegistry.getClass(), fromDomains.getClass(), "the item provider of " + element);
			assertEquals(fromDomains.getText(element), fromRegistry.getText(element));
		}
		registry.dispose();
		configured.dispose();
	}

	@Test
	void labelsReadAsInTheDocument() {
		ComposedAdapterFactory factory = ProgrammeEditingDomains.adapterFactory();
		assertEquals("B6  CITES will participate in finalizing the Memorandum", text(factory, b6));
		assertEquals("(B) Marine species", text(factory, programme.getThemes().get(0)));
		assertTrue(text(factory, recorded).startsWith("cycle-sc62 "), text(factory, recorded));
		assertFalse(text(factory, open).contains(" "), "no baseline, no mark: " + text(factory, open));
		factory.dispose();
	}

	@Test
	void registryElementsSitInFolders() {
		ComposedAdapterFactory factory = ProgrammeEditingDomains.adapterFactory();
		ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(programme,
				ITreeItemContentProvider.class);
		List<?> children = List.copyOf(tree.getChildren(programme));
		assertSame(programme.getThemes().get(0), children.get(0), "themes first");
		Taxon taxon = programme.getTaxa().get(0);
		Object parent = ((ITreeItemContentProvider) factory.adapt(taxon, ITreeItemContentProvider.class))
				.getParent(taxon);
		assertTrue(children.contains(parent), "the taxon's parent is a folder of the programme: " + parent);
		assertTrue(((ITreeItemContentProvider) parent).getChildren(parent).contains(taxon));
		factory.dispose();
	}

	@Test
	void aResourceSetNamesItsDomain() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.createResource(URI.createURI("memory:/jwp.jwp"));
		resource.getContents().add(programme);
		AdapterFactoryEditingDomain domain = ProgrammeEditingDomains.create(resourceSet);
		assertSame(resourceSet, domain.getResourceSet());
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(b6));
		AdapterFactoryEditingDomain next = ProgrammeEditingDomains.create(resourceSet);
		assertSame(next, AdapterFactoryEditingDomain.getEditingDomainFor(b6), "the latest domain, not the first");
	}

	private static String text(ComposedAdapterFactory factory, Object object) {
		return ((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
	}
}
