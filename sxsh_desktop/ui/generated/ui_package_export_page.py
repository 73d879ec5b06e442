# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_PackageExportPage(object):
    def setupUi(self, PackageExportPage):
        if not PackageExportPage.objectName():
            PackageExportPage.setObjectName(u"PackageExportPage")
        PackageExportPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(PackageExportPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(PackageExportPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.keyGroup = QGroupBox(PackageExportPage)
        self.keyGroup.setObjectName(u"keyGroup")
        self.keyLayout = QVBoxLayout(self.keyGroup)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyStatusLabel = QLabel(self.keyGroup)
        self.keyStatusLabel.setObjectName(u"keyStatusLabel")
        self.keyStatusLabel.setWordWrap(True)
        self.keyStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyLayout.addWidget(self.keyStatusLabel)

        self.keyButtons = QHBoxLayout()
        self.keyButtons.setObjectName(u"keyButtons")
        self.keysButton = QPushButton(self.keyGroup)
        self.keysButton.setObjectName(u"keysButton")

        self.keyButtons.addWidget(self.keysButton)

        self.keySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keyButtons.addItem(self.keySpacer)


        self.keyLayout.addLayout(self.keyButtons)


        self.pageLayout.addWidget(self.keyGroup)

        self.exportRow = QHBoxLayout()
        self.exportRow.setObjectName(u"exportRow")
        self.exportButton = QPushButton(PackageExportPage)
        self.exportButton.setObjectName(u"exportButton")

        self.exportRow.addWidget(self.exportButton)

        self.exportHintLabel = QLabel(PackageExportPage)
        self.exportHintLabel.setObjectName(u"exportHintLabel")
        self.exportHintLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.exportHintLabel.sizePolicy().hasHeightForWidth())
        self.exportHintLabel.setSizePolicy(sizePolicy)

        self.exportRow.addWidget(self.exportHintLabel)


        self.pageLayout.addLayout(self.exportRow)

        self.historyLabel = QLabel(PackageExportPage)
        self.historyLabel.setObjectName(u"historyLabel")

        self.pageLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(PackageExportPage)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.historyView)


        self.retranslateUi(PackageExportPage)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(PackageExportPage)
    # setupUi

    def retranslateUi(self, PackageExportPage):
        self.introLabel.setText(QCoreApplication.translate("PackageExportPage", u"Send this assessment to the Industrial Promotion Centre as an encrypted package: only the Centre (and this computer) can open it, and the Centre can check that it comes from you, unchanged.", None))
        self.keyGroup.setTitle(QCoreApplication.translate("PackageExportPage", u"The Centre's key", None))
        self.keysButton.setText(QCoreApplication.translate("PackageExportPage", u"Manage keys\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PackageExportPage", u"&Export package\u2026", None))
        self.historyLabel.setText(QCoreApplication.translate("PackageExportPage", u"<b>Packages that held this assessment</b>", None))
        pass
    # retranslateUi

