/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.ActivityStatus;
import org.mea.jwp.model.DecisionReference;
import org.mea.jwp.model.Deliverable;
import org.mea.jwp.model.FundingCondition;
import org.mea.jwp.model.Indicator;
import org.mea.jwp.model.Instrument;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.LeadSecretariat;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.ProgressEntry;
import org.mea.jwp.model.SubItem;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;
import org.mea.jwp.model.Timeframe;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getPrintedCode <em>Printed Code</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getSubItems <em>Sub Items</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getTimeframe <em>Timeframe</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getFundingNote <em>Funding Note</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getSpecies <em>Species</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getDeliverables <em>Deliverables</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getContinues <em>Continues</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getCarriedForwardTo <em>Carried Forward To</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ActivityImpl#getProgress <em>Progress</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivityImpl extends IdentifiedImpl implements Activity {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrintedCode() <em>Printed Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrintedCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PRINTED_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrintedCode() <em>Printed Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrintedCode()
	 * @generated
	 * @ordered
	 */
	protected String printedCode = PRINTED_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubItems() <em>Sub Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SubItem> subItems;

	/**
	 * The cached value of the '{@link #getTimeframe() <em>Timeframe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeframe()
	 * @generated
	 * @ordered
	 */
	protected Timeframe timeframe;

	/**
	 * The default value of the '{@link #getLead() <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected static final LeadSecretariat LEAD_EDEFAULT = LeadSecretariat.UNASSIGNED;

	/**
	 * The cached value of the '{@link #getLead() <em>Lead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected LeadSecretariat lead = LEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityStatus STATUS_EDEFAULT = ActivityStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActivityStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> partners;

	/**
	 * The default value of the '{@link #getFunding() <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected static final FundingCondition FUNDING_EDEFAULT = FundingCondition.NONE;

	/**
	 * The cached value of the '{@link #getFunding() <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected FundingCondition funding = FUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getFundingNote() <em>Funding Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingNote()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDING_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFundingNote() <em>Funding Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingNote()
	 * @generated
	 * @ordered
	 */
	protected String fundingNote = FUNDING_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpecies() <em>Species</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecies()
	 * @generated
	 * @ordered
	 */
	protected EList<Taxon> species;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionReference> decisions;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * The cached value of the '{@link #getDeliverables() <em>Deliverables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverables()
	 * @generated
	 * @ordered
	 */
	protected EList<Deliverable> deliverables;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The default value of the '{@link #getContinues() <em>Continues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinues()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTINUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContinues() <em>Continues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinues()
	 * @generated
	 * @ordered
	 */
	protected String continues = CONTINUES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCarriedForwardTo() <em>Carried Forward To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriedForwardTo()
	 * @generated
	 * @ordered
	 */
	protected static final String CARRIED_FORWARD_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCarriedForwardTo() <em>Carried Forward To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarriedForwardTo()
	 * @generated
	 * @ordered
	 */
	protected String carriedForwardTo = CARRIED_FORWARD_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressEntry> progress;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrintedCode() {
		return printedCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrintedCode(String newPrintedCode) {
		String oldPrintedCode = printedCode;
		printedCode = newPrintedCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__PRINTED_CODE, oldPrintedCode, printedCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubItem> getSubItems() {
		if (subItems == null) {
			subItems = new EObjectContainmentEList<SubItem>(SubItem.class, this, JwpPackage.ACTIVITY__SUB_ITEMS);
		}
		return subItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Timeframe getTimeframe() {
		return timeframe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeframe(Timeframe newTimeframe, NotificationChain msgs) {
		Timeframe oldTimeframe = timeframe;
		timeframe = newTimeframe;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__TIMEFRAME, oldTimeframe, newTimeframe);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeframe(Timeframe newTimeframe) {
		if (newTimeframe != timeframe) {
			NotificationChain msgs = null;
			if (timeframe != null)
				msgs = ((InternalEObject)timeframe).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - JwpPackage.ACTIVITY__TIMEFRAME, null, msgs);
			if (newTimeframe != null)
				msgs = ((InternalEObject)newTimeframe).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - JwpPackage.ACTIVITY__TIMEFRAME, null, msgs);
			msgs = basicSetTimeframe(newTimeframe, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__TIMEFRAME, newTimeframe, newTimeframe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeadSecretariat getLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(LeadSecretariat newLead) {
		LeadSecretariat oldLead = lead;
		lead = newLead == null ? LEAD_EDEFAULT : newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__LEAD, oldLead, lead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActivityStatus newStatus) {
		ActivityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Organization>(Organization.class, this, JwpPackage.ACTIVITY__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingCondition getFunding() {
		return funding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunding(FundingCondition newFunding) {
		FundingCondition oldFunding = funding;
		funding = newFunding == null ? FUNDING_EDEFAULT : newFunding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__FUNDING, oldFunding, funding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFundingNote() {
		return fundingNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundingNote(String newFundingNote) {
		String oldFundingNote = fundingNote;
		fundingNote = newFundingNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__FUNDING_NOTE, oldFundingNote, fundingNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Taxon> getSpecies() {
		if (species == null) {
			species = new EObjectResolvingEList<Taxon>(Taxon.class, this, JwpPackage.ACTIVITY__SPECIES);
		}
		return species;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectResolvingEList<Instrument>(Instrument.class, this, JwpPackage.ACTIVITY__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionReference> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectResolvingEList<DecisionReference>(DecisionReference.class, this, JwpPackage.ACTIVITY__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectResolvingEList<Meeting>(Meeting.class, this, JwpPackage.ACTIVITY__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deliverable> getDeliverables() {
		if (deliverables == null) {
			deliverables = new EObjectContainmentEList<Deliverable>(Deliverable.class, this, JwpPackage.ACTIVITY__DELIVERABLES);
		}
		return deliverables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, JwpPackage.ACTIVITY__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContinues() {
		return continues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinues(String newContinues) {
		String oldContinues = continues;
		continues = newContinues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__CONTINUES, oldContinues, continues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCarriedForwardTo() {
		return carriedForwardTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarriedForwardTo(String newCarriedForwardTo) {
		String oldCarriedForwardTo = carriedForwardTo;
		carriedForwardTo = newCarriedForwardTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JwpPackage.ACTIVITY__CARRIED_FORWARD_TO, oldCarriedForwardTo, carriedForwardTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressEntry> getProgress() {
		if (progress == null) {
			progress = new EObjectContainmentEList<ProgressEntry>(ProgressEntry.class, this, JwpPackage.ACTIVITY__PROGRESS);
		}
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressEntry latestProgress() {
		return org.mea.jwp.model.operations.ActivityOperations.latestProgress(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverdue(final LocalDate reportingDate) {
		return org.mea.jwp.model.operations.ActivityOperations.isOverdue(this, reportingDate);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Theme getTheme() {
		return org.mea.jwp.model.operations.ActivityOperations.theme(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JwpPackage.ACTIVITY__SUB_ITEMS:
				return ((InternalEList<?>)getSubItems()).basicRemove(otherEnd, msgs);
			case JwpPackage.ACTIVITY__TIMEFRAME:
				return basicSetTimeframe(null, msgs);
			case JwpPackage.ACTIVITY__DELIVERABLES:
				return ((InternalEList<?>)getDeliverables()).basicRemove(otherEnd, msgs);
			case JwpPackage.ACTIVITY__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case JwpPackage.ACTIVITY__PROGRESS:
				return ((InternalEList<?>)getProgress()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JwpPackage.ACTIVITY__CODE:
				return getCode();
			case JwpPackage.ACTIVITY__PRINTED_CODE:
				return getPrintedCode();
			case JwpPackage.ACTIVITY__TEXT:
				return getText();
			case JwpPackage.ACTIVITY__SUB_ITEMS:
				return getSubItems();
			case JwpPackage.ACTIVITY__TIMEFRAME:
				return getTimeframe();
			case JwpPackage.ACTIVITY__LEAD:
				return getLead();
			case JwpPackage.ACTIVITY__STATUS:
				return getStatus();
			case JwpPackage.ACTIVITY__PARTNERS:
				return getPartners();
			case JwpPackage.ACTIVITY__FUNDING:
				return getFunding();
			case JwpPackage.ACTIVITY__FUNDING_NOTE:
				return getFundingNote();
			case JwpPackage.ACTIVITY__SPECIES:
				return getSpecies();
			case JwpPackage.ACTIVITY__INSTRUMENTS:
				return getInstruments();
			case JwpPackage.ACTIVITY__DECISIONS:
				return getDecisions();
			case JwpPackage.ACTIVITY__MEETINGS:
				return getMeetings();
			case JwpPackage.ACTIVITY__DELIVERABLES:
				return getDeliverables();
			case JwpPackage.ACTIVITY__INDICATORS:
				return getIndicators();
			case JwpPackage.ACTIVITY__CONTINUES:
				return getContinues();
			case JwpPackage.ACTIVITY__CARRIED_FORWARD_TO:
				return getCarriedForwardTo();
			case JwpPackage.ACTIVITY__PROGRESS:
				return getProgress();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case JwpPackage.ACTIVITY__CODE:
				setCode((String)newValue);
				return;
			case JwpPackage.ACTIVITY__PRINTED_CODE:
				setPrintedCode((String)newValue);
				return;
			case JwpPackage.ACTIVITY__TEXT:
				setText((String)newValue);
				return;
			case JwpPackage.ACTIVITY__SUB_ITEMS:
				getSubItems().clear();
				getSubItems().addAll((Collection<? extends SubItem>)newValue);
				return;
			case JwpPackage.ACTIVITY__TIMEFRAME:
				setTimeframe((Timeframe)newValue);
				return;
			case JwpPackage.ACTIVITY__LEAD:
				setLead((LeadSecretariat)newValue);
				return;
			case JwpPackage.ACTIVITY__STATUS:
				setStatus((ActivityStatus)newValue);
				return;
			case JwpPackage.ACTIVITY__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Organization>)newValue);
				return;
			case JwpPackage.ACTIVITY__FUNDING:
				setFunding((FundingCondition)newValue);
				return;
			case JwpPackage.ACTIVITY__FUNDING_NOTE:
				setFundingNote((String)newValue);
				return;
			case JwpPackage.ACTIVITY__SPECIES:
				getSpecies().clear();
				getSpecies().addAll((Collection<? extends Taxon>)newValue);
				return;
			case JwpPackage.ACTIVITY__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case JwpPackage.ACTIVITY__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends DecisionReference>)newValue);
				return;
			case JwpPackage.ACTIVITY__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
			case JwpPackage.ACTIVITY__DELIVERABLES:
				getDeliverables().clear();
				getDeliverables().addAll((Collection<? extends Deliverable>)newValue);
				return;
			case JwpPackage.ACTIVITY__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case JwpPackage.ACTIVITY__CONTINUES:
				setContinues((String)newValue);
				return;
			case JwpPackage.ACTIVITY__CARRIED_FORWARD_TO:
				setCarriedForwardTo((String)newValue);
				return;
			case JwpPackage.ACTIVITY__PROGRESS:
				getProgress().clear();
				getProgress().addAll((Collection<? extends ProgressEntry>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case JwpPackage.ACTIVITY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__PRINTED_CODE:
				setPrintedCode(PRINTED_CODE_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__SUB_ITEMS:
				getSubItems().clear();
				return;
			case JwpPackage.ACTIVITY__TIMEFRAME:
				setTimeframe((Timeframe)null);
				return;
			case JwpPackage.ACTIVITY__LEAD:
				setLead(LEAD_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__PARTNERS:
				getPartners().clear();
				return;
			case JwpPackage.ACTIVITY__FUNDING:
				setFunding(FUNDING_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__FUNDING_NOTE:
				setFundingNote(FUNDING_NOTE_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__SPECIES:
				getSpecies().clear();
				return;
			case JwpPackage.ACTIVITY__INSTRUMENTS:
				getInstruments().clear();
				return;
			case JwpPackage.ACTIVITY__DECISIONS:
				getDecisions().clear();
				return;
			case JwpPackage.ACTIVITY__MEETINGS:
				getMeetings().clear();
				return;
			case JwpPackage.ACTIVITY__DELIVERABLES:
				getDeliverables().clear();
				return;
			case JwpPackage.ACTIVITY__INDICATORS:
				getIndicators().clear();
				return;
			case JwpPackage.ACTIVITY__CONTINUES:
				setContinues(CONTINUES_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__CARRIED_FORWARD_TO:
				setCarriedForwardTo(CARRIED_FORWARD_TO_EDEFAULT);
				return;
			case JwpPackage.ACTIVITY__PROGRESS:
				getProgress().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case JwpPackage.ACTIVITY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case JwpPackage.ACTIVITY__PRINTED_CODE:
				return PRINTED_CODE_EDEFAULT == null ? printedCode != null : !PRINTED_CODE_EDEFAULT.equals(printedCode);
			case JwpPackage.ACTIVITY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case JwpPackage.ACTIVITY__SUB_ITEMS:
				return subItems != null && !subItems.isEmpty();
			case JwpPackage.ACTIVITY__TIMEFRAME:
				return timeframe != null;
			case JwpPackage.ACTIVITY__LEAD:
				return lead != LEAD_EDEFAULT;
			case JwpPackage.ACTIVITY__STATUS:
				return status != STATUS_EDEFAULT;
			case JwpPackage.ACTIVITY__PARTNERS:
				return partners != null && !partners.isEmpty();
			case JwpPackage.ACTIVITY__FUNDING:
				return funding != FUNDING_EDEFAULT;
			case JwpPackage.ACTIVITY__FUNDING_NOTE:
				return FUNDING_NOTE_EDEFAULT == null ? fundingNote != null : !FUNDING_NOTE_EDEFAULT.equals(fundingNote);
			case JwpPackage.ACTIVITY__SPECIES:
				return species != null && !species.isEmpty();
			case JwpPackage.ACTIVITY__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case JwpPackage.ACTIVITY__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case JwpPackage.ACTIVITY__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case JwpPackage.ACTIVITY__DELIVERABLES:
				return deliverables != null && !deliverables.isEmpty();
			case JwpPackage.ACTIVITY__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case JwpPackage.ACTIVITY__CONTINUES:
				return CONTINUES_EDEFAULT == null ? continues != null : !CONTINUES_EDEFAULT.equals(continues);
			case JwpPackage.ACTIVITY__CARRIED_FORWARD_TO:
				return CARRIED_FORWARD_TO_EDEFAULT == null ? carriedForwardTo != null : !CARRIED_FORWARD_TO_EDEFAULT.equals(carriedForwardTo);
			case JwpPackage.ACTIVITY__PROGRESS:
				return progress != null && !progress.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case JwpPackage.ACTIVITY___LATEST_PROGRESS:
				return latestProgress();
			case JwpPackage.ACTIVITY___IS_OVERDUE__LOCALDATE:
				return isOverdue((LocalDate)arguments.get(0));
			case JwpPackage.ACTIVITY___GET_THEME:
				return getTheme();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", printedCode: ");
		result.append(printedCode);
		result.append(", text: ");
		result.append(text);
		result.append(", lead: ");
		result.append(lead);
		result.append(", status: ");
		result.append(status);
		result.append(", funding: ");
		result.append(funding);
		result.append(", fundingNote: ");
		result.append(fundingNote);
		result.append(", continues: ");
		result.append(continues);
		result.append(", carriedForwardTo: ");
		result.append(carriedForwardTo);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl
