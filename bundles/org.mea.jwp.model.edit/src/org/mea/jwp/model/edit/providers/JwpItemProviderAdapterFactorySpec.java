package org.mea.jwp.model.edit.providers;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.mea.jwp.model.ActivityGroup;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.provider.ActivityGroupItemProvider;
import org.mea.jwp.model.provider.AdoptionItemProvider;
import org.mea.jwp.model.provider.BodyItemProvider;
import org.mea.jwp.model.provider.DecisionReferenceItemProvider;
import org.mea.jwp.model.provider.FootnoteItemProvider;
import org.mea.jwp.model.provider.InstrumentItemProvider;
import org.mea.jwp.model.provider.JwpItemProviderAdapterFactory;
import org.mea.jwp.model.provider.MeetingItemProvider;
import org.mea.jwp.model.provider.NotificationItemProvider;
import org.mea.jwp.model.provider.OrganizationItemProvider;
import org.mea.jwp.model.provider.ParagraphItemProvider;
import org.mea.jwp.model.provider.ReportingObligationItemProvider;
import org.mea.jwp.model.provider.TaxonItemProvider;
import org.mea.jwp.model.provider.ThemeItemProvider;

/**
 * The item provider factory to use for JWP models: the generated one, with the presentation of
 * this package (folders, labels, status icons) and tree parents that match the folders.
 */
public class JwpItemProviderAdapterFactorySpec extends JwpItemProviderAdapterFactory {

	@Override
	public Adapter createProgrammeAdapter() {
		if (programmeItemProvider == null) {
			programmeItemProvider = new ProgrammeItemProviderSpec(this);
		}
		return programmeItemProvider;
	}

	@Override
	public Adapter createActivityAdapter() {
		if (activityItemProvider == null) {
			activityItemProvider = new ActivityItemProviderSpec(this);
		}
		return activityItemProvider;
	}

	@Override
	public Adapter createThemeAdapter() {
		if (themeItemProvider == null) {
			themeItemProvider = new ThemeItemProvider(this) {
				@Override
				public String getText(Object object) {
					Theme theme = (Theme) object;
					return "(" + theme.getLetter() + ") " + Texts.shorten(theme.getName(), Texts.LABEL_LENGTH); //$NON-NLS-1$ //$NON-NLS-2$
				}
			};
		}
		return themeItemProvider;
	}

	@Override
	public Adapter createActivityGroupAdapter() {
		if (activityGroupItemProvider == null) {
			activityGroupItemProvider = new ActivityGroupItemProvider(this) {
				@Override
				public String getText(Object object) {
					String name = ((ActivityGroup) object).getName();
					return name == null || name.isBlank() ? Messages.JwpItemProviderAdapterFactorySpec_activities
							: name;
				}
			};
		}
		return activityGroupItemProvider;
	}

	/** Registry elements sit in folders: their tree parent is the folder, not the programme. */
	Object registryParent(Object object) {
		Object folder = programmeItemProvider instanceof ProgrammeItemProviderSpec spec && object instanceof EObject e
				? spec.folderOf(e)
				: null;
		return folder;
	}

	@Override
	public Adapter createTaxonAdapter() {
		if (taxonItemProvider == null) {
			taxonItemProvider = new TaxonItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return taxonItemProvider;
	}

	@Override
	public Adapter createOrganizationAdapter() {
		if (organizationItemProvider == null) {
			organizationItemProvider = new OrganizationItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return organizationItemProvider;
	}

	@Override
	public Adapter createInstrumentAdapter() {
		if (instrumentItemProvider == null) {
			instrumentItemProvider = new InstrumentItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return instrumentItemProvider;
	}

	@Override
	public Adapter createBodyAdapter() {
		if (bodyItemProvider == null) {
			bodyItemProvider = new BodyItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return bodyItemProvider;
	}

	@Override
	public Adapter createMeetingAdapter() {
		if (meetingItemProvider == null) {
			meetingItemProvider = new MeetingItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return meetingItemProvider;
	}

	@Override
	public Adapter createDecisionReferenceAdapter() {
		if (decisionReferenceItemProvider == null) {
			decisionReferenceItemProvider = new DecisionReferenceItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return decisionReferenceItemProvider;
	}

	@Override
	public Adapter createNotificationAdapter() {
		if (notificationItemProvider == null) {
			notificationItemProvider = new NotificationItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return notificationItemProvider;
	}

	@Override
	public Adapter createReportingCycleAdapter() {
		if (reportingCycleItemProvider == null) {
			reportingCycleItemProvider = new FrozenBaselines.CycleProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return reportingCycleItemProvider;
	}

	@Override
	public Adapter createBaselineAdapter() {
		if (baselineItemProvider == null) {
			baselineItemProvider = new FrozenBaselines.BaselineProvider(this);
		}
		return baselineItemProvider;
	}

	@Override
	public Adapter createBaselineEntryAdapter() {
		if (baselineEntryItemProvider == null) {
			baselineEntryItemProvider = new FrozenBaselines.EntryProvider(this);
		}
		return baselineEntryItemProvider;
	}

	@Override
	public Adapter createReportingObligationAdapter() {
		if (reportingObligationItemProvider == null) {
			reportingObligationItemProvider = new ReportingObligationItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return reportingObligationItemProvider;
	}

	@Override
	public Adapter createAdoptionAdapter() {
		if (adoptionItemProvider == null) {
			adoptionItemProvider = new AdoptionItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return adoptionItemProvider;
	}

	@Override
	public Adapter createParagraphAdapter() {
		if (paragraphItemProvider == null) {
			paragraphItemProvider = new ParagraphItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return paragraphItemProvider;
	}

	@Override
	public Adapter createFootnoteAdapter() {
		if (footnoteItemProvider == null) {
			footnoteItemProvider = new FootnoteItemProvider(this) {
				@Override
				public Object getParent(Object object) {
					Object folder = registryParent(object);
					return folder != null ? folder : super.getParent(object);
				}
			};
		}
		return footnoteItemProvider;
	}
}
