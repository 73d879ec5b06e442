# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

class Ui_SummaryPage(object):
    def setupUi(self, SummaryPage):
        if not SummaryPage.objectName():
            SummaryPage.setObjectName(u"SummaryPage")
        SummaryPage.resize(1100, 620)
        self.pageLayout = QVBoxLayout(SummaryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 8, 8, 8)
        self.targetGroup = QGroupBox(SummaryPage)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetGrid = QGridLayout(self.targetGroup)
        self.targetGrid.setObjectName(u"targetGrid")
        self.targetGrid.setVerticalSpacing(2)
        self.targetIndicator = QLabel(self.targetGroup)
        self.targetIndicator.setObjectName(u"targetIndicator")
        self.targetIndicator.setText(u"\u2014")
        self.targetIndicator.setMinimumSize(QSize(330, 0))
        self.targetIndicator.setWordWrap(True)

        self.targetGrid.addWidget(self.targetIndicator, 0, 0, 2, 1)

        self.gaugeHost = QWidget(self.targetGroup)
        self.gaugeHost.setObjectName(u"gaugeHost")
        self.gaugeHost.setMinimumSize(QSize(300, 0))

        self.targetGrid.addWidget(self.gaugeHost, 0, 1, 1, 1)

        self.partsLabel = QLabel(self.targetGroup)
        self.partsLabel.setObjectName(u"partsLabel")
        self.partsLabel.setText(u"\u2014")

        self.targetGrid.addWidget(self.partsLabel, 0, 2, 1, 1)

        self.baselineLabel = QLabel(self.targetGroup)
        self.baselineLabel.setObjectName(u"baselineLabel")
        self.baselineLabel.setText(u"\u2014")
        self.baselineLabel.setWordWrap(True)

        self.targetGrid.addWidget(self.baselineLabel, 1, 1, 1, 2)


        self.pageLayout.addWidget(self.targetGroup)

        self.summarySplitter = QSplitter(SummaryPage)
        self.summarySplitter.setObjectName(u"summarySplitter")
        self.summarySplitter.setOrientation(Qt.Horizontal)
        self.summarySplitter.setChildrenCollapsible(False)
        self.totalsPanel = QWidget(self.summarySplitter)
        self.totalsPanel.setObjectName(u"totalsPanel")
        self.totalsLayout = QVBoxLayout(self.totalsPanel)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsLayout.setContentsMargins(0, 0, 4, 0)
        self.totalsTitle = QLabel(self.totalsPanel)
        self.totalsTitle.setObjectName(u"totalsTitle")

        self.totalsLayout.addWidget(self.totalsTitle)

        self.totalsHost = QWidget(self.totalsPanel)
        self.totalsHost.setObjectName(u"totalsHost")

        self.totalsLayout.addWidget(self.totalsHost)

        self.summarySplitter.addWidget(self.totalsPanel)
        self.consumptionPanel = QWidget(self.summarySplitter)
        self.consumptionPanel.setObjectName(u"consumptionPanel")
        self.consumptionLayout = QVBoxLayout(self.consumptionPanel)
        self.consumptionLayout.setObjectName(u"consumptionLayout")
        self.consumptionLayout.setContentsMargins(4, 0, 0, 0)
        self.consumptionTitle = QLabel(self.consumptionPanel)
        self.consumptionTitle.setObjectName(u"consumptionTitle")

        self.consumptionLayout.addWidget(self.consumptionTitle)

        self.consumptionHost = QWidget(self.consumptionPanel)
        self.consumptionHost.setObjectName(u"consumptionHost")

        self.consumptionLayout.addWidget(self.consumptionHost)

        self.summarySplitter.addWidget(self.consumptionPanel)

        self.pageLayout.addWidget(self.summarySplitter)

        self.warningsLabel = QLabel(SummaryPage)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.warningsLabel)

        self.conclusionsGroup = QGroupBox(SummaryPage)
        self.conclusionsGroup.setObjectName(u"conclusionsGroup")
        self.conclusionsLayout = QVBoxLayout(self.conclusionsGroup)
        self.conclusionsLayout.setObjectName(u"conclusionsLayout")
        self.conclusionsLayout.setContentsMargins(-1, 4, -1, 4)
        self.conclusionsEdit = QPlainTextEdit(self.conclusionsGroup)
        self.conclusionsEdit.setObjectName(u"conclusionsEdit")
        self.conclusionsEdit.setMaximumSize(QSize(16777215, 70))
        self.conclusionsEdit.setTabChangesFocus(True)

        self.conclusionsLayout.addWidget(self.conclusionsEdit)

        self.conclusionsMessage = QLabel(self.conclusionsGroup)
        self.conclusionsMessage.setObjectName(u"conclusionsMessage")

        self.conclusionsLayout.addWidget(self.conclusionsMessage)


        self.pageLayout.addWidget(self.conclusionsGroup)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(SummaryPage)

        QMetaObject.connectSlotsByName(SummaryPage)
    # setupUi

    def retranslateUi(self, SummaryPage):
        self.targetGroup.setTitle(QCoreApplication.translate("SummaryPage", u"Savings per unit of product against the target", None))
        self.totalsTitle.setText(QCoreApplication.translate("SummaryPage", u"<b>Totals</b> \u2014 solutions not rejected, and those to implement now", None))
        self.consumptionTitle.setText(QCoreApplication.translate("SummaryPage", u"<b>Consumption per unit of product</b> \u2014 baseline and savings", None))
        self.conclusionsGroup.setTitle(QCoreApplication.translate("SummaryPage", u"&Conclusions (printed in the report)", None))
        pass
    # retranslateUi

