# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QTableView, QVBoxLayout

class Ui_PackageExportDialog(object):
    def setupUi(self, PackageExportDialog):
        if not PackageExportDialog.objectName():
            PackageExportDialog.setObjectName(u"PackageExportDialog")
        PackageExportDialog.resize(1000, 540)
        self.dialogLayout = QVBoxLayout(PackageExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PackageExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.choicesView = QTableView(PackageExportDialog)
        self.choicesView.setObjectName(u"choicesView")
        self.choicesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choicesView.setAlternatingRowColors(True)
        self.choicesView.horizontalHeader().setStretchLastSection(True)
        self.choicesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.choicesView)

        self.choiceButtons = QHBoxLayout()
        self.choiceButtons.setObjectName(u"choiceButtons")
        self.allButton = QPushButton(PackageExportDialog)
        self.allButton.setObjectName(u"allButton")

        self.choiceButtons.addWidget(self.allButton)

        self.noneButton = QPushButton(PackageExportDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.choiceButtons.addWidget(self.noneButton)

        self.countLabel = QLabel(PackageExportDialog)
        self.countLabel.setObjectName(u"countLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy)
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.choiceButtons.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.choiceButtons)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(PackageExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(PackageExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(PackageExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileRow)

        self.buttonBox = QDialogButtonBox(PackageExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PackageExportDialog)

        QMetaObject.connectSlotsByName(PackageExportDialog)
    # setupUi

    def retranslateUi(self, PackageExportDialog):
        PackageExportDialog.setWindowTitle(QCoreApplication.translate("PackageExportDialog", u"Export packages", None))
        self.introLabel.setText(QCoreApplication.translate("PackageExportDialog", u"Choose the assessments to send to the Industrial Promotion Centre. Those changed since the last export are chosen already.", None))
        self.allButton.setText(QCoreApplication.translate("PackageExportDialog", u"Choose &all", None))
        self.noneButton.setText(QCoreApplication.translate("PackageExportDialog", u"Choose &none", None))
        self.fileLabel.setText(QCoreApplication.translate("PackageExportDialog", u"Save &to", None))
        self.browseButton.setText(QCoreApplication.translate("PackageExportDialog", u"Choose\u2026", None))
    # retranslateUi

