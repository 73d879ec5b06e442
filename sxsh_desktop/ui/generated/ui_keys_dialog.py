# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_KeysDialog(object):
    def setupUi(self, KeysDialog):
        if not KeysDialog.objectName():
            KeysDialog.setObjectName(u"KeysDialog")
        KeysDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(KeysDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.deviceGroup = QGroupBox(KeysDialog)
        self.deviceGroup.setObjectName(u"deviceGroup")
        self.deviceLayout = QVBoxLayout(self.deviceGroup)
        self.deviceLayout.setObjectName(u"deviceLayout")
        self.deviceLabel = QLabel(self.deviceGroup)
        self.deviceLabel.setObjectName(u"deviceLabel")
        self.deviceLabel.setWordWrap(True)
        self.deviceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deviceLayout.addWidget(self.deviceLabel)

        self.deviceButtons = QHBoxLayout()
        self.deviceButtons.setObjectName(u"deviceButtons")
        self.exportDeviceButton = QPushButton(self.deviceGroup)
        self.exportDeviceButton.setObjectName(u"exportDeviceButton")

        self.deviceButtons.addWidget(self.exportDeviceButton)

        self.deviceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deviceButtons.addItem(self.deviceSpacer)


        self.deviceLayout.addLayout(self.deviceButtons)


        self.dialogLayout.addWidget(self.deviceGroup)

        self.centreGroup = QGroupBox(KeysDialog)
        self.centreGroup.setObjectName(u"centreGroup")
        self.centreLayout = QVBoxLayout(self.centreGroup)
        self.centreLayout.setObjectName(u"centreLayout")
        self.centreLabel = QLabel(self.centreGroup)
        self.centreLabel.setObjectName(u"centreLabel")
        self.centreLabel.setWordWrap(True)
        self.centreLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.centreLayout.addWidget(self.centreLabel)

        self.centreButtons = QHBoxLayout()
        self.centreButtons.setObjectName(u"centreButtons")
        self.createCentreButton = QPushButton(self.centreGroup)
        self.createCentreButton.setObjectName(u"createCentreButton")

        self.centreButtons.addWidget(self.createCentreButton)

        self.exportCentreButton = QPushButton(self.centreGroup)
        self.exportCentreButton.setObjectName(u"exportCentreButton")

        self.centreButtons.addWidget(self.exportCentreButton)

        self.centreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centreButtons.addItem(self.centreSpacer)


        self.centreLayout.addLayout(self.centreButtons)


        self.dialogLayout.addWidget(self.centreGroup)

        self.trustedGroup = QGroupBox(KeysDialog)
        self.trustedGroup.setObjectName(u"trustedGroup")
        self.trustedLayout = QVBoxLayout(self.trustedGroup)
        self.trustedLayout.setObjectName(u"trustedLayout")
        self.trustedView = QTableView(self.trustedGroup)
        self.trustedView.setObjectName(u"trustedView")
        self.trustedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trustedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trustedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trustedView.setAlternatingRowColors(True)
        self.trustedView.horizontalHeader().setStretchLastSection(True)
        self.trustedView.verticalHeader().setVisible(False)

        self.trustedLayout.addWidget(self.trustedView)

        self.trustedButtons = QHBoxLayout()
        self.trustedButtons.setObjectName(u"trustedButtons")
        self.installButton = QPushButton(self.trustedGroup)
        self.installButton.setObjectName(u"installButton")

        self.trustedButtons.addWidget(self.installButton)

        self.revokeButton = QPushButton(self.trustedGroup)
        self.revokeButton.setObjectName(u"revokeButton")

        self.trustedButtons.addWidget(self.revokeButton)

        self.trustedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trustedButtons.addItem(self.trustedSpacer)


        self.trustedLayout.addLayout(self.trustedButtons)


        self.dialogLayout.addWidget(self.trustedGroup)

        self.buttonBox = QDialogButtonBox(KeysDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(KeysDialog)

        QMetaObject.connectSlotsByName(KeysDialog)
    # setupUi

    def retranslateUi(self, KeysDialog):
        KeysDialog.setWindowTitle(QCoreApplication.translate("KeysDialog", u"Keys of encrypted packages", None))
        self.deviceGroup.setTitle(QCoreApplication.translate("KeysDialog", u"This computer", None))
        self.exportDeviceButton.setText(QCoreApplication.translate("KeysDialog", u"Export this computer's public key\u2026", None))
        self.centreGroup.setTitle(QCoreApplication.translate("KeysDialog", u"The Centre", None))
        self.createCentreButton.setText(QCoreApplication.translate("KeysDialog", u"Create the Centre's key pair\u2026", None))
        self.exportCentreButton.setText(QCoreApplication.translate("KeysDialog", u"Export the Centre's public key\u2026", None))
        self.trustedGroup.setTitle(QCoreApplication.translate("KeysDialog", u"Installed and registered keys", None))
        self.installButton.setText(QCoreApplication.translate("KeysDialog", u"&Install a key from a file\u2026", None))
        self.revokeButton.setText(QCoreApplication.translate("KeysDialog", u"&Revoke\u2026", None))
    # retranslateUi

