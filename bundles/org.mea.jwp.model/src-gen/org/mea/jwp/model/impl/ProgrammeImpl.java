/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mea.jwp.model.Activity;
import org.mea.jwp.model.Adoption;
import org.mea.jwp.model.Body;
import org.mea.jwp.model.DecisionReference;
import org.mea.jwp.model.Footnote;
import org.mea.jwp.model.Instrument;
import org.mea.jwp.model.JwpPackage;
import org.mea.jwp.model.Meeting;
import org.mea.jwp.model.Notification;
import org.mea.jwp.model.Organization;
import org.mea.jwp.model.Paragraph;
import org.mea.jwp.model.Programme;
import org.mea.jwp.model.ReportingCycle;
import org.mea.jwp.model.ReportingObligation;
import org.mea.jwp.model.Taxon;
import org.mea.jwp.model.Theme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getDocumentSymbol <em>Document Symbol</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getDocumentTitle <em>Document Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getAnnexTitle <em>Annex Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getBackground <em>Background</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getClosingStatement <em>Closing Statement</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getAdoptions <em>Adoptions</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getParagraphs <em>Paragraphs</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getFootnotes <em>Footnotes</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getTaxa <em>Taxa</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getBodies <em>Bodies</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getNotifications <em>Notifications</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getReportingObligations <em>Reporting Obligations</em>}</li>
 *   <li>{@link org.mea.jwp.model.impl.ProgrammeImpl#getCycles <em>Cycles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeImpl extends IdentifiedImpl implements Programme {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected int periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected int periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentSymbol() <em>Document Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentSymbol() <em>Document Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentSymbol()
	 * @generated
	 * @ordered
	 */
	protected String documentSymbol = DOCUMENT_SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentTitle() <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentTitle() <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentTitle()
	 * @generated
	 * @ordered
	 */
	protected String documentTitle = DOCUMENT_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnexTitle() <em>Annex Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnexTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNEX_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnexTitle() <em>Annex Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnexTitle()
	 * @generated
	 * @ordered
	 */
	protected String annexTitle = ANNEX_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackground() <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackground()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKGROUND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackground() <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackground()
	 * @generated
	 * @ordered
	 */
	protected String background = BACKGROUND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPredecessor() <em>Predecessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected static final String PREDECESSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected String predecessor = PREDECESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuccessor() <em>Successor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessor()
	 * @generated
	 * @ordered
	 */
	protected static final String SUCCESSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuccessor() <em>Successor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessor()
	 * @generated
	 * @ordered
	 */
	protected String successor = SUCCESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosingStatement() <em>Closing Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosingStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSING_STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosingStatement() <em>Closing Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosingStatement()
	 * @generated
	 * @ordered
	 */
	protected String closingStatement = CLOSING_STATEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdoptions() <em>Adoptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Adoption> adoptions;

	/**
	 * The cached value of the '{@link #getParagraphs() <em>Paragraphs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraphs()
	 * @generated
	 * @ordered
	 */
	protected EList<Paragraph> paragraphs;

	/**
	 * The cached value of the '{@link #getFootnotes() <em>Footnotes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFootnotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Footnote> footnotes;

	/**
	 * The cached value of the '{@link #getThemes() <em>Themes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<Theme> themes;

	/**
	 * The cached value of the '{@link #getTaxa() <em>Taxa</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxa()
	 * @generated
	 * @ordered
	 */
	protected EList<Taxon> taxa;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getBodies() <em>Bodies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodies()
	 * @generated
	 * @ordered
	 */
	protected EList<Body> bodies;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionReference> decisions;

	/**
	 * The cached value of the '{@link #getNotifications() <em>Notifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Notification> notifications;

	/**
	 * The cached value of the '{@link #getReportingObligations() <em>Reporting Obligations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingObligations()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingObligation> reportingObligations;

	/**
	 * The cached value of the '{@link #getCycles() <em>Cycles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCycles()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingCycle> cycles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JwpPackage.Literals.PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(int newPeriodStart) {
		int oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(int newPeriodEnd) {
		int oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentSymbol() {
		return documentSymbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentSymbol(String newDocumentSymbol) {
		String oldDocumentSymbol = documentSymbol;
		documentSymbol = newDocumentSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__DOCUMENT_SYMBOL, oldDocumentSymbol, documentSymbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentTitle() {
		return documentTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentTitle(String newDocumentTitle) {
		String oldDocumentTitle = documentTitle;
		documentTitle = newDocumentTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__DOCUMENT_TITLE, oldDocumentTitle, documentTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnexTitle() {
		return annexTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnexTitle(String newAnnexTitle) {
		String oldAnnexTitle = annexTitle;
		annexTitle = newAnnexTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__ANNEX_TITLE, oldAnnexTitle, annexTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackground() {
		return background;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackground(String newBackground) {
		String oldBackground = background;
		background = newBackground;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__BACKGROUND, oldBackground, background));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(String newPredecessor) {
		String oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__PREDECESSOR, oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuccessor() {
		return successor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessor(String newSuccessor) {
		String oldSuccessor = successor;
		successor = newSuccessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__SUCCESSOR, oldSuccessor, successor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClosingStatement() {
		return closingStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosingStatement(String newClosingStatement) {
		String oldClosingStatement = closingStatement;
		closingStatement = newClosingStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, org.eclipse.emf.common.notify.Notification.SET, JwpPackage.PROGRAMME__CLOSING_STATEMENT, oldClosingStatement, closingStatement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Adoption> getAdoptions() {
		if (adoptions == null) {
			adoptions = new EObjectContainmentEList<Adoption>(Adoption.class, this, JwpPackage.PROGRAMME__ADOPTIONS);
		}
		return adoptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Paragraph> getParagraphs() {
		if (paragraphs == null) {
			paragraphs = new EObjectContainmentEList<Paragraph>(Paragraph.class, this, JwpPackage.PROGRAMME__PARAGRAPHS);
		}
		return paragraphs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Footnote> getFootnotes() {
		if (footnotes == null) {
			footnotes = new EObjectContainmentEList<Footnote>(Footnote.class, this, JwpPackage.PROGRAMME__FOOTNOTES);
		}
		return footnotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Theme> getThemes() {
		if (themes == null) {
			themes = new EObjectContainmentEList<Theme>(Theme.class, this, JwpPackage.PROGRAMME__THEMES);
		}
		return themes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Taxon> getTaxa() {
		if (taxa == null) {
			taxa = new EObjectContainmentEList<Taxon>(Taxon.class, this, JwpPackage.PROGRAMME__TAXA);
		}
		return taxa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, JwpPackage.PROGRAMME__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, JwpPackage.PROGRAMME__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Body> getBodies() {
		if (bodies == null) {
			bodies = new EObjectContainmentEList<Body>(Body.class, this, JwpPackage.PROGRAMME__BODIES);
		}
		return bodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, JwpPackage.PROGRAMME__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionReference> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<DecisionReference>(DecisionReference.class, this, JwpPackage.PROGRAMME__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Notification> getNotifications() {
		if (notifications == null) {
			notifications = new EObjectContainmentEList<Notification>(Notification.class, this, JwpPackage.PROGRAMME__NOTIFICATIONS);
		}
		return notifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingObligation> getReportingObligations() {
		if (reportingObligations == null) {
			reportingObligations = new EObjectContainmentEList<ReportingObligation>(ReportingObligation.class, this, JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS);
		}
		return reportingObligations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingCycle> getCycles() {
		if (cycles == null) {
			cycles = new EObjectContainmentEList<ReportingCycle>(ReportingCycle.class, this, JwpPackage.PROGRAMME__CYCLES);
		}
		return cycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> activities() {
		return org.mea.jwp.model.operations.ProgrammeOperations.activities(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity findActivity(final String code) {
		return org.mea.jwp.model.operations.ProgrammeOperations.findActivity(this, code);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case JwpPackage.PROGRAMME__ADOPTIONS:
				return ((InternalEList<?>)getAdoptions()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__PARAGRAPHS:
				return ((InternalEList<?>)getParagraphs()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__FOOTNOTES:
				return ((InternalEList<?>)getFootnotes()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__THEMES:
				return ((InternalEList<?>)getThemes()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__TAXA:
				return ((InternalEList<?>)getTaxa()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__BODIES:
				return ((InternalEList<?>)getBodies()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__NOTIFICATIONS:
				return ((InternalEList<?>)getNotifications()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS:
				return ((InternalEList<?>)getReportingObligations()).basicRemove(otherEnd, msgs);
			case JwpPackage.PROGRAMME__CYCLES:
				return ((InternalEList<?>)getCycles()).basicRemove(otherEnd, msgs);
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
			case JwpPackage.PROGRAMME__TITLE:
				return getTitle();
			case JwpPackage.PROGRAMME__FORMAT_VERSION:
				return getFormatVersion();
			case JwpPackage.PROGRAMME__PERIOD_START:
				return getPeriodStart();
			case JwpPackage.PROGRAMME__PERIOD_END:
				return getPeriodEnd();
			case JwpPackage.PROGRAMME__DOCUMENT_SYMBOL:
				return getDocumentSymbol();
			case JwpPackage.PROGRAMME__DOCUMENT_TITLE:
				return getDocumentTitle();
			case JwpPackage.PROGRAMME__ANNEX_TITLE:
				return getAnnexTitle();
			case JwpPackage.PROGRAMME__BACKGROUND:
				return getBackground();
			case JwpPackage.PROGRAMME__PREDECESSOR:
				return getPredecessor();
			case JwpPackage.PROGRAMME__SUCCESSOR:
				return getSuccessor();
			case JwpPackage.PROGRAMME__CLOSING_STATEMENT:
				return getClosingStatement();
			case JwpPackage.PROGRAMME__ADOPTIONS:
				return getAdoptions();
			case JwpPackage.PROGRAMME__PARAGRAPHS:
				return getParagraphs();
			case JwpPackage.PROGRAMME__FOOTNOTES:
				return getFootnotes();
			case JwpPackage.PROGRAMME__THEMES:
				return getThemes();
			case JwpPackage.PROGRAMME__TAXA:
				return getTaxa();
			case JwpPackage.PROGRAMME__ORGANIZATIONS:
				return getOrganizations();
			case JwpPackage.PROGRAMME__INSTRUMENTS:
				return getInstruments();
			case JwpPackage.PROGRAMME__BODIES:
				return getBodies();
			case JwpPackage.PROGRAMME__MEETINGS:
				return getMeetings();
			case JwpPackage.PROGRAMME__DECISIONS:
				return getDecisions();
			case JwpPackage.PROGRAMME__NOTIFICATIONS:
				return getNotifications();
			case JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS:
				return getReportingObligations();
			case JwpPackage.PROGRAMME__CYCLES:
				return getCycles();
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
			case JwpPackage.PROGRAMME__TITLE:
				setTitle((String)newValue);
				return;
			case JwpPackage.PROGRAMME__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case JwpPackage.PROGRAMME__PERIOD_START:
				setPeriodStart((Integer)newValue);
				return;
			case JwpPackage.PROGRAMME__PERIOD_END:
				setPeriodEnd((Integer)newValue);
				return;
			case JwpPackage.PROGRAMME__DOCUMENT_SYMBOL:
				setDocumentSymbol((String)newValue);
				return;
			case JwpPackage.PROGRAMME__DOCUMENT_TITLE:
				setDocumentTitle((String)newValue);
				return;
			case JwpPackage.PROGRAMME__ANNEX_TITLE:
				setAnnexTitle((String)newValue);
				return;
			case JwpPackage.PROGRAMME__BACKGROUND:
				setBackground((String)newValue);
				return;
			case JwpPackage.PROGRAMME__PREDECESSOR:
				setPredecessor((String)newValue);
				return;
			case JwpPackage.PROGRAMME__SUCCESSOR:
				setSuccessor((String)newValue);
				return;
			case JwpPackage.PROGRAMME__CLOSING_STATEMENT:
				setClosingStatement((String)newValue);
				return;
			case JwpPackage.PROGRAMME__ADOPTIONS:
				getAdoptions().clear();
				getAdoptions().addAll((Collection<? extends Adoption>)newValue);
				return;
			case JwpPackage.PROGRAMME__PARAGRAPHS:
				getParagraphs().clear();
				getParagraphs().addAll((Collection<? extends Paragraph>)newValue);
				return;
			case JwpPackage.PROGRAMME__FOOTNOTES:
				getFootnotes().clear();
				getFootnotes().addAll((Collection<? extends Footnote>)newValue);
				return;
			case JwpPackage.PROGRAMME__THEMES:
				getThemes().clear();
				getThemes().addAll((Collection<? extends Theme>)newValue);
				return;
			case JwpPackage.PROGRAMME__TAXA:
				getTaxa().clear();
				getTaxa().addAll((Collection<? extends Taxon>)newValue);
				return;
			case JwpPackage.PROGRAMME__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case JwpPackage.PROGRAMME__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case JwpPackage.PROGRAMME__BODIES:
				getBodies().clear();
				getBodies().addAll((Collection<? extends Body>)newValue);
				return;
			case JwpPackage.PROGRAMME__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
			case JwpPackage.PROGRAMME__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends DecisionReference>)newValue);
				return;
			case JwpPackage.PROGRAMME__NOTIFICATIONS:
				getNotifications().clear();
				getNotifications().addAll((Collection<? extends Notification>)newValue);
				return;
			case JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS:
				getReportingObligations().clear();
				getReportingObligations().addAll((Collection<? extends ReportingObligation>)newValue);
				return;
			case JwpPackage.PROGRAMME__CYCLES:
				getCycles().clear();
				getCycles().addAll((Collection<? extends ReportingCycle>)newValue);
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
			case JwpPackage.PROGRAMME__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__DOCUMENT_SYMBOL:
				setDocumentSymbol(DOCUMENT_SYMBOL_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__DOCUMENT_TITLE:
				setDocumentTitle(DOCUMENT_TITLE_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__ANNEX_TITLE:
				setAnnexTitle(ANNEX_TITLE_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__BACKGROUND:
				setBackground(BACKGROUND_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__PREDECESSOR:
				setPredecessor(PREDECESSOR_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__SUCCESSOR:
				setSuccessor(SUCCESSOR_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__CLOSING_STATEMENT:
				setClosingStatement(CLOSING_STATEMENT_EDEFAULT);
				return;
			case JwpPackage.PROGRAMME__ADOPTIONS:
				getAdoptions().clear();
				return;
			case JwpPackage.PROGRAMME__PARAGRAPHS:
				getParagraphs().clear();
				return;
			case JwpPackage.PROGRAMME__FOOTNOTES:
				getFootnotes().clear();
				return;
			case JwpPackage.PROGRAMME__THEMES:
				getThemes().clear();
				return;
			case JwpPackage.PROGRAMME__TAXA:
				getTaxa().clear();
				return;
			case JwpPackage.PROGRAMME__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case JwpPackage.PROGRAMME__INSTRUMENTS:
				getInstruments().clear();
				return;
			case JwpPackage.PROGRAMME__BODIES:
				getBodies().clear();
				return;
			case JwpPackage.PROGRAMME__MEETINGS:
				getMeetings().clear();
				return;
			case JwpPackage.PROGRAMME__DECISIONS:
				getDecisions().clear();
				return;
			case JwpPackage.PROGRAMME__NOTIFICATIONS:
				getNotifications().clear();
				return;
			case JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS:
				getReportingObligations().clear();
				return;
			case JwpPackage.PROGRAMME__CYCLES:
				getCycles().clear();
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
			case JwpPackage.PROGRAMME__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case JwpPackage.PROGRAMME__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case JwpPackage.PROGRAMME__PERIOD_START:
				return periodStart != PERIOD_START_EDEFAULT;
			case JwpPackage.PROGRAMME__PERIOD_END:
				return periodEnd != PERIOD_END_EDEFAULT;
			case JwpPackage.PROGRAMME__DOCUMENT_SYMBOL:
				return DOCUMENT_SYMBOL_EDEFAULT == null ? documentSymbol != null : !DOCUMENT_SYMBOL_EDEFAULT.equals(documentSymbol);
			case JwpPackage.PROGRAMME__DOCUMENT_TITLE:
				return DOCUMENT_TITLE_EDEFAULT == null ? documentTitle != null : !DOCUMENT_TITLE_EDEFAULT.equals(documentTitle);
			case JwpPackage.PROGRAMME__ANNEX_TITLE:
				return ANNEX_TITLE_EDEFAULT == null ? annexTitle != null : !ANNEX_TITLE_EDEFAULT.equals(annexTitle);
			case JwpPackage.PROGRAMME__BACKGROUND:
				return BACKGROUND_EDEFAULT == null ? background != null : !BACKGROUND_EDEFAULT.equals(background);
			case JwpPackage.PROGRAMME__PREDECESSOR:
				return PREDECESSOR_EDEFAULT == null ? predecessor != null : !PREDECESSOR_EDEFAULT.equals(predecessor);
			case JwpPackage.PROGRAMME__SUCCESSOR:
				return SUCCESSOR_EDEFAULT == null ? successor != null : !SUCCESSOR_EDEFAULT.equals(successor);
			case JwpPackage.PROGRAMME__CLOSING_STATEMENT:
				return CLOSING_STATEMENT_EDEFAULT == null ? closingStatement != null : !CLOSING_STATEMENT_EDEFAULT.equals(closingStatement);
			case JwpPackage.PROGRAMME__ADOPTIONS:
				return adoptions != null && !adoptions.isEmpty();
			case JwpPackage.PROGRAMME__PARAGRAPHS:
				return paragraphs != null && !paragraphs.isEmpty();
			case JwpPackage.PROGRAMME__FOOTNOTES:
				return footnotes != null && !footnotes.isEmpty();
			case JwpPackage.PROGRAMME__THEMES:
				return themes != null && !themes.isEmpty();
			case JwpPackage.PROGRAMME__TAXA:
				return taxa != null && !taxa.isEmpty();
			case JwpPackage.PROGRAMME__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case JwpPackage.PROGRAMME__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case JwpPackage.PROGRAMME__BODIES:
				return bodies != null && !bodies.isEmpty();
			case JwpPackage.PROGRAMME__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case JwpPackage.PROGRAMME__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case JwpPackage.PROGRAMME__NOTIFICATIONS:
				return notifications != null && !notifications.isEmpty();
			case JwpPackage.PROGRAMME__REPORTING_OBLIGATIONS:
				return reportingObligations != null && !reportingObligations.isEmpty();
			case JwpPackage.PROGRAMME__CYCLES:
				return cycles != null && !cycles.isEmpty();
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
			case JwpPackage.PROGRAMME___ACTIVITIES:
				return activities();
			case JwpPackage.PROGRAMME___FIND_ACTIVITY__STRING:
				return findActivity((String)arguments.get(0));
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
		result.append(" (title: ");
		result.append(title);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", documentSymbol: ");
		result.append(documentSymbol);
		result.append(", documentTitle: ");
		result.append(documentTitle);
		result.append(", annexTitle: ");
		result.append(annexTitle);
		result.append(", background: ");
		result.append(background);
		result.append(", predecessor: ");
		result.append(predecessor);
		result.append(", successor: ");
		result.append(successor);
		result.append(", closingStatement: ");
		result.append(closingStatement);
		result.append(')');
		return result.toString();
	}

} //ProgrammeImpl
