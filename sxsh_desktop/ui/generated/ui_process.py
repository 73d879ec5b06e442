# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QVBoxLayout, QWidget

class Ui_ProcessPage(object):
    def setupUi(self, ProcessPage):
        if not ProcessPage.objectName():
            ProcessPage.setObjectName(u"ProcessPage")
        ProcessPage.resize(1100, 620)
        self.pageLayout = QVBoxLayout(ProcessPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 8, 8, 8)
        self.processSplitter = QSplitter(ProcessPage)
        self.processSplitter.setObjectName(u"processSplitter")
        self.processSplitter.setOrientation(Qt.Horizontal)
        self.processSplitter.setChildrenCollapsible(False)
        self.stepsPanel = QWidget(self.processSplitter)
        self.stepsPanel.setObjectName(u"stepsPanel")
        self.stepsLayout = QVBoxLayout(self.stepsPanel)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(0, 0, 4, 0)
        self.stepsTitle = QLabel(self.stepsPanel)
        self.stepsTitle.setObjectName(u"stepsTitle")

        self.stepsLayout.addWidget(self.stepsTitle)

        self.stepsHost = QWidget(self.stepsPanel)
        self.stepsHost.setObjectName(u"stepsHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.stepsHost.sizePolicy().hasHeightForWidth())
        self.stepsHost.setSizePolicy(sizePolicy)

        self.stepsLayout.addWidget(self.stepsHost)

        self.stepPhotosTitle = QLabel(self.stepsPanel)
        self.stepPhotosTitle.setObjectName(u"stepPhotosTitle")

        self.stepsLayout.addWidget(self.stepPhotosTitle)

        self.stepPhotosHost = QWidget(self.stepsPanel)
        self.stepPhotosHost.setObjectName(u"stepPhotosHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.stepPhotosHost.sizePolicy().hasHeightForWidth())
        self.stepPhotosHost.setSizePolicy(sizePolicy1)

        self.stepsLayout.addWidget(self.stepPhotosHost)

        self.processSplitter.addWidget(self.stepsPanel)
        self.processTabs = QTabWidget(self.processSplitter)
        self.processTabs.setObjectName(u"processTabs")
        self.flowsTab = QWidget()
        self.flowsTab.setObjectName(u"flowsTab")
        self.flowsLayout = QVBoxLayout(self.flowsTab)
        self.flowsLayout.setObjectName(u"flowsLayout")
        self.stepLabel = QLabel(self.flowsTab)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"\u2014")
        self.stepLabel.setWordWrap(True)

        self.flowsLayout.addWidget(self.stepLabel)

        self.inputsTitle = QLabel(self.flowsTab)
        self.inputsTitle.setObjectName(u"inputsTitle")

        self.flowsLayout.addWidget(self.inputsTitle)

        self.inputsHost = QWidget(self.flowsTab)
        self.inputsHost.setObjectName(u"inputsHost")

        self.flowsLayout.addWidget(self.inputsHost)

        self.outputsTitle = QLabel(self.flowsTab)
        self.outputsTitle.setObjectName(u"outputsTitle")

        self.flowsLayout.addWidget(self.outputsTitle)

        self.outputsHost = QWidget(self.flowsTab)
        self.outputsHost.setObjectName(u"outputsHost")

        self.flowsLayout.addWidget(self.outputsHost)

        self.balanceLabel = QLabel(self.flowsTab)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setText(u"\u2014")
        self.balanceLabel.setTextFormat(Qt.RichText)
        self.balanceLabel.setWordWrap(True)
        self.balanceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.flowsLayout.addWidget(self.balanceLabel)

        self.processTabs.addTab(self.flowsTab, "")
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartLayout = QVBoxLayout(self.chartTab)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartButtons = QHBoxLayout()
        self.chartButtons.setObjectName(u"chartButtons")
        self.exportPngButton = QPushButton(self.chartTab)
        self.exportPngButton.setObjectName(u"exportPngButton")

        self.chartButtons.addWidget(self.exportPngButton)

        self.exportSvgButton = QPushButton(self.chartTab)
        self.exportSvgButton.setObjectName(u"exportSvgButton")

        self.chartButtons.addWidget(self.exportSvgButton)

        self.chartLegend = QLabel(self.chartTab)
        self.chartLegend.setObjectName(u"chartLegend")

        self.chartButtons.addWidget(self.chartLegend)

        self.chartSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chartButtons.addItem(self.chartSpacer)


        self.chartLayout.addLayout(self.chartButtons)

        self.chartScroll = QScrollArea(self.chartTab)
        self.chartScroll.setObjectName(u"chartScroll")
        self.chartScroll.setWidgetResizable(True)
        self.chartHost = QWidget()
        self.chartHost.setObjectName(u"chartHost")
        self.chartScroll.setWidget(self.chartHost)

        self.chartLayout.addWidget(self.chartScroll)

        self.processTabs.addTab(self.chartTab, "")
        self.processSplitter.addWidget(self.processTabs)

        self.pageLayout.addWidget(self.processSplitter)

        QWidget.setTabOrder(self.processTabs, self.exportPngButton)
        QWidget.setTabOrder(self.exportPngButton, self.exportSvgButton)

        self.retranslateUi(ProcessPage)

        self.processTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProcessPage)
    # setupUi

    def retranslateUi(self, ProcessPage):
        self.stepsTitle.setText(QCoreApplication.translate("ProcessPage", u"<b>Process steps</b> (in production order)", None))
        self.stepPhotosTitle.setText(QCoreApplication.translate("ProcessPage", u"<b>Photos of the step</b>", None))
        self.inputsTitle.setText(QCoreApplication.translate("ProcessPage", u"<b>Inputs</b> \u2014 materials, energy, water, chemicals", None))
        self.outputsTitle.setText(QCoreApplication.translate("ProcessPage", u"<b>Outputs</b> \u2014 product, by-product, waste, emissions, losses", None))
        self.processTabs.setTabText(self.processTabs.indexOf(self.flowsTab), QCoreApplication.translate("ProcessPage", u"&Inputs and outputs", None))
        self.exportPngButton.setText(QCoreApplication.translate("ProcessPage", u"Save as &PNG\u2026", None))
        self.exportSvgButton.setText(QCoreApplication.translate("ProcessPage", u"Save as S&VG\u2026", None))
        self.chartLegend.setText(QCoreApplication.translate("ProcessPage", u"Inputs on the left; products, waste and losses on the right.", None))
        self.processTabs.setTabText(self.processTabs.indexOf(self.chartTab), QCoreApplication.translate("ProcessPage", u"&Flow chart", None))
        pass
    # retranslateUi

