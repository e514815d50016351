/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Body</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A body that meets: CITES Standing Committee, CMS Conference of the Parties...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mea.jwp.model.Body#getName <em>Name</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getAbbreviation <em>Abbreviation</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getConvention <em>Convention</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getKind <em>Kind</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getConventionTitle <em>Convention Title</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getSecretariat <em>Secretariat</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getDocumentSymbolPattern <em>Document Symbol Pattern</em>}</li>
 *   <li>{@link org.mea.jwp.model.Body#getDocumentLayout <em>Document Layout</em>}</li>
 * </ul>
 *
 * @see org.mea.jwp.model.JwpPackage#getBody()
 * @model
 * @generated
 */
public interface Body extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.mea.jwp.model.JwpPackage#getBody_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Used in meeting and document symbols: SC, StC, CoP, AC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Abbreviation</em>' attribute.
	 * @see #setAbbreviation(String)
	 * @see org.mea.jwp.model.JwpPackage#getBody_Abbreviation()
	 * @model
	 * @generated
	 */
	String getAbbreviation();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getAbbreviation <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abbreviation</em>' attribute.
	 * @see #getAbbreviation()
	 * @generated
	 */
	void setAbbreviation(String value);

	/**
	 * Returns the value of the '<em><b>Convention</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.Convention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #setConvention(Convention)
	 * @see org.mea.jwp.model.JwpPackage#getBody_Convention()
	 * @model
	 * @generated
	 */
	Convention getConvention();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getConvention <em>Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention</em>' attribute.
	 * @see org.mea.jwp.model.Convention
	 * @see #getConvention()
	 * @generated
	 */
	void setConvention(Convention value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.BodyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.BodyKind
	 * @see #setKind(BodyKind)
	 * @see org.mea.jwp.model.JwpPackage#getBody_Kind()
	 * @model
	 * @generated
	 */
	BodyKind getKind();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.mea.jwp.model.BodyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BodyKind value);

	/**
	 * Returns the value of the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizer</em>' reference.
	 * @see #setOrganizer(Organization)
	 * @see org.mea.jwp.model.JwpPackage#getBody_Organizer()
	 * @model
	 * @generated
	 */
	Organization getOrganizer();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getOrganizer <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organizer</em>' reference.
	 * @see #getOrganizer()
	 * @generated
	 */
	void setOrganizer(Organization value);

	/**
	 * Returns the value of the '<em><b>Convention Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Convention's name as printed at the top of the body's documents, one line per line: "CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES
	 * OF WILD FAUNA AND FLORA".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Convention Title</em>' attribute.
	 * @see #setConventionTitle(String)
	 * @see org.mea.jwp.model.JwpPackage#getBody_ConventionTitle()
	 * @model
	 * @generated
	 */
	String getConventionTitle();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getConventionTitle <em>Convention Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convention Title</em>' attribute.
	 * @see #getConventionTitle()
	 * @generated
	 */
	void setConventionTitle(String value);

	/**
	 * Returns the value of the '<em><b>Secretariat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who writes the body's documents on the programme: "CITES Secretariat", "UNEP/CMS Secretariat".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secretariat</em>' attribute.
	 * @see #setSecretariat(String)
	 * @see org.mea.jwp.model.JwpPackage#getBody_Secretariat()
	 * @model
	 * @generated
	 */
	String getSecretariat();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getSecretariat <em>Secretariat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secretariat</em>' attribute.
	 * @see #getSecretariat()
	 * @generated
	 */
	void setSecretariat(String value);

	/**
	 * Returns the value of the '<em><b>Document Symbol Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the body's documents are numbered: {meeting} stands for the meeting's symbol and {item} for the agenda item, e.g. "{meeting} Doc. {item}" (SC65 Doc. 17), "UNEP/CMS/{meeting}/Doc.{item}" (UNEP/CMS/StC41/Doc.12).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Symbol Pattern</em>' attribute.
	 * @see #setDocumentSymbolPattern(String)
	 * @see org.mea.jwp.model.JwpPackage#getBody_DocumentSymbolPattern()
	 * @model
	 * @generated
	 */
	String getDocumentSymbolPattern();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getDocumentSymbolPattern <em>Document Symbol Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Symbol Pattern</em>' attribute.
	 * @see #getDocumentSymbolPattern()
	 * @generated
	 */
	void setDocumentSymbolPattern(String value);

	/**
	 * Returns the value of the '<em><b>Document Layout</b></em>' attribute.
	 * The literals are from the enumeration {@link org.mea.jwp.model.DocumentLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first page the report designs give the body's documents: the CITES layout or the CMS layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Layout</em>' attribute.
	 * @see org.mea.jwp.model.DocumentLayout
	 * @see #setDocumentLayout(DocumentLayout)
	 * @see org.mea.jwp.model.JwpPackage#getBody_DocumentLayout()
	 * @model
	 * @generated
	 */
	DocumentLayout getDocumentLayout();

	/**
	 * Sets the value of the '{@link org.mea.jwp.model.Body#getDocumentLayout <em>Document Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Layout</em>' attribute.
	 * @see org.mea.jwp.model.DocumentLayout
	 * @see #getDocumentLayout()
	 * @generated
	 */
	void setDocumentLayout(DocumentLayout value);

} // Body
