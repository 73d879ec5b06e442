# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

class Ui_EnterpriseDialog(object):
    def setupUi(self, EnterpriseDialog):
        if not EnterpriseDialog.objectName():
            EnterpriseDialog.setObjectName(u"EnterpriseDialog")
        EnterpriseDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(EnterpriseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.identityGroup = QGroupBox(EnterpriseDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(0)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")

        self.nameBox.addWidget(self.nameError)


        self.identityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.shortNameLabel = QLabel(self.identityGroup)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.identityGroup)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.taxCodeLabel = QLabel(self.identityGroup)
        self.taxCodeLabel.setObjectName(u"taxCodeLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taxCodeLabel)

        self.taxCodeBox = QVBoxLayout()
        self.taxCodeBox.setSpacing(0)
        self.taxCodeBox.setObjectName(u"taxCodeBox")
        self.taxCodeEdit = QLineEdit(self.identityGroup)
        self.taxCodeEdit.setObjectName(u"taxCodeEdit")

        self.taxCodeBox.addWidget(self.taxCodeEdit)

        self.taxCodeError = QLabel(self.identityGroup)
        self.taxCodeError.setObjectName(u"taxCodeError")

        self.taxCodeBox.addWidget(self.taxCodeError)


        self.identityForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.taxCodeBox)

        self.streetLabel = QLabel(self.identityGroup)
        self.streetLabel.setObjectName(u"streetLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.identityGroup)
        self.streetEdit.setObjectName(u"streetEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.communeLabel = QLabel(self.identityGroup)
        self.communeLabel.setObjectName(u"communeLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.communeCombo = QComboBox(self.identityGroup)
        self.communeCombo.setObjectName(u"communeCombo")
        self.communeCombo.setEditable(True)
        self.communeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.communeCombo)

        self.provinceLabel = QLabel(self.identityGroup)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceCombo = QComboBox(self.identityGroup)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setEditable(True)
        self.provinceCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.legacyDistrictLabel = QLabel(self.identityGroup)
        self.legacyDistrictLabel.setObjectName(u"legacyDistrictLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legacyDistrictLabel)

        self.legacyDistrictEdit = QLineEdit(self.identityGroup)
        self.legacyDistrictEdit.setObjectName(u"legacyDistrictEdit")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legacyDistrictEdit)

        self.sectorLabel = QLabel(self.identityGroup)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorCombo = QComboBox(self.identityGroup)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.ownershipLabel = QLabel(self.identityGroup)
        self.ownershipLabel.setObjectName(u"ownershipLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ownershipLabel)

        self.ownershipCombo = QComboBox(self.identityGroup)
        self.ownershipCombo.setObjectName(u"ownershipCombo")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ownershipCombo)

        self.employeesLabel = QLabel(self.identityGroup)
        self.employeesLabel.setObjectName(u"employeesLabel")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.employeesLabel)

        self.employeesSpin = QSpinBox(self.identityGroup)
        self.employeesSpin.setObjectName(u"employeesSpin")
        self.employeesSpin.setMaximum(1000000)
        self.employeesSpin.setGroupSeparatorShown(True)

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.employeesSpin)


        self.columns.addWidget(self.identityGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.contactGroup = QGroupBox(EnterpriseDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contactNameLabel = QLabel(self.contactGroup)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.contactGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactPhoneLabel = QLabel(self.contactGroup)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(self.contactGroup)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.contactEmailLabel = QLabel(self.contactGroup)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(0)
        self.emailBox.setObjectName(u"emailBox")
        self.contactEmailEdit = QLineEdit(self.contactGroup)
        self.contactEmailEdit.setObjectName(u"contactEmailEdit")

        self.emailBox.addWidget(self.contactEmailEdit)

        self.contactEmailError = QLabel(self.contactGroup)
        self.contactEmailError.setObjectName(u"contactEmailError")

        self.emailBox.addWidget(self.contactEmailError)


        self.contactForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.emailBox)


        self.rightColumn.addWidget(self.contactGroup)

        self.cpStatusGroup = QGroupBox(EnterpriseDialog)
        self.cpStatusGroup.setObjectName(u"cpStatusGroup")
        self.cpStatusForm = QFormLayout(self.cpStatusGroup)
        self.cpStatusForm.setObjectName(u"cpStatusForm")
        self.informedLabel = QLabel(self.cpStatusGroup)
        self.informedLabel.setObjectName(u"informedLabel")

        self.cpStatusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.informedLabel)

        self.informedDate = QDateEdit(self.cpStatusGroup)
        self.informedDate.setObjectName(u"informedDate")

        self.cpStatusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.informedDate)

        self.awareLabel = QLabel(self.cpStatusGroup)
        self.awareLabel.setObjectName(u"awareLabel")

        self.cpStatusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.awareLabel)

        self.awareDate = QDateEdit(self.cpStatusGroup)
        self.awareDate.setObjectName(u"awareDate")

        self.cpStatusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.awareDate)

        self.applyingLabel = QLabel(self.cpStatusGroup)
        self.applyingLabel.setObjectName(u"applyingLabel")

        self.cpStatusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applyingLabel)

        self.applyingBox = QVBoxLayout()
        self.applyingBox.setSpacing(0)
        self.applyingBox.setObjectName(u"applyingBox")
        self.applyingDate = QDateEdit(self.cpStatusGroup)
        self.applyingDate.setObjectName(u"applyingDate")

        self.applyingBox.addWidget(self.applyingDate)

        self.cpStatusError = QLabel(self.cpStatusGroup)
        self.cpStatusError.setObjectName(u"cpStatusError")

        self.applyingBox.addWidget(self.cpStatusError)


        self.cpStatusForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.applyingBox)


        self.rightColumn.addWidget(self.cpStatusGroup)

        self.notesLabel = QLabel(EnterpriseDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.rightColumn.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(EnterpriseDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.rightColumn.addWidget(self.notesEdit)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)

        self.dialogLayout.addLayout(self.columns)

        self.requiredHint = QLabel(EnterpriseDialog)
        self.requiredHint.setObjectName(u"requiredHint")

        self.dialogLayout.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(EnterpriseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.taxCodeLabel.setBuddy(self.taxCodeEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.communeLabel.setBuddy(self.communeCombo)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.legacyDistrictLabel.setBuddy(self.legacyDistrictEdit)
        self.sectorLabel.setBuddy(self.sectorCombo)
        self.ownershipLabel.setBuddy(self.ownershipCombo)
        self.employeesLabel.setBuddy(self.employeesSpin)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailEdit)
        self.informedLabel.setBuddy(self.informedDate)
        self.awareLabel.setBuddy(self.awareDate)
        self.applyingLabel.setBuddy(self.applyingDate)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.taxCodeEdit)
        QWidget.setTabOrder(self.taxCodeEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.communeCombo)
        QWidget.setTabOrder(self.communeCombo, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.legacyDistrictEdit)
        QWidget.setTabOrder(self.legacyDistrictEdit, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.ownershipCombo)
        QWidget.setTabOrder(self.ownershipCombo, self.employeesSpin)
        QWidget.setTabOrder(self.employeesSpin, self.contactNameEdit)
        QWidget.setTabOrder(self.contactNameEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.contactEmailEdit)
        QWidget.setTabOrder(self.contactEmailEdit, self.informedDate)
        QWidget.setTabOrder(self.informedDate, self.awareDate)
        QWidget.setTabOrder(self.awareDate, self.applyingDate)
        QWidget.setTabOrder(self.applyingDate, self.notesEdit)

        self.retranslateUi(EnterpriseDialog)

        QMetaObject.connectSlotsByName(EnterpriseDialog)
    # setupUi

    def retranslateUi(self, EnterpriseDialog):
        EnterpriseDialog.setWindowTitle(QCoreApplication.translate("EnterpriseDialog", u"Enterprise", None))
        self.identityGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Identity and address", None))
        self.nameLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Name *", None))
        self.shortNameLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"S&hort name", None))
        self.taxCodeLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Tax code", None))
        self.taxCodeEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"10 digits, or 10 digits-3 digits for a branch", None))
        self.streetLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Street address", None))
        self.communeLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Commune / ward", None))
        self.provinceLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Province", None))
        self.legacyDistrictLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"District (before 07/2025)", None))
        self.sectorLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"S&ector (VSIC)", None))
        self.ownershipLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"&Ownership", None))
        self.employeesLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"E&mployees", None))
        self.employeesSpin.setSpecialValueText(QCoreApplication.translate("EnterpriseDialog", u"unknown", None))
        self.contactGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Contact person", None))
        self.contactNameLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Full name", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Phone", None))
        self.contactEmailLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Email", None))
        self.cpStatusGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"Cleaner production status (date reached)", None))
        self.informedLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Informed about CP", None))
        self.awareLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Aware of its benefits", None))
        self.applyingLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Applying CP", None))
        self.notesLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"Notes", None))
        self.requiredHint.setText(QCoreApplication.translate("EnterpriseDialog", u"* required. A date left empty means the step is not reached yet.", None))
    # retranslateUi

