# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QTableView, QVBoxLayout

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(ImportPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.senderGroup = QGroupBox(ImportPreviewDialog)
        self.senderGroup.setObjectName(u"senderGroup")
        self.senderLayout = QVBoxLayout(self.senderGroup)
        self.senderLayout.setObjectName(u"senderLayout")
        self.senderForm = QFormLayout()
        self.senderForm.setObjectName(u"senderForm")
        self.senderForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.senderNameCaption = QLabel(self.senderGroup)
        self.senderNameCaption.setObjectName(u"senderNameCaption")

        self.senderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.senderNameCaption)

        self.senderNameLabel = QLabel(self.senderGroup)
        self.senderNameLabel.setObjectName(u"senderNameLabel")
        self.senderNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.senderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.senderNameLabel)

        self.fingerprintCaption = QLabel(self.senderGroup)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.senderForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintLabel = QLabel(self.senderGroup)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.senderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprintLabel)

        self.packageCaption = QLabel(self.senderGroup)
        self.packageCaption.setObjectName(u"packageCaption")

        self.senderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.packageCaption)

        self.packageLabel = QLabel(self.senderGroup)
        self.packageLabel.setObjectName(u"packageLabel")
        self.packageLabel.setWordWrap(True)
        self.packageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.senderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.packageLabel)


        self.senderLayout.addLayout(self.senderForm)

        self.newKeyLabel = QLabel(self.senderGroup)
        self.newKeyLabel.setObjectName(u"newKeyLabel")
        self.newKeyLabel.setWordWrap(True)

        self.senderLayout.addWidget(self.newKeyLabel)

        self.approveCheck = QCheckBox(self.senderGroup)
        self.approveCheck.setObjectName(u"approveCheck")

        self.senderLayout.addWidget(self.approveCheck)


        self.dialogLayout.addWidget(self.senderGroup)

        self.countsLabel = QLabel(ImportPreviewDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countsLabel)

        self.missingLabel = QLabel(ImportPreviewDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.missingLabel)

        self.changesView = QTableView(ImportPreviewDialog)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.changesView)

        self.buttonBox = QDialogButtonBox(ImportPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ImportPreviewDialog)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Import a package", None))
        self.senderGroup.setTitle(QCoreApplication.translate("ImportPreviewDialog", u"Sender", None))
        self.senderNameCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"Consultant", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"Key fingerprint", None))
        self.packageCaption.setText(QCoreApplication.translate("ImportPreviewDialog", u"Package", None))
        self.approveCheck.setText(QCoreApplication.translate("ImportPreviewDialog", u"The consultant read me the same fingerprint: &register this key and accept the package", None))
    # retranslateUi

