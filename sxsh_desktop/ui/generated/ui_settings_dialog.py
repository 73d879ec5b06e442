# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 340)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.consultantLabel = QLabel(SettingsDialog)
        self.consultantLabel.setObjectName(u"consultantLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consultantLabel)

        self.consultantEdit = QLineEdit(SettingsDialog)
        self.consultantEdit.setObjectName(u"consultantEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consultantEdit)

        self.gridYearLabel = QLabel(SettingsDialog)
        self.gridYearLabel.setObjectName(u"gridYearLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gridYearLabel)

        self.gridYearCombo = QComboBox(SettingsDialog)
        self.gridYearCombo.setObjectName(u"gridYearCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gridYearCombo)

        self.discountLabel = QLabel(SettingsDialog)
        self.discountLabel.setObjectName(u"discountLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.discountLabel)

        self.discountSpin = QDoubleSpinBox(SettingsDialog)
        self.discountSpin.setObjectName(u"discountSpin")
        self.discountSpin.setSuffix(u" %")
        self.discountSpin.setDecimals(1)
        self.discountSpin.setMaximum(99.000000000000000)
        self.discountSpin.setSingleStep(0.500000000000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.discountSpin)

        self.databaseLabel = QLabel(SettingsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.databaseEdit = QLineEdit(SettingsDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.databaseRow.addWidget(self.databaseEdit)

        self.browseButton = QPushButton(SettingsDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.databaseRow.addWidget(self.browseButton)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.databaseRow)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.consultantLabel.setBuddy(self.consultantEdit)
        self.gridYearLabel.setBuddy(self.gridYearCombo)
        self.discountLabel.setBuddy(self.discountSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.consultantEdit)
        QWidget.setTabOrder(self.consultantEdit, self.gridYearCombo)
        QWidget.setTabOrder(self.gridYearCombo, self.discountSpin)
        QWidget.setTabOrder(self.discountSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.browseButton)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.consultantLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Consultant name", None))
        self.consultantEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Put on new assessments", None))
        self.gridYearLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Grid emission factor", None))
        self.discountLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Discount rate", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data&base file", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("SettingsDialog", u"New assessments take the consultant name, grid factor year and discount rate given here. A changed database file is opened at the next start; leave it empty for the default one.", None))
    # retranslateUi

