# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1100, 640)
        self.dialogLayout = QVBoxLayout(ConflictsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conflictsView = QTableView(self.splitter)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.conflictsView)
        self.conflictsView.horizontalHeader().setStretchLastSection(True)
        self.conflictsView.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailPanel)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.detailLabel)

        self.differencesView = QTableView(self.detailPanel)
        self.differencesView.setObjectName(u"differencesView")
        self.differencesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differencesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differencesView.setWordWrap(True)
        self.differencesView.setAlternatingRowColors(True)
        self.differencesView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.differencesView)

        self.resolveButtons = QHBoxLayout()
        self.resolveButtons.setObjectName(u"resolveButtons")
        self.keepOfficeButton = QPushButton(self.detailPanel)
        self.keepOfficeButton.setObjectName(u"keepOfficeButton")

        self.resolveButtons.addWidget(self.keepOfficeButton)

        self.keepIncomingButton = QPushButton(self.detailPanel)
        self.keepIncomingButton.setObjectName(u"keepIncomingButton")

        self.resolveButtons.addWidget(self.keepIncomingButton)

        self.resolveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveButtons.addItem(self.resolveSpacer)


        self.detailLayout.addLayout(self.resolveButtons)

        self.splitter.addWidget(self.detailPanel)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(ConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"These records were changed both at the office and by a consultant. The office version stays until you choose; nothing was overwritten.", None))
        self.keepOfficeButton.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &office version", None))
        self.keepIncomingButton.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &incoming version", None))
    # retranslateUi

