/**
 * Generated from jwp.ecore by EMF; regenerate with ./mvnw -q -f releng/org.mea.jwp.codegen exec:java
 */
package org.mea.jwp.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Metamodel of joint work programmes of biodiversity conventions (first: the CMS-CITES Joint Work Programme 2012-2014, CITES SC62 Doc. 14.3).
 * <!-- end-model-doc -->
 * @see org.mea.jwp.model.JwpFactory
 * @model kind="package"
 * @generated
 */
public interface JwpPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://mea.org/jwp/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "jwp";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JwpPackage eINSTANCE = org.mea.jwp.model.impl.JwpPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.TranslatableImpl <em>Translatable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.TranslatableImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTranslatable()
	 * @generated
	 */
	int TRANSLATABLE = 0;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATABLE__TRANSLATIONS = 0;

	/**
	 * The number of structural features of the '<em>Translatable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Translatable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.TranslationImpl <em>Translation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.TranslationImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTranslation()
	 * @generated
	 */
	int TRANSLATION = 1;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__FEATURE = 0;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__LANGUAGE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__ORIGINAL = 3;

	/**
	 * The number of structural features of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.IdentifiedImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 2;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__TRANSLATIONS = TRANSLATABLE__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = TRANSLATABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = TRANSLATABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = TRANSLATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ProgrammeImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 3;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__FORMAT_VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PERIOD_START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PERIOD_END = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Document Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DOCUMENT_SYMBOL = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Document Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DOCUMENT_TITLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Annex Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ANNEX_TITLE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BACKGROUND = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PREDECESSOR = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__SUCCESSOR = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Closing Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__CLOSING_STATEMENT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Adoptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ADOPTIONS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Paragraphs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PARAGRAPHS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Footnotes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__FOOTNOTES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__THEMES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Taxa</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TAXA = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__INSTRUMENTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Bodies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BODIES = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__MEETINGS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DECISIONS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__NOTIFICATIONS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Reporting Obligations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__REPORTING_OBLIGATIONS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Cycles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__CYCLES = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The operation id for the '<em>Activities</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME___ACTIVITIES = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Find Activity</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME___FIND_ACTIVITY__STRING = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.AdoptionImpl <em>Adoption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.AdoptionImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getAdoption()
	 * @generated
	 */
	int ADOPTION = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION__BODY = 1;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION__MEETING = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION__DATE = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Adoption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Adoption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADOPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ParagraphImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getParagraph()
	 * @generated
	 */
	int PARAGRAPH = 5;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__ITEMS = 3;

	/**
	 * The feature id for the '<em><b>Quotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__QUOTATION = 4;

	/**
	 * The feature id for the '<em><b>Continuation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__CONTINUATION = 5;

	/**
	 * The number of structural features of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.FootnoteImpl <em>Footnote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.FootnoteImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getFootnote()
	 * @generated
	 */
	int FOOTNOTE = 6;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE__ANCHOR = 2;

	/**
	 * The number of structural features of the '<em>Footnote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Footnote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOOTNOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ThemeImpl <em>Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ThemeImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTheme()
	 * @generated
	 */
	int THEME = 7;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Letter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__LETTER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__SHORT_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__INTRODUCTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Focus</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__FOCUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Closing Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__CLOSING_TEXT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Focus Taxa</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__FOCUS_TAXA = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__GROUPS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Activities</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME___ACTIVITIES = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ActivityGroupImpl <em>Activity Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ActivityGroupImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getActivityGroup()
	 * @generated
	 */
	int ACTIVITY_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_GROUP__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_GROUP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_GROUP__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_GROUP__ACTIVITIES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Activity Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_GROUP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Activity Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_GROUP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ActivityImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 9;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Printed Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PRINTED_CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__SUB_ITEMS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Timeframe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TIMEFRAME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__LEAD = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__STATUS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PARTNERS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__FUNDING = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Funding Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__FUNDING_NOTE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Species</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__SPECIES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__INSTRUMENTS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DECISIONS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MEETINGS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Deliverables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DELIVERABLES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__INDICATORS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Continues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CONTINUES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Carried Forward To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CARRIED_FORWARD_TO = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PROGRESS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The operation id for the '<em>Latest Progress</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY___LATEST_PROGRESS = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Is Overdue</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY___IS_OVERDUE__LOCALDATE = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Theme</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY___GET_THEME = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.SubItemImpl <em>Sub Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.SubItemImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getSubItem()
	 * @generated
	 */
	int SUB_ITEM = 10;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_ITEM__TRANSLATIONS = TRANSLATABLE__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_ITEM__TEXT = TRANSLATABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Sub Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_ITEM_FEATURE_COUNT = TRANSLATABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Sub Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_ITEM_OPERATION_COUNT = TRANSLATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.TimeframeImpl <em>Timeframe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.TimeframeImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTimeframe()
	 * @generated
	 */
	int TIMEFRAME = 11;

	/**
	 * The feature id for the '<em><b>Original</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__ORIGINAL = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__KIND = 1;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__START_YEAR = 2;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__END_YEAR = 3;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__RECURRENCE = 4;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__CONDITION = 5;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__DUE_DATE = 6;

	/**
	 * The feature id for the '<em><b>Due Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME__DUE_TEXT = 7;

	/**
	 * The number of structural features of the '<em>Timeframe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>End Date</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME___END_DATE = 0;

	/**
	 * The operation id for the '<em>Describe</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME___DESCRIBE = 1;

	/**
	 * The number of operations of the '<em>Timeframe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMEFRAME_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ProgressEntryImpl <em>Progress Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ProgressEntryImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getProgressEntry()
	 * @generated
	 */
	int PROGRESS_ENTRY = 12;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__NARRATIVE = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY__EVIDENCE = 4;

	/**
	 * The number of structural features of the '<em>Progress Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Progress Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.EvidenceLinkImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getEvidenceLink()
	 * @generated
	 */
	int EVIDENCE_LINK = 13;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__URI = 1;

	/**
	 * The number of structural features of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.DeliverableImpl <em>Deliverable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.DeliverableImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDeliverable()
	 * @generated
	 */
	int DELIVERABLE = 14;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DUE_DATE = 1;

	/**
	 * The feature id for the '<em><b>Delivered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DELIVERED = 2;

	/**
	 * The number of structural features of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.IndicatorImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 15;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.TaxonImpl <em>Taxon</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.TaxonImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTaxon()
	 * @generated
	 */
	int TAXON = 16;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name As Printed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__NAME_AS_PRINTED = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__RANK = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Common Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__COMMON_NAMES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__POPULATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cites Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__CITES_NAME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cms Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__CMS_NAME = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cites Appendix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__CITES_APPENDIX = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cms Appendix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__CMS_APPENDIX = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Difference Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__DIFFERENCE_NOTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__NOTES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Accepted Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__ACCEPTED_NAME = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__AUTHOR = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Synonyms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__SYNONYMS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Lower Taxa</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__LOWER_TAXA = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Listings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON__LISTINGS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Taxon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The operation id for the '<em>Names Differ</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON___NAMES_DIFFER = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Appendices Differ</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON___APPENDICES_DIFFER = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Appendices Differ On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON___APPENDICES_DIFFER_ON__LOCALDATE = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Listing On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON___LISTING_ON__CONVENTION_LOCALDATE = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Taxon</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXON_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ListingImpl <em>Listing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ListingImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getListing()
	 * @generated
	 */
	int LISTING = 17;

	/**
	 * The feature id for the '<em><b>Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__CONVENTION = 0;

	/**
	 * The feature id for the '<em><b>Appendix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__APPENDIX = 1;

	/**
	 * The feature id for the '<em><b>Effective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__EFFECTIVE = 2;

	/**
	 * The feature id for the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__ENDED = 3;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__POPULATION = 4;

	/**
	 * The feature id for the '<em><b>Annotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__ANNOTATION = 5;

	/**
	 * The feature id for the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__PARTY = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__SOURCE = 7;

	/**
	 * The number of structural features of the '<em>Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>In Force On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING___IN_FORCE_ON__LOCALDATE = 0;

	/**
	 * The number of operations of the '<em>Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.OrganizationImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 18;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ACRONYM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CONVENTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.InstrumentImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 19;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ACRONYM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__CONVENTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__PERIOD = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.BodyImpl <em>Body</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.BodyImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBody()
	 * @generated
	 */
	int BODY = 20;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__ABBREVIATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__CONVENTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__ORGANIZER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Convention Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__CONVENTION_TITLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Secretariat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__SECRETARIAT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Document Symbol Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__DOCUMENT_SYMBOL_PATTERN = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Document Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY__DOCUMENT_LAYOUT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.MeetingImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 21;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__BODY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__NUMBER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__WHEN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__START_DATE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__END_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PLACE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Symbol</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING___SYMBOL = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.DecisionReferenceImpl <em>Decision Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.DecisionReferenceImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDecisionReference()
	 * @generated
	 */
	int DECISION_REFERENCE = 22;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE__REFERENCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE__CONVENTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE__TITLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Decision Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Decision Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_REFERENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.NotificationImpl <em>Notification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.NotificationImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getNotification()
	 * @generated
	 */
	int NOTIFICATION = 23;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__SUBJECT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION__COMMENTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Notification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Notification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.CommentImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 24;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__FROM = 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__SUMMARY = 1;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ReportingObligationImpl <em>Reporting Obligation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ReportingObligationImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getReportingObligation()
	 * @generated
	 */
	int REPORTING_OBLIGATION = 25;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Committee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__COMMITTEE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__MEETING = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__DUE_TEXT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION__ACTIVITIES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Reporting Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Reporting Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_OBLIGATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.ReportingCycleImpl <em>Reporting Cycle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.ReportingCycleImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getReportingCycle()
	 * @generated
	 */
	int REPORTING_CYCLE = 26;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__TRANSLATIONS = IDENTIFIED__TRANSLATIONS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Committee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__COMMITTEE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Meeting</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__MEETING = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Document Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__DOCUMENT_SYMBOL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reporting Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__REPORTING_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__INTRODUCTION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__RECOMMENDATIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__BASELINE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Final Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE__FINAL_REPORT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Reporting Cycle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Reporting Cycle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_CYCLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.BaselineImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 27;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Recorded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__RECORDED_ON = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NOTE = 2;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ENTRIES = 3;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.impl.BaselineEntryImpl <em>Baseline Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.impl.BaselineEntryImpl
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBaselineEntry()
	 * @generated
	 */
	int BASELINE_ENTRY = 28;

	/**
	 * The feature id for the '<em><b>Activity Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__ACTIVITY_ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__CODE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__THEME = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__LEAD = 5;

	/**
	 * The feature id for the '<em><b>Timeframe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__TIMEFRAME = 6;

	/**
	 * The feature id for the '<em><b>Species</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__SPECIES = 7;

	/**
	 * The feature id for the '<em><b>Progress Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__PROGRESS_COUNT = 8;

	/**
	 * The feature id for the '<em><b>Progress Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__PROGRESS_DATE = 9;

	/**
	 * The feature id for the '<em><b>Progress Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY__PROGRESS_NARRATIVE = 10;

	/**
	 * The number of structural features of the '<em>Baseline Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Baseline Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.Convention <em>Convention</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.Convention
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getConvention()
	 * @generated
	 */
	int CONVENTION = 29;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.LeadSecretariat <em>Lead Secretariat</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.LeadSecretariat
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getLeadSecretariat()
	 * @generated
	 */
	int LEAD_SECRETARIAT = 30;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.ActivityStatus <em>Activity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.ActivityStatus
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getActivityStatus()
	 * @generated
	 */
	int ACTIVITY_STATUS = 31;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.TimeframeKind <em>Timeframe Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.TimeframeKind
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTimeframeKind()
	 * @generated
	 */
	int TIMEFRAME_KIND = 32;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.FundingCondition <em>Funding Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.FundingCondition
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getFundingCondition()
	 * @generated
	 */
	int FUNDING_CONDITION = 33;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.TaxonRank <em>Taxon Rank</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.TaxonRank
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTaxonRank()
	 * @generated
	 */
	int TAXON_RANK = 34;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.AppendixListing <em>Appendix Listing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.AppendixListing
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getAppendixListing()
	 * @generated
	 */
	int APPENDIX_LISTING = 35;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.OrganizationKind
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 36;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.InstrumentKind <em>Instrument Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.InstrumentKind
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getInstrumentKind()
	 * @generated
	 */
	int INSTRUMENT_KIND = 37;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.DocumentLayout <em>Document Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.DocumentLayout
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDocumentLayout()
	 * @generated
	 */
	int DOCUMENT_LAYOUT = 38;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.BodyKind <em>Body Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.BodyKind
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBodyKind()
	 * @generated
	 */
	int BODY_KIND = 39;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.DecisionKind <em>Decision Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.DecisionKind
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDecisionKind()
	 * @generated
	 */
	int DECISION_KIND = 40;

	/**
	 * The meta object id for the '{@link org.mea.jwp.model.AdoptionKind <em>Adoption Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mea.jwp.model.AdoptionKind
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getAdoptionKind()
	 * @generated
	 */
	int ADOPTION_KIND = 41;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.mea.jwp.model.impl.JwpPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 42;


	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Translatable <em>Translatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translatable</em>'.
	 * @see org.mea.jwp.model.Translatable
	 * @generated
	 */
	EClass getTranslatable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Translatable#getTranslations <em>Translations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Translations</em>'.
	 * @see org.mea.jwp.model.Translatable#getTranslations()
	 * @see #getTranslatable()
	 * @generated
	 */
	EReference getTranslatable_Translations();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Translation <em>Translation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translation</em>'.
	 * @see org.mea.jwp.model.Translation
	 * @generated
	 */
	EClass getTranslation();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Translation#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.mea.jwp.model.Translation#getFeature()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Translation#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.mea.jwp.model.Translation#getLanguage()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Translation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mea.jwp.model.Translation#getText()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Translation#getOriginal <em>Original</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original</em>'.
	 * @see org.mea.jwp.model.Translation#getOriginal()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Original();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.mea.jwp.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.mea.jwp.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see org.mea.jwp.model.Programme
	 * @generated
	 */
	EClass getProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.mea.jwp.model.Programme#getTitle()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.mea.jwp.model.Programme#getFormatVersion()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.mea.jwp.model.Programme#getPeriodStart()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.mea.jwp.model.Programme#getPeriodEnd()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getDocumentSymbol <em>Document Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Symbol</em>'.
	 * @see org.mea.jwp.model.Programme#getDocumentSymbol()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_DocumentSymbol();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getDocumentTitle <em>Document Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Title</em>'.
	 * @see org.mea.jwp.model.Programme#getDocumentTitle()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_DocumentTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getAnnexTitle <em>Annex Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annex Title</em>'.
	 * @see org.mea.jwp.model.Programme#getAnnexTitle()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_AnnexTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getBackground <em>Background</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background</em>'.
	 * @see org.mea.jwp.model.Programme#getBackground()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Background();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predecessor</em>'.
	 * @see org.mea.jwp.model.Programme#getPredecessor()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Predecessor();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Successor</em>'.
	 * @see org.mea.jwp.model.Programme#getSuccessor()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Successor();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Programme#getClosingStatement <em>Closing Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closing Statement</em>'.
	 * @see org.mea.jwp.model.Programme#getClosingStatement()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ClosingStatement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getAdoptions <em>Adoptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adoptions</em>'.
	 * @see org.mea.jwp.model.Programme#getAdoptions()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Adoptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getParagraphs <em>Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paragraphs</em>'.
	 * @see org.mea.jwp.model.Programme#getParagraphs()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Paragraphs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getFootnotes <em>Footnotes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Footnotes</em>'.
	 * @see org.mea.jwp.model.Programme#getFootnotes()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Footnotes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see org.mea.jwp.model.Programme#getThemes()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Themes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getTaxa <em>Taxa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Taxa</em>'.
	 * @see org.mea.jwp.model.Programme#getTaxa()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Taxa();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.mea.jwp.model.Programme#getOrganizations()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.mea.jwp.model.Programme#getInstruments()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getBodies <em>Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bodies</em>'.
	 * @see org.mea.jwp.model.Programme#getBodies()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Bodies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.mea.jwp.model.Programme#getMeetings()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Meetings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.mea.jwp.model.Programme#getDecisions()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getNotifications <em>Notifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notifications</em>'.
	 * @see org.mea.jwp.model.Programme#getNotifications()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Notifications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getReportingObligations <em>Reporting Obligations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reporting Obligations</em>'.
	 * @see org.mea.jwp.model.Programme#getReportingObligations()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_ReportingObligations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Programme#getCycles <em>Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cycles</em>'.
	 * @see org.mea.jwp.model.Programme#getCycles()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Cycles();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Programme#activities() <em>Activities</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Activities</em>' operation.
	 * @see org.mea.jwp.model.Programme#activities()
	 * @generated
	 */
	EOperation getProgramme__Activities();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Programme#findActivity(java.lang.String) <em>Find Activity</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Activity</em>' operation.
	 * @see org.mea.jwp.model.Programme#findActivity(java.lang.String)
	 * @generated
	 */
	EOperation getProgramme__FindActivity__String();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Adoption <em>Adoption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adoption</em>'.
	 * @see org.mea.jwp.model.Adoption
	 * @generated
	 */
	EClass getAdoption();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Adoption#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mea.jwp.model.Adoption#getKind()
	 * @see #getAdoption()
	 * @generated
	 */
	EAttribute getAdoption_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.Adoption#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Body</em>'.
	 * @see org.mea.jwp.model.Adoption#getBody()
	 * @see #getAdoption()
	 * @generated
	 */
	EReference getAdoption_Body();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.Adoption#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Meeting</em>'.
	 * @see org.mea.jwp.model.Adoption#getMeeting()
	 * @see #getAdoption()
	 * @generated
	 */
	EReference getAdoption_Meeting();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Adoption#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mea.jwp.model.Adoption#getDate()
	 * @see #getAdoption()
	 * @generated
	 */
	EAttribute getAdoption_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Adoption#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.mea.jwp.model.Adoption#getNote()
	 * @see #getAdoption()
	 * @generated
	 */
	EAttribute getAdoption_Note();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Paragraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paragraph</em>'.
	 * @see org.mea.jwp.model.Paragraph
	 * @generated
	 */
	EClass getParagraph();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Paragraph#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mea.jwp.model.Paragraph#getNumber()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Paragraph#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.mea.jwp.model.Paragraph#getSection()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Paragraph#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mea.jwp.model.Paragraph#getText()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Text();

	/**
	 * Returns the meta object for the attribute list '{@link org.mea.jwp.model.Paragraph#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.mea.jwp.model.Paragraph#getItems()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Paragraph#getQuotation <em>Quotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quotation</em>'.
	 * @see org.mea.jwp.model.Paragraph#getQuotation()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Quotation();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Paragraph#getContinuation <em>Continuation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Continuation</em>'.
	 * @see org.mea.jwp.model.Paragraph#getContinuation()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Continuation();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Footnote <em>Footnote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Footnote</em>'.
	 * @see org.mea.jwp.model.Footnote
	 * @generated
	 */
	EClass getFootnote();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Footnote#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mea.jwp.model.Footnote#getNumber()
	 * @see #getFootnote()
	 * @generated
	 */
	EAttribute getFootnote_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Footnote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mea.jwp.model.Footnote#getText()
	 * @see #getFootnote()
	 * @generated
	 */
	EAttribute getFootnote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Footnote#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.mea.jwp.model.Footnote#getAnchor()
	 * @see #getFootnote()
	 * @generated
	 */
	EAttribute getFootnote_Anchor();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme</em>'.
	 * @see org.mea.jwp.model.Theme
	 * @generated
	 */
	EClass getTheme();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Theme#getLetter <em>Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Letter</em>'.
	 * @see org.mea.jwp.model.Theme#getLetter()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Letter();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Theme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mea.jwp.model.Theme#getName()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Theme#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.mea.jwp.model.Theme#getShortName()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Theme#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Introduction</em>'.
	 * @see org.mea.jwp.model.Theme#getIntroduction()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Introduction();

	/**
	 * Returns the meta object for the attribute list '{@link org.mea.jwp.model.Theme#getFocus <em>Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Focus</em>'.
	 * @see org.mea.jwp.model.Theme#getFocus()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Focus();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Theme#getClosingText <em>Closing Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closing Text</em>'.
	 * @see org.mea.jwp.model.Theme#getClosingText()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_ClosingText();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.Theme#getFocusTaxa <em>Focus Taxa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Focus Taxa</em>'.
	 * @see org.mea.jwp.model.Theme#getFocusTaxa()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_FocusTaxa();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Theme#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.mea.jwp.model.Theme#getGroups()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Groups();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Theme#activities() <em>Activities</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Activities</em>' operation.
	 * @see org.mea.jwp.model.Theme#activities()
	 * @generated
	 */
	EOperation getTheme__Activities();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.ActivityGroup <em>Activity Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity Group</em>'.
	 * @see org.mea.jwp.model.ActivityGroup
	 * @generated
	 */
	EClass getActivityGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ActivityGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mea.jwp.model.ActivityGroup#getName()
	 * @see #getActivityGroup()
	 * @generated
	 */
	EAttribute getActivityGroup_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.ActivityGroup#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.mea.jwp.model.ActivityGroup#getActivities()
	 * @see #getActivityGroup()
	 * @generated
	 */
	EReference getActivityGroup_Activities();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.mea.jwp.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.mea.jwp.model.Activity#getCode()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getPrintedCode <em>Printed Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Printed Code</em>'.
	 * @see org.mea.jwp.model.Activity#getPrintedCode()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_PrintedCode();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mea.jwp.model.Activity#getText()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Activity#getSubItems <em>Sub Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Items</em>'.
	 * @see org.mea.jwp.model.Activity#getSubItems()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_SubItems();

	/**
	 * Returns the meta object for the containment reference '{@link org.mea.jwp.model.Activity#getTimeframe <em>Timeframe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timeframe</em>'.
	 * @see org.mea.jwp.model.Activity#getTimeframe()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Timeframe();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead</em>'.
	 * @see org.mea.jwp.model.Activity#getLead()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Lead();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.mea.jwp.model.Activity#getStatus()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.Activity#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.mea.jwp.model.Activity#getPartners()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Partners();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getFunding <em>Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding</em>'.
	 * @see org.mea.jwp.model.Activity#getFunding()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Funding();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getFundingNote <em>Funding Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding Note</em>'.
	 * @see org.mea.jwp.model.Activity#getFundingNote()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_FundingNote();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.Activity#getSpecies <em>Species</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Species</em>'.
	 * @see org.mea.jwp.model.Activity#getSpecies()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Species();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.Activity#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Instruments</em>'.
	 * @see org.mea.jwp.model.Activity#getInstruments()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Instruments();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.Activity#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Decisions</em>'.
	 * @see org.mea.jwp.model.Activity#getDecisions()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Decisions();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.Activity#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Meetings</em>'.
	 * @see org.mea.jwp.model.Activity#getMeetings()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Meetings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Activity#getDeliverables <em>Deliverables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deliverables</em>'.
	 * @see org.mea.jwp.model.Activity#getDeliverables()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Deliverables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Activity#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.mea.jwp.model.Activity#getIndicators()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Indicators();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getContinues <em>Continues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Continues</em>'.
	 * @see org.mea.jwp.model.Activity#getContinues()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Continues();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Activity#getCarriedForwardTo <em>Carried Forward To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carried Forward To</em>'.
	 * @see org.mea.jwp.model.Activity#getCarriedForwardTo()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_CarriedForwardTo();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Activity#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress</em>'.
	 * @see org.mea.jwp.model.Activity#getProgress()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Progress();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Activity#latestProgress() <em>Latest Progress</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Latest Progress</em>' operation.
	 * @see org.mea.jwp.model.Activity#latestProgress()
	 * @generated
	 */
	EOperation getActivity__LatestProgress();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Activity#isOverdue(java.time.LocalDate) <em>Is Overdue</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Overdue</em>' operation.
	 * @see org.mea.jwp.model.Activity#isOverdue(java.time.LocalDate)
	 * @generated
	 */
	EOperation getActivity__IsOverdue__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Activity#getTheme() <em>Get Theme</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Theme</em>' operation.
	 * @see org.mea.jwp.model.Activity#getTheme()
	 * @generated
	 */
	EOperation getActivity__GetTheme();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.SubItem <em>Sub Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sub Item</em>'.
	 * @see org.mea.jwp.model.SubItem
	 * @generated
	 */
	EClass getSubItem();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.SubItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mea.jwp.model.SubItem#getText()
	 * @see #getSubItem()
	 * @generated
	 */
	EAttribute getSubItem_Text();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Timeframe <em>Timeframe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeframe</em>'.
	 * @see org.mea.jwp.model.Timeframe
	 * @generated
	 */
	EClass getTimeframe();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getOriginal <em>Original</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original</em>'.
	 * @see org.mea.jwp.model.Timeframe#getOriginal()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_Original();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mea.jwp.model.Timeframe#getKind()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.mea.jwp.model.Timeframe#getStartYear()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.mea.jwp.model.Timeframe#getEndYear()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence</em>'.
	 * @see org.mea.jwp.model.Timeframe#getRecurrence()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_Recurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.mea.jwp.model.Timeframe#getCondition()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.mea.jwp.model.Timeframe#getDueDate()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Timeframe#getDueText <em>Due Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Text</em>'.
	 * @see org.mea.jwp.model.Timeframe#getDueText()
	 * @see #getTimeframe()
	 * @generated
	 */
	EAttribute getTimeframe_DueText();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Timeframe#endDate() <em>End Date</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End Date</em>' operation.
	 * @see org.mea.jwp.model.Timeframe#endDate()
	 * @generated
	 */
	EOperation getTimeframe__EndDate();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Timeframe#describe() <em>Describe</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Describe</em>' operation.
	 * @see org.mea.jwp.model.Timeframe#describe()
	 * @generated
	 */
	EOperation getTimeframe__Describe();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.ProgressEntry <em>Progress Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Entry</em>'.
	 * @see org.mea.jwp.model.ProgressEntry
	 * @generated
	 */
	EClass getProgressEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ProgressEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mea.jwp.model.ProgressEntry#getDate()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EAttribute getProgressEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ProgressEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.mea.jwp.model.ProgressEntry#getStatus()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EAttribute getProgressEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ProgressEntry#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narrative</em>'.
	 * @see org.mea.jwp.model.ProgressEntry#getNarrative()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EAttribute getProgressEntry_Narrative();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ProgressEntry#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.mea.jwp.model.ProgressEntry#getAuthor()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EAttribute getProgressEntry_Author();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.ProgressEntry#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.mea.jwp.model.ProgressEntry#getEvidence()
	 * @see #getProgressEntry()
	 * @generated
	 */
	EReference getProgressEntry_Evidence();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.EvidenceLink <em>Evidence Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Link</em>'.
	 * @see org.mea.jwp.model.EvidenceLink
	 * @generated
	 */
	EClass getEvidenceLink();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.EvidenceLink#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.mea.jwp.model.EvidenceLink#getTitle()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.EvidenceLink#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.mea.jwp.model.EvidenceLink#getUri()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Uri();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Deliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deliverable</em>'.
	 * @see org.mea.jwp.model.Deliverable
	 * @generated
	 */
	EClass getDeliverable();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Deliverable#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.mea.jwp.model.Deliverable#getDescription()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Deliverable#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.mea.jwp.model.Deliverable#getDueDate()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Deliverable#isDelivered <em>Delivered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivered</em>'.
	 * @see org.mea.jwp.model.Deliverable#isDelivered()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Delivered();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.mea.jwp.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Indicator#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.mea.jwp.model.Indicator#getDescription()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.mea.jwp.model.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Indicator#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.mea.jwp.model.Indicator#getValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Value();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Taxon <em>Taxon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Taxon</em>'.
	 * @see org.mea.jwp.model.Taxon
	 * @generated
	 */
	EClass getTaxon();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getNameAsPrinted <em>Name As Printed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name As Printed</em>'.
	 * @see org.mea.jwp.model.Taxon#getNameAsPrinted()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_NameAsPrinted();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.mea.jwp.model.Taxon#getRank()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_Rank();

	/**
	 * Returns the meta object for the attribute list '{@link org.mea.jwp.model.Taxon#getCommonNames <em>Common Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Common Names</em>'.
	 * @see org.mea.jwp.model.Taxon#getCommonNames()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_CommonNames();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.mea.jwp.model.Taxon#getPopulation()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getCitesName <em>Cites Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cites Name</em>'.
	 * @see org.mea.jwp.model.Taxon#getCitesName()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_CitesName();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getCmsName <em>Cms Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cms Name</em>'.
	 * @see org.mea.jwp.model.Taxon#getCmsName()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_CmsName();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getCitesAppendix <em>Cites Appendix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cites Appendix</em>'.
	 * @see org.mea.jwp.model.Taxon#getCitesAppendix()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_CitesAppendix();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getCmsAppendix <em>Cms Appendix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cms Appendix</em>'.
	 * @see org.mea.jwp.model.Taxon#getCmsAppendix()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_CmsAppendix();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getDifferenceNotes <em>Difference Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difference Notes</em>'.
	 * @see org.mea.jwp.model.Taxon#getDifferenceNotes()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_DifferenceNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.mea.jwp.model.Taxon#getNotes()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getAcceptedName <em>Accepted Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accepted Name</em>'.
	 * @see org.mea.jwp.model.Taxon#getAcceptedName()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_AcceptedName();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Taxon#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.mea.jwp.model.Taxon#getAuthor()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_Author();

	/**
	 * Returns the meta object for the attribute list '{@link org.mea.jwp.model.Taxon#getSynonyms <em>Synonyms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Synonyms</em>'.
	 * @see org.mea.jwp.model.Taxon#getSynonyms()
	 * @see #getTaxon()
	 * @generated
	 */
	EAttribute getTaxon_Synonyms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Taxon#getLowerTaxa <em>Lower Taxa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lower Taxa</em>'.
	 * @see org.mea.jwp.model.Taxon#getLowerTaxa()
	 * @see #getTaxon()
	 * @generated
	 */
	EReference getTaxon_LowerTaxa();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Taxon#getListings <em>Listings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Listings</em>'.
	 * @see org.mea.jwp.model.Taxon#getListings()
	 * @see #getTaxon()
	 * @generated
	 */
	EReference getTaxon_Listings();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Taxon#namesDiffer() <em>Names Differ</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Names Differ</em>' operation.
	 * @see org.mea.jwp.model.Taxon#namesDiffer()
	 * @generated
	 */
	EOperation getTaxon__NamesDiffer();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Taxon#appendicesDiffer() <em>Appendices Differ</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Appendices Differ</em>' operation.
	 * @see org.mea.jwp.model.Taxon#appendicesDiffer()
	 * @generated
	 */
	EOperation getTaxon__AppendicesDiffer();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Taxon#appendicesDifferOn(java.time.LocalDate) <em>Appendices Differ On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Appendices Differ On</em>' operation.
	 * @see org.mea.jwp.model.Taxon#appendicesDifferOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getTaxon__AppendicesDifferOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Taxon#listingOn(org.mea.jwp.model.Convention, java.time.LocalDate) <em>Listing On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Listing On</em>' operation.
	 * @see org.mea.jwp.model.Taxon#listingOn(org.mea.jwp.model.Convention, java.time.LocalDate)
	 * @generated
	 */
	EOperation getTaxon__ListingOn__Convention_LocalDate();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Listing <em>Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listing</em>'.
	 * @see org.mea.jwp.model.Listing
	 * @generated
	 */
	EClass getListing();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getConvention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention</em>'.
	 * @see org.mea.jwp.model.Listing#getConvention()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Convention();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getAppendix <em>Appendix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Appendix</em>'.
	 * @see org.mea.jwp.model.Listing#getAppendix()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Appendix();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getEffective <em>Effective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective</em>'.
	 * @see org.mea.jwp.model.Listing#getEffective()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Effective();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getEnded <em>Ended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended</em>'.
	 * @see org.mea.jwp.model.Listing#getEnded()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Ended();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.mea.jwp.model.Listing#getPopulation()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getAnnotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotation</em>'.
	 * @see org.mea.jwp.model.Listing#getAnnotation()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Annotation();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Party</em>'.
	 * @see org.mea.jwp.model.Listing#getParty()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Party();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Listing#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.mea.jwp.model.Listing#getSource()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Source();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Listing#inForceOn(java.time.LocalDate) <em>In Force On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>In Force On</em>' operation.
	 * @see org.mea.jwp.model.Listing#inForceOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getListing__InForceOn__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.mea.jwp.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mea.jwp.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Organization#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.mea.jwp.model.Organization#getAcronym()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mea.jwp.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Organization#getConvention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention</em>'.
	 * @see org.mea.jwp.model.Organization#getConvention()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Convention();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.mea.jwp.model.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Instrument#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mea.jwp.model.Instrument#getName()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Instrument#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.mea.jwp.model.Instrument#getAcronym()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Instrument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mea.jwp.model.Instrument#getKind()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Instrument#getConvention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention</em>'.
	 * @see org.mea.jwp.model.Instrument#getConvention()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Convention();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Instrument#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.mea.jwp.model.Instrument#getPeriod()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Period();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Body <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Body</em>'.
	 * @see org.mea.jwp.model.Body
	 * @generated
	 */
	EClass getBody();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mea.jwp.model.Body#getName()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getAbbreviation <em>Abbreviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abbreviation</em>'.
	 * @see org.mea.jwp.model.Body#getAbbreviation()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Abbreviation();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getConvention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention</em>'.
	 * @see org.mea.jwp.model.Body#getConvention()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Convention();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mea.jwp.model.Body#getKind()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.Body#getOrganizer <em>Organizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organizer</em>'.
	 * @see org.mea.jwp.model.Body#getOrganizer()
	 * @see #getBody()
	 * @generated
	 */
	EReference getBody_Organizer();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getConventionTitle <em>Convention Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention Title</em>'.
	 * @see org.mea.jwp.model.Body#getConventionTitle()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_ConventionTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getSecretariat <em>Secretariat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secretariat</em>'.
	 * @see org.mea.jwp.model.Body#getSecretariat()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_Secretariat();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getDocumentSymbolPattern <em>Document Symbol Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Symbol Pattern</em>'.
	 * @see org.mea.jwp.model.Body#getDocumentSymbolPattern()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_DocumentSymbolPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Body#getDocumentLayout <em>Document Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Layout</em>'.
	 * @see org.mea.jwp.model.Body#getDocumentLayout()
	 * @see #getBody()
	 * @generated
	 */
	EAttribute getBody_DocumentLayout();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.mea.jwp.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.Meeting#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Body</em>'.
	 * @see org.mea.jwp.model.Meeting#getBody()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mea.jwp.model.Meeting#getNumber()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.mea.jwp.model.Meeting#getName()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.mea.jwp.model.Meeting#getYear()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getWhen <em>When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>When</em>'.
	 * @see org.mea.jwp.model.Meeting#getWhen()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_When();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.mea.jwp.model.Meeting#getStartDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.mea.jwp.model.Meeting#getEndDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Meeting#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.mea.jwp.model.Meeting#getPlace()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Place();

	/**
	 * Returns the meta object for the '{@link org.mea.jwp.model.Meeting#symbol() <em>Symbol</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Symbol</em>' operation.
	 * @see org.mea.jwp.model.Meeting#symbol()
	 * @generated
	 */
	EOperation getMeeting__Symbol();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.DecisionReference <em>Decision Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Reference</em>'.
	 * @see org.mea.jwp.model.DecisionReference
	 * @generated
	 */
	EClass getDecisionReference();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.DecisionReference#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.mea.jwp.model.DecisionReference#getReference()
	 * @see #getDecisionReference()
	 * @generated
	 */
	EAttribute getDecisionReference_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.DecisionReference#getConvention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Convention</em>'.
	 * @see org.mea.jwp.model.DecisionReference#getConvention()
	 * @see #getDecisionReference()
	 * @generated
	 */
	EAttribute getDecisionReference_Convention();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.DecisionReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.mea.jwp.model.DecisionReference#getKind()
	 * @see #getDecisionReference()
	 * @generated
	 */
	EAttribute getDecisionReference_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.DecisionReference#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.mea.jwp.model.DecisionReference#getTitle()
	 * @see #getDecisionReference()
	 * @generated
	 */
	EAttribute getDecisionReference_Title();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Notification <em>Notification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notification</em>'.
	 * @see org.mea.jwp.model.Notification
	 * @generated
	 */
	EClass getNotification();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Notification#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.mea.jwp.model.Notification#getNumber()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Notification#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mea.jwp.model.Notification#getDate()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Notification#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.mea.jwp.model.Notification#getSubject()
	 * @see #getNotification()
	 * @generated
	 */
	EAttribute getNotification_Subject();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Notification#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.mea.jwp.model.Notification#getComments()
	 * @see #getNotification()
	 * @generated
	 */
	EReference getNotification_Comments();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.mea.jwp.model.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.Comment#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.mea.jwp.model.Comment#getFrom()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_From();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Comment#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.mea.jwp.model.Comment#getSummary()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Summary();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.ReportingObligation <em>Reporting Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Obligation</em>'.
	 * @see org.mea.jwp.model.ReportingObligation
	 * @generated
	 */
	EClass getReportingObligation();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingObligation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.mea.jwp.model.ReportingObligation#getDescription()
	 * @see #getReportingObligation()
	 * @generated
	 */
	EAttribute getReportingObligation_Description();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.ReportingObligation#getCommittee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Committee</em>'.
	 * @see org.mea.jwp.model.ReportingObligation#getCommittee()
	 * @see #getReportingObligation()
	 * @generated
	 */
	EReference getReportingObligation_Committee();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.ReportingObligation#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Meeting</em>'.
	 * @see org.mea.jwp.model.ReportingObligation#getMeeting()
	 * @see #getReportingObligation()
	 * @generated
	 */
	EReference getReportingObligation_Meeting();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingObligation#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.mea.jwp.model.ReportingObligation#getDueDate()
	 * @see #getReportingObligation()
	 * @generated
	 */
	EAttribute getReportingObligation_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingObligation#getDueText <em>Due Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Text</em>'.
	 * @see org.mea.jwp.model.ReportingObligation#getDueText()
	 * @see #getReportingObligation()
	 * @generated
	 */
	EAttribute getReportingObligation_DueText();

	/**
	 * Returns the meta object for the reference list '{@link org.mea.jwp.model.ReportingObligation#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Activities</em>'.
	 * @see org.mea.jwp.model.ReportingObligation#getActivities()
	 * @see #getReportingObligation()
	 * @generated
	 */
	EReference getReportingObligation_Activities();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.ReportingCycle <em>Reporting Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Cycle</em>'.
	 * @see org.mea.jwp.model.ReportingCycle
	 * @generated
	 */
	EClass getReportingCycle();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.ReportingCycle#getCommittee <em>Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Committee</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getCommittee()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EReference getReportingCycle_Committee();

	/**
	 * Returns the meta object for the reference '{@link org.mea.jwp.model.ReportingCycle#getMeeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Meeting</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getMeeting()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EReference getReportingCycle_Meeting();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingCycle#getDocumentSymbol <em>Document Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Symbol</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getDocumentSymbol()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EAttribute getReportingCycle_DocumentSymbol();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingCycle#getReportingDate <em>Reporting Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reporting Date</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getReportingDate()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EAttribute getReportingCycle_ReportingDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingCycle#getIntroduction <em>Introduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Introduction</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getIntroduction()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EAttribute getReportingCycle_Introduction();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingCycle#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendations</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getRecommendations()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EAttribute getReportingCycle_Recommendations();

	/**
	 * Returns the meta object for the containment reference '{@link org.mea.jwp.model.ReportingCycle#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Baseline</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#getBaseline()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EReference getReportingCycle_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.ReportingCycle#isFinalReport <em>Final Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final Report</em>'.
	 * @see org.mea.jwp.model.ReportingCycle#isFinalReport()
	 * @see #getReportingCycle()
	 * @generated
	 */
	EAttribute getReportingCycle_FinalReport();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.mea.jwp.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Baseline#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.mea.jwp.model.Baseline#getDate()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Baseline#getRecordedOn <em>Recorded On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded On</em>'.
	 * @see org.mea.jwp.model.Baseline#getRecordedOn()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_RecordedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.Baseline#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.mea.jwp.model.Baseline#getNote()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mea.jwp.model.Baseline#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.mea.jwp.model.Baseline#getEntries()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Entries();

	/**
	 * Returns the meta object for class '{@link org.mea.jwp.model.BaselineEntry <em>Baseline Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline Entry</em>'.
	 * @see org.mea.jwp.model.BaselineEntry
	 * @generated
	 */
	EClass getBaselineEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getActivityId <em>Activity Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity Id</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getActivityId()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_ActivityId();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getCode()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getText()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getTheme()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getStatus()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getLead()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Lead();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getTimeframe <em>Timeframe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeframe</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getTimeframe()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Timeframe();

	/**
	 * Returns the meta object for the attribute list '{@link org.mea.jwp.model.BaselineEntry#getSpecies <em>Species</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Species</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getSpecies()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_Species();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getProgressCount <em>Progress Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Count</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getProgressCount()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_ProgressCount();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getProgressDate <em>Progress Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Date</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getProgressDate()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_ProgressDate();

	/**
	 * Returns the meta object for the attribute '{@link org.mea.jwp.model.BaselineEntry#getProgressNarrative <em>Progress Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Narrative</em>'.
	 * @see org.mea.jwp.model.BaselineEntry#getProgressNarrative()
	 * @see #getBaselineEntry()
	 * @generated
	 */
	EAttribute getBaselineEntry_ProgressNarrative();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.Convention <em>Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Convention</em>'.
	 * @see org.mea.jwp.model.Convention
	 * @generated
	 */
	EEnum getConvention();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.LeadSecretariat <em>Lead Secretariat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lead Secretariat</em>'.
	 * @see org.mea.jwp.model.LeadSecretariat
	 * @generated
	 */
	EEnum getLeadSecretariat();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.ActivityStatus <em>Activity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Status</em>'.
	 * @see org.mea.jwp.model.ActivityStatus
	 * @generated
	 */
	EEnum getActivityStatus();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.TimeframeKind <em>Timeframe Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Timeframe Kind</em>'.
	 * @see org.mea.jwp.model.TimeframeKind
	 * @generated
	 */
	EEnum getTimeframeKind();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.FundingCondition <em>Funding Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Funding Condition</em>'.
	 * @see org.mea.jwp.model.FundingCondition
	 * @generated
	 */
	EEnum getFundingCondition();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.TaxonRank <em>Taxon Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Taxon Rank</em>'.
	 * @see org.mea.jwp.model.TaxonRank
	 * @generated
	 */
	EEnum getTaxonRank();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.AppendixListing <em>Appendix Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Appendix Listing</em>'.
	 * @see org.mea.jwp.model.AppendixListing
	 * @generated
	 */
	EEnum getAppendixListing();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.mea.jwp.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.InstrumentKind <em>Instrument Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Kind</em>'.
	 * @see org.mea.jwp.model.InstrumentKind
	 * @generated
	 */
	EEnum getInstrumentKind();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.DocumentLayout <em>Document Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Layout</em>'.
	 * @see org.mea.jwp.model.DocumentLayout
	 * @generated
	 */
	EEnum getDocumentLayout();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.BodyKind <em>Body Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Body Kind</em>'.
	 * @see org.mea.jwp.model.BodyKind
	 * @generated
	 */
	EEnum getBodyKind();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.DecisionKind <em>Decision Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Kind</em>'.
	 * @see org.mea.jwp.model.DecisionKind
	 * @generated
	 */
	EEnum getDecisionKind();

	/**
	 * Returns the meta object for enum '{@link org.mea.jwp.model.AdoptionKind <em>Adoption Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adoption Kind</em>'.
	 * @see org.mea.jwp.model.AdoptionKind
	 * @generated
	 */
	EEnum getAdoptionKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, saved as ISO-8601 (2014-12-31).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	JwpFactory getJwpFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.TranslatableImpl <em>Translatable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.TranslatableImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTranslatable()
		 * @generated
		 */
		EClass TRANSLATABLE = eINSTANCE.getTranslatable();

		/**
		 * The meta object literal for the '<em><b>Translations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATABLE__TRANSLATIONS = eINSTANCE.getTranslatable_Translations();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.TranslationImpl <em>Translation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.TranslationImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTranslation()
		 * @generated
		 */
		EClass TRANSLATION = eINSTANCE.getTranslation();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__FEATURE = eINSTANCE.getTranslation_Feature();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__LANGUAGE = eINSTANCE.getTranslation_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__TEXT = eINSTANCE.getTranslation_Text();

		/**
		 * The meta object literal for the '<em><b>Original</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__ORIGINAL = eINSTANCE.getTranslation_Original();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.IdentifiedImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ProgrammeImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getProgramme()
		 * @generated
		 */
		EClass PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__TITLE = eINSTANCE.getProgramme_Title();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__FORMAT_VERSION = eINSTANCE.getProgramme_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__PERIOD_START = eINSTANCE.getProgramme_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__PERIOD_END = eINSTANCE.getProgramme_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Document Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__DOCUMENT_SYMBOL = eINSTANCE.getProgramme_DocumentSymbol();

		/**
		 * The meta object literal for the '<em><b>Document Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__DOCUMENT_TITLE = eINSTANCE.getProgramme_DocumentTitle();

		/**
		 * The meta object literal for the '<em><b>Annex Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__ANNEX_TITLE = eINSTANCE.getProgramme_AnnexTitle();

		/**
		 * The meta object literal for the '<em><b>Background</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__BACKGROUND = eINSTANCE.getProgramme_Background();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__PREDECESSOR = eINSTANCE.getProgramme_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__SUCCESSOR = eINSTANCE.getProgramme_Successor();

		/**
		 * The meta object literal for the '<em><b>Closing Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__CLOSING_STATEMENT = eINSTANCE.getProgramme_ClosingStatement();

		/**
		 * The meta object literal for the '<em><b>Adoptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__ADOPTIONS = eINSTANCE.getProgramme_Adoptions();

		/**
		 * The meta object literal for the '<em><b>Paragraphs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__PARAGRAPHS = eINSTANCE.getProgramme_Paragraphs();

		/**
		 * The meta object literal for the '<em><b>Footnotes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__FOOTNOTES = eINSTANCE.getProgramme_Footnotes();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__THEMES = eINSTANCE.getProgramme_Themes();

		/**
		 * The meta object literal for the '<em><b>Taxa</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__TAXA = eINSTANCE.getProgramme_Taxa();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__ORGANIZATIONS = eINSTANCE.getProgramme_Organizations();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__INSTRUMENTS = eINSTANCE.getProgramme_Instruments();

		/**
		 * The meta object literal for the '<em><b>Bodies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__BODIES = eINSTANCE.getProgramme_Bodies();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__MEETINGS = eINSTANCE.getProgramme_Meetings();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__DECISIONS = eINSTANCE.getProgramme_Decisions();

		/**
		 * The meta object literal for the '<em><b>Notifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__NOTIFICATIONS = eINSTANCE.getProgramme_Notifications();

		/**
		 * The meta object literal for the '<em><b>Reporting Obligations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__REPORTING_OBLIGATIONS = eINSTANCE.getProgramme_ReportingObligations();

		/**
		 * The meta object literal for the '<em><b>Cycles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__CYCLES = eINSTANCE.getProgramme_Cycles();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROGRAMME___ACTIVITIES = eINSTANCE.getProgramme__Activities();

		/**
		 * The meta object literal for the '<em><b>Find Activity</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROGRAMME___FIND_ACTIVITY__STRING = eINSTANCE.getProgramme__FindActivity__String();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.AdoptionImpl <em>Adoption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.AdoptionImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getAdoption()
		 * @generated
		 */
		EClass ADOPTION = eINSTANCE.getAdoption();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADOPTION__KIND = eINSTANCE.getAdoption_Kind();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADOPTION__BODY = eINSTANCE.getAdoption_Body();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADOPTION__MEETING = eINSTANCE.getAdoption_Meeting();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADOPTION__DATE = eINSTANCE.getAdoption_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADOPTION__NOTE = eINSTANCE.getAdoption_Note();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ParagraphImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getParagraph()
		 * @generated
		 */
		EClass PARAGRAPH = eINSTANCE.getParagraph();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__NUMBER = eINSTANCE.getParagraph_Number();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__SECTION = eINSTANCE.getParagraph_Section();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__TEXT = eINSTANCE.getParagraph_Text();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__ITEMS = eINSTANCE.getParagraph_Items();

		/**
		 * The meta object literal for the '<em><b>Quotation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__QUOTATION = eINSTANCE.getParagraph_Quotation();

		/**
		 * The meta object literal for the '<em><b>Continuation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__CONTINUATION = eINSTANCE.getParagraph_Continuation();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.FootnoteImpl <em>Footnote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.FootnoteImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getFootnote()
		 * @generated
		 */
		EClass FOOTNOTE = eINSTANCE.getFootnote();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTNOTE__NUMBER = eINSTANCE.getFootnote_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTNOTE__TEXT = eINSTANCE.getFootnote_Text();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOOTNOTE__ANCHOR = eINSTANCE.getFootnote_Anchor();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ThemeImpl <em>Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ThemeImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTheme()
		 * @generated
		 */
		EClass THEME = eINSTANCE.getTheme();

		/**
		 * The meta object literal for the '<em><b>Letter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__LETTER = eINSTANCE.getTheme_Letter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__NAME = eINSTANCE.getTheme_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__SHORT_NAME = eINSTANCE.getTheme_ShortName();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__INTRODUCTION = eINSTANCE.getTheme_Introduction();

		/**
		 * The meta object literal for the '<em><b>Focus</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__FOCUS = eINSTANCE.getTheme_Focus();

		/**
		 * The meta object literal for the '<em><b>Closing Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__CLOSING_TEXT = eINSTANCE.getTheme_ClosingText();

		/**
		 * The meta object literal for the '<em><b>Focus Taxa</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__FOCUS_TAXA = eINSTANCE.getTheme_FocusTaxa();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__GROUPS = eINSTANCE.getTheme_Groups();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation THEME___ACTIVITIES = eINSTANCE.getTheme__Activities();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ActivityGroupImpl <em>Activity Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ActivityGroupImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getActivityGroup()
		 * @generated
		 */
		EClass ACTIVITY_GROUP = eINSTANCE.getActivityGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_GROUP__NAME = eINSTANCE.getActivityGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY_GROUP__ACTIVITIES = eINSTANCE.getActivityGroup_Activities();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ActivityImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__CODE = eINSTANCE.getActivity_Code();

		/**
		 * The meta object literal for the '<em><b>Printed Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__PRINTED_CODE = eINSTANCE.getActivity_PrintedCode();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__TEXT = eINSTANCE.getActivity_Text();

		/**
		 * The meta object literal for the '<em><b>Sub Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__SUB_ITEMS = eINSTANCE.getActivity_SubItems();

		/**
		 * The meta object literal for the '<em><b>Timeframe</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__TIMEFRAME = eINSTANCE.getActivity_Timeframe();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__LEAD = eINSTANCE.getActivity_Lead();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__STATUS = eINSTANCE.getActivity_Status();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__PARTNERS = eINSTANCE.getActivity_Partners();

		/**
		 * The meta object literal for the '<em><b>Funding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__FUNDING = eINSTANCE.getActivity_Funding();

		/**
		 * The meta object literal for the '<em><b>Funding Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__FUNDING_NOTE = eINSTANCE.getActivity_FundingNote();

		/**
		 * The meta object literal for the '<em><b>Species</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__SPECIES = eINSTANCE.getActivity_Species();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__INSTRUMENTS = eINSTANCE.getActivity_Instruments();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__DECISIONS = eINSTANCE.getActivity_Decisions();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__MEETINGS = eINSTANCE.getActivity_Meetings();

		/**
		 * The meta object literal for the '<em><b>Deliverables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__DELIVERABLES = eINSTANCE.getActivity_Deliverables();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__INDICATORS = eINSTANCE.getActivity_Indicators();

		/**
		 * The meta object literal for the '<em><b>Continues</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__CONTINUES = eINSTANCE.getActivity_Continues();

		/**
		 * The meta object literal for the '<em><b>Carried Forward To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__CARRIED_FORWARD_TO = eINSTANCE.getActivity_CarriedForwardTo();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__PROGRESS = eINSTANCE.getActivity_Progress();

		/**
		 * The meta object literal for the '<em><b>Latest Progress</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ACTIVITY___LATEST_PROGRESS = eINSTANCE.getActivity__LatestProgress();

		/**
		 * The meta object literal for the '<em><b>Is Overdue</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ACTIVITY___IS_OVERDUE__LOCALDATE = eINSTANCE.getActivity__IsOverdue__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Get Theme</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ACTIVITY___GET_THEME = eINSTANCE.getActivity__GetTheme();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.SubItemImpl <em>Sub Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.SubItemImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getSubItem()
		 * @generated
		 */
		EClass SUB_ITEM = eINSTANCE.getSubItem();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUB_ITEM__TEXT = eINSTANCE.getSubItem_Text();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.TimeframeImpl <em>Timeframe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.TimeframeImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTimeframe()
		 * @generated
		 */
		EClass TIMEFRAME = eINSTANCE.getTimeframe();

		/**
		 * The meta object literal for the '<em><b>Original</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__ORIGINAL = eINSTANCE.getTimeframe_Original();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__KIND = eINSTANCE.getTimeframe_Kind();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__START_YEAR = eINSTANCE.getTimeframe_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__END_YEAR = eINSTANCE.getTimeframe_EndYear();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__RECURRENCE = eINSTANCE.getTimeframe_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__CONDITION = eINSTANCE.getTimeframe_Condition();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__DUE_DATE = eINSTANCE.getTimeframe_DueDate();

		/**
		 * The meta object literal for the '<em><b>Due Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMEFRAME__DUE_TEXT = eINSTANCE.getTimeframe_DueText();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TIMEFRAME___END_DATE = eINSTANCE.getTimeframe__EndDate();

		/**
		 * The meta object literal for the '<em><b>Describe</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TIMEFRAME___DESCRIBE = eINSTANCE.getTimeframe__Describe();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ProgressEntryImpl <em>Progress Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ProgressEntryImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getProgressEntry()
		 * @generated
		 */
		EClass PROGRESS_ENTRY = eINSTANCE.getProgressEntry();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_ENTRY__DATE = eINSTANCE.getProgressEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_ENTRY__STATUS = eINSTANCE.getProgressEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_ENTRY__NARRATIVE = eINSTANCE.getProgressEntry_Narrative();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_ENTRY__AUTHOR = eINSTANCE.getProgressEntry_Author();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_ENTRY__EVIDENCE = eINSTANCE.getProgressEntry_Evidence();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.EvidenceLinkImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getEvidenceLink()
		 * @generated
		 */
		EClass EVIDENCE_LINK = eINSTANCE.getEvidenceLink();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__TITLE = eINSTANCE.getEvidenceLink_Title();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__URI = eINSTANCE.getEvidenceLink_Uri();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.DeliverableImpl <em>Deliverable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.DeliverableImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDeliverable()
		 * @generated
		 */
		EClass DELIVERABLE = eINSTANCE.getDeliverable();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__DESCRIPTION = eINSTANCE.getDeliverable_Description();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__DUE_DATE = eINSTANCE.getDeliverable_DueDate();

		/**
		 * The meta object literal for the '<em><b>Delivered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__DELIVERED = eINSTANCE.getDeliverable_Delivered();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.IndicatorImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DESCRIPTION = eINSTANCE.getIndicator_Description();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__VALUE = eINSTANCE.getIndicator_Value();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.TaxonImpl <em>Taxon</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.TaxonImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTaxon()
		 * @generated
		 */
		EClass TAXON = eINSTANCE.getTaxon();

		/**
		 * The meta object literal for the '<em><b>Name As Printed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__NAME_AS_PRINTED = eINSTANCE.getTaxon_NameAsPrinted();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__RANK = eINSTANCE.getTaxon_Rank();

		/**
		 * The meta object literal for the '<em><b>Common Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__COMMON_NAMES = eINSTANCE.getTaxon_CommonNames();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__POPULATION = eINSTANCE.getTaxon_Population();

		/**
		 * The meta object literal for the '<em><b>Cites Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__CITES_NAME = eINSTANCE.getTaxon_CitesName();

		/**
		 * The meta object literal for the '<em><b>Cms Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__CMS_NAME = eINSTANCE.getTaxon_CmsName();

		/**
		 * The meta object literal for the '<em><b>Cites Appendix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__CITES_APPENDIX = eINSTANCE.getTaxon_CitesAppendix();

		/**
		 * The meta object literal for the '<em><b>Cms Appendix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__CMS_APPENDIX = eINSTANCE.getTaxon_CmsAppendix();

		/**
		 * The meta object literal for the '<em><b>Difference Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__DIFFERENCE_NOTES = eINSTANCE.getTaxon_DifferenceNotes();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__NOTES = eINSTANCE.getTaxon_Notes();

		/**
		 * The meta object literal for the '<em><b>Accepted Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__ACCEPTED_NAME = eINSTANCE.getTaxon_AcceptedName();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__AUTHOR = eINSTANCE.getTaxon_Author();

		/**
		 * The meta object literal for the '<em><b>Synonyms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXON__SYNONYMS = eINSTANCE.getTaxon_Synonyms();

		/**
		 * The meta object literal for the '<em><b>Lower Taxa</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAXON__LOWER_TAXA = eINSTANCE.getTaxon_LowerTaxa();

		/**
		 * The meta object literal for the '<em><b>Listings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAXON__LISTINGS = eINSTANCE.getTaxon_Listings();

		/**
		 * The meta object literal for the '<em><b>Names Differ</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAXON___NAMES_DIFFER = eINSTANCE.getTaxon__NamesDiffer();

		/**
		 * The meta object literal for the '<em><b>Appendices Differ</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAXON___APPENDICES_DIFFER = eINSTANCE.getTaxon__AppendicesDiffer();

		/**
		 * The meta object literal for the '<em><b>Appendices Differ On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAXON___APPENDICES_DIFFER_ON__LOCALDATE = eINSTANCE.getTaxon__AppendicesDifferOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Listing On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TAXON___LISTING_ON__CONVENTION_LOCALDATE = eINSTANCE.getTaxon__ListingOn__Convention_LocalDate();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ListingImpl <em>Listing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ListingImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getListing()
		 * @generated
		 */
		EClass LISTING = eINSTANCE.getListing();

		/**
		 * The meta object literal for the '<em><b>Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__CONVENTION = eINSTANCE.getListing_Convention();

		/**
		 * The meta object literal for the '<em><b>Appendix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__APPENDIX = eINSTANCE.getListing_Appendix();

		/**
		 * The meta object literal for the '<em><b>Effective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__EFFECTIVE = eINSTANCE.getListing_Effective();

		/**
		 * The meta object literal for the '<em><b>Ended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__ENDED = eINSTANCE.getListing_Ended();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__POPULATION = eINSTANCE.getListing_Population();

		/**
		 * The meta object literal for the '<em><b>Annotation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__ANNOTATION = eINSTANCE.getListing_Annotation();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__PARTY = eINSTANCE.getListing_Party();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__SOURCE = eINSTANCE.getListing_Source();

		/**
		 * The meta object literal for the '<em><b>In Force On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LISTING___IN_FORCE_ON__LOCALDATE = eINSTANCE.getListing__InForceOn__LocalDate();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.OrganizationImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__ACRONYM = eINSTANCE.getOrganization_Acronym();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__CONVENTION = eINSTANCE.getOrganization_Convention();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.InstrumentImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__NAME = eINSTANCE.getInstrument_Name();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ACRONYM = eINSTANCE.getInstrument_Acronym();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__KIND = eINSTANCE.getInstrument_Kind();

		/**
		 * The meta object literal for the '<em><b>Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__CONVENTION = eINSTANCE.getInstrument_Convention();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__PERIOD = eINSTANCE.getInstrument_Period();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.BodyImpl <em>Body</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.BodyImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBody()
		 * @generated
		 */
		EClass BODY = eINSTANCE.getBody();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__NAME = eINSTANCE.getBody_Name();

		/**
		 * The meta object literal for the '<em><b>Abbreviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__ABBREVIATION = eINSTANCE.getBody_Abbreviation();

		/**
		 * The meta object literal for the '<em><b>Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__CONVENTION = eINSTANCE.getBody_Convention();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__KIND = eINSTANCE.getBody_Kind();

		/**
		 * The meta object literal for the '<em><b>Organizer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BODY__ORGANIZER = eINSTANCE.getBody_Organizer();

		/**
		 * The meta object literal for the '<em><b>Convention Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__CONVENTION_TITLE = eINSTANCE.getBody_ConventionTitle();

		/**
		 * The meta object literal for the '<em><b>Secretariat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__SECRETARIAT = eINSTANCE.getBody_Secretariat();

		/**
		 * The meta object literal for the '<em><b>Document Symbol Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__DOCUMENT_SYMBOL_PATTERN = eINSTANCE.getBody_DocumentSymbolPattern();

		/**
		 * The meta object literal for the '<em><b>Document Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY__DOCUMENT_LAYOUT = eINSTANCE.getBody_DocumentLayout();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.MeetingImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__BODY = eINSTANCE.getMeeting_Body();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__NUMBER = eINSTANCE.getMeeting_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__NAME = eINSTANCE.getMeeting_Name();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__YEAR = eINSTANCE.getMeeting_Year();

		/**
		 * The meta object literal for the '<em><b>When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__WHEN = eINSTANCE.getMeeting_When();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__START_DATE = eINSTANCE.getMeeting_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__END_DATE = eINSTANCE.getMeeting_EndDate();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__PLACE = eINSTANCE.getMeeting_Place();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEETING___SYMBOL = eINSTANCE.getMeeting__Symbol();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.DecisionReferenceImpl <em>Decision Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.DecisionReferenceImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDecisionReference()
		 * @generated
		 */
		EClass DECISION_REFERENCE = eINSTANCE.getDecisionReference();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_REFERENCE__REFERENCE = eINSTANCE.getDecisionReference_Reference();

		/**
		 * The meta object literal for the '<em><b>Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_REFERENCE__CONVENTION = eINSTANCE.getDecisionReference_Convention();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_REFERENCE__KIND = eINSTANCE.getDecisionReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_REFERENCE__TITLE = eINSTANCE.getDecisionReference_Title();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.NotificationImpl <em>Notification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.NotificationImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getNotification()
		 * @generated
		 */
		EClass NOTIFICATION = eINSTANCE.getNotification();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__NUMBER = eINSTANCE.getNotification_Number();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__DATE = eINSTANCE.getNotification_Date();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION__SUBJECT = eINSTANCE.getNotification_Subject();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTIFICATION__COMMENTS = eINSTANCE.getNotification_Comments();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.CommentImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__FROM = eINSTANCE.getComment_From();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__SUMMARY = eINSTANCE.getComment_Summary();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ReportingObligationImpl <em>Reporting Obligation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ReportingObligationImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getReportingObligation()
		 * @generated
		 */
		EClass REPORTING_OBLIGATION = eINSTANCE.getReportingObligation();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_OBLIGATION__DESCRIPTION = eINSTANCE.getReportingObligation_Description();

		/**
		 * The meta object literal for the '<em><b>Committee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_OBLIGATION__COMMITTEE = eINSTANCE.getReportingObligation_Committee();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_OBLIGATION__MEETING = eINSTANCE.getReportingObligation_Meeting();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_OBLIGATION__DUE_DATE = eINSTANCE.getReportingObligation_DueDate();

		/**
		 * The meta object literal for the '<em><b>Due Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_OBLIGATION__DUE_TEXT = eINSTANCE.getReportingObligation_DueText();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_OBLIGATION__ACTIVITIES = eINSTANCE.getReportingObligation_Activities();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.ReportingCycleImpl <em>Reporting Cycle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.ReportingCycleImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getReportingCycle()
		 * @generated
		 */
		EClass REPORTING_CYCLE = eINSTANCE.getReportingCycle();

		/**
		 * The meta object literal for the '<em><b>Committee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_CYCLE__COMMITTEE = eINSTANCE.getReportingCycle_Committee();

		/**
		 * The meta object literal for the '<em><b>Meeting</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_CYCLE__MEETING = eINSTANCE.getReportingCycle_Meeting();

		/**
		 * The meta object literal for the '<em><b>Document Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_CYCLE__DOCUMENT_SYMBOL = eINSTANCE.getReportingCycle_DocumentSymbol();

		/**
		 * The meta object literal for the '<em><b>Reporting Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_CYCLE__REPORTING_DATE = eINSTANCE.getReportingCycle_ReportingDate();

		/**
		 * The meta object literal for the '<em><b>Introduction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_CYCLE__INTRODUCTION = eINSTANCE.getReportingCycle_Introduction();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_CYCLE__RECOMMENDATIONS = eINSTANCE.getReportingCycle_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_CYCLE__BASELINE = eINSTANCE.getReportingCycle_Baseline();

		/**
		 * The meta object literal for the '<em><b>Final Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_CYCLE__FINAL_REPORT = eINSTANCE.getReportingCycle_FinalReport();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.BaselineImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__DATE = eINSTANCE.getBaseline_Date();

		/**
		 * The meta object literal for the '<em><b>Recorded On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__RECORDED_ON = eINSTANCE.getBaseline_RecordedOn();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__NOTE = eINSTANCE.getBaseline_Note();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__ENTRIES = eINSTANCE.getBaseline_Entries();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.impl.BaselineEntryImpl <em>Baseline Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.impl.BaselineEntryImpl
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBaselineEntry()
		 * @generated
		 */
		EClass BASELINE_ENTRY = eINSTANCE.getBaselineEntry();

		/**
		 * The meta object literal for the '<em><b>Activity Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__ACTIVITY_ID = eINSTANCE.getBaselineEntry_ActivityId();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__CODE = eINSTANCE.getBaselineEntry_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__TEXT = eINSTANCE.getBaselineEntry_Text();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__THEME = eINSTANCE.getBaselineEntry_Theme();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__STATUS = eINSTANCE.getBaselineEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__LEAD = eINSTANCE.getBaselineEntry_Lead();

		/**
		 * The meta object literal for the '<em><b>Timeframe</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__TIMEFRAME = eINSTANCE.getBaselineEntry_Timeframe();

		/**
		 * The meta object literal for the '<em><b>Species</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__SPECIES = eINSTANCE.getBaselineEntry_Species();

		/**
		 * The meta object literal for the '<em><b>Progress Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__PROGRESS_COUNT = eINSTANCE.getBaselineEntry_ProgressCount();

		/**
		 * The meta object literal for the '<em><b>Progress Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__PROGRESS_DATE = eINSTANCE.getBaselineEntry_ProgressDate();

		/**
		 * The meta object literal for the '<em><b>Progress Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_ENTRY__PROGRESS_NARRATIVE = eINSTANCE.getBaselineEntry_ProgressNarrative();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.Convention <em>Convention</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.Convention
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getConvention()
		 * @generated
		 */
		EEnum CONVENTION = eINSTANCE.getConvention();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.LeadSecretariat <em>Lead Secretariat</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.LeadSecretariat
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getLeadSecretariat()
		 * @generated
		 */
		EEnum LEAD_SECRETARIAT = eINSTANCE.getLeadSecretariat();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.ActivityStatus <em>Activity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.ActivityStatus
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getActivityStatus()
		 * @generated
		 */
		EEnum ACTIVITY_STATUS = eINSTANCE.getActivityStatus();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.TimeframeKind <em>Timeframe Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.TimeframeKind
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTimeframeKind()
		 * @generated
		 */
		EEnum TIMEFRAME_KIND = eINSTANCE.getTimeframeKind();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.FundingCondition <em>Funding Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.FundingCondition
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getFundingCondition()
		 * @generated
		 */
		EEnum FUNDING_CONDITION = eINSTANCE.getFundingCondition();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.TaxonRank <em>Taxon Rank</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.TaxonRank
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getTaxonRank()
		 * @generated
		 */
		EEnum TAXON_RANK = eINSTANCE.getTaxonRank();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.AppendixListing <em>Appendix Listing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.AppendixListing
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getAppendixListing()
		 * @generated
		 */
		EEnum APPENDIX_LISTING = eINSTANCE.getAppendixListing();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.OrganizationKind
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.InstrumentKind <em>Instrument Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.InstrumentKind
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getInstrumentKind()
		 * @generated
		 */
		EEnum INSTRUMENT_KIND = eINSTANCE.getInstrumentKind();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.DocumentLayout <em>Document Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.DocumentLayout
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDocumentLayout()
		 * @generated
		 */
		EEnum DOCUMENT_LAYOUT = eINSTANCE.getDocumentLayout();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.BodyKind <em>Body Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.BodyKind
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getBodyKind()
		 * @generated
		 */
		EEnum BODY_KIND = eINSTANCE.getBodyKind();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.DecisionKind <em>Decision Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.DecisionKind
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getDecisionKind()
		 * @generated
		 */
		EEnum DECISION_KIND = eINSTANCE.getDecisionKind();

		/**
		 * The meta object literal for the '{@link org.mea.jwp.model.AdoptionKind <em>Adoption Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mea.jwp.model.AdoptionKind
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getAdoptionKind()
		 * @generated
		 */
		EEnum ADOPTION_KIND = eINSTANCE.getAdoptionKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.mea.jwp.model.impl.JwpPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //JwpPackage
