/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A joint work programme of two or more conventions, with everything it refers to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Programme#getTitle <em>Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getDocumentSymbol <em>Document Symbol</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getDocumentTitle <em>Document Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getAnnexTitle <em>Annex Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getBackground <em>Background</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getClosingStatement <em>Closing Statement</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getAdoptions <em>Adoptions</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getParagraphs <em>Paragraphs</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getFootnotes <em>Footnotes</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getTaxa <em>Taxa</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getBodies <em>Bodies</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getNotifications <em>Notifications</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getReportingObligations <em>Reporting Obligations</em>}</li>
 *   <li>{@link org.mea.jwp.model.Programme#getCycles <em>Cycles</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getProgramme()
 * @model
 * @generated
 */
public interface Programme extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title as printed, e.g. "CMS-CITES Joint Work Programme 2012-2014".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the JWP file format the programme was saved with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First year of the programme period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(int)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_PeriodStart()
	 * @model
	 * @generated
	 */
	int getPeriodStart();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(int value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last year of the programme period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(int)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_PeriodEnd()
	 * @model
	 * @generated
	 */
	int getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(int value);

	/**
	 * Returns the value of the '<em><b>Document Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbol of the document that carries the programme, e.g. "SC62 Doc. 14.3".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Symbol</em>' attribute.
	 * @see #setDocumentSymbol(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_DocumentSymbol()
	 * @model
	 * @generated
	 */
	String getDocumentSymbol();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getDocumentSymbol <em>Document Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Symbol</em>' attribute.
	 * @see #getDocumentSymbol()
	 * @generated
	 */
	void setDocumentSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Document Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of that document (agenda item).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Title</em>' attribute.
	 * @see #setDocumentTitle(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_DocumentTitle()
	 * @model
	 * @generated
	 */
	String getDocumentTitle();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getDocumentTitle <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Title</em>' attribute.
	 * @see #getDocumentTitle()
	 * @generated
	 */
	void setDocumentTitle(String value);

	/**
	 * Returns the value of the '<em><b>Annex Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heading of the Annex as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annex Title</em>' attribute.
	 * @see #setAnnexTitle(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_AnnexTitle()
	 * @model
	 * @generated
	 */
	String getAnnexTitle();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getAnnexTitle <em>Annex Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annex Title</em>' attribute.
	 * @see #getAnnexTitle()
	 * @generated
	 */
	void setAnnexTitle(String value);

	/**
	 * Returns the value of the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Background text of the programme itself (Annex).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Background</em>' attribute.
	 * @see #setBackground(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Background()
	 * @model
	 * @generated
	 */
	String getBackground();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getBackground <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background</em>' attribute.
	 * @see #getBackground()
	 * @generated
	 */
	void setBackground(String value);

	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The programme this one continues, by title and period ("CMS-CITES Joint Work Programme 2012-2014"); its activities' continues name activities of that programme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor</em>' attribute.
	 * @see #setPredecessor(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Predecessor()
	 * @model
	 * @generated
	 */
	String getPredecessor();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getPredecessor <em>Predecessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' attribute.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(String value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The programme that continues this one and carries forward its open activities ("CMS-CITES Joint Work Programme 2015-2020").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' attribute.
	 * @see #setSuccessor(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Successor()
	 * @model
	 * @generated
	 */
	String getSuccessor();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getSuccessor <em>Successor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' attribute.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(String value);

	/**
	 * Returns the value of the '<em><b>Closing Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statement that follows the list of themes in the Annex background.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closing Statement</em>' attribute.
	 * @see #setClosingStatement(String)
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_ClosingStatement()
	 * @model
	 * @generated
	 */
	String getClosingStatement();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Programme#getClosingStatement <em>Closing Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closing Statement</em>' attribute.
	 * @see #getClosingStatement()
	 * @generated
	 */
	void setClosingStatement(String value);

	/**
	 * Returns the value of the '<em><b>Adoptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Adoption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What bodies did with the programme (adopted, endorsement requested...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adoptions</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Adoptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Adoption> getAdoptions();

	/**
	 * Returns the value of the '<em><b>Paragraphs</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Paragraph}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numbered paragraphs of the cover document (background and recommendations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paragraphs</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Paragraphs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Paragraph> getParagraphs();

	/**
	 * Returns the value of the '<em><b>Footnotes</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Footnote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Footnotes of the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Footnotes</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Footnotes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Footnote> getFootnotes();

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Theme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Themes A, B, C, D...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Themes</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Themes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Theme> getThemes();

	/**
	 * Returns the value of the '<em><b>Taxa</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Taxon}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registry of the species and higher taxa the programme names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Taxa</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Taxa()
	 * @model containment="true"
	 * @generated
	 */
	EList<Taxon> getTaxa();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Bodies</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Body}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bodies</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Bodies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Body> getBodies();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Meetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Meeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.DecisionReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecisionReference> getDecisions();

	/**
	 * Returns the value of the '<em><b>Notifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.Notification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notifications</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Notifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Notification> getNotifications();

	/**
	 * Returns the value of the '<em><b>Reporting Obligations</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.ReportingObligation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Obligations</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_ReportingObligations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingObligation> getReportingObligations();

	/**
	 * Returns the value of the '<em><b>Cycles</b></em>' containment reference list.
	 * The list contents are of type {@link org.mea.jwp.model.ReportingCycle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reporting cycles: one per Standing Committee meeting the secretariats report to, in the order they are reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cycles</em>' containment reference list.
	 * @see org.mea.jwp.model.JwpPackage#getProgramme_Cycles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingCycle> getCycles();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All activities of all themes, in document order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Activity> activities();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The activity with this code, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Activity findActivity(String code);

} // Programme
