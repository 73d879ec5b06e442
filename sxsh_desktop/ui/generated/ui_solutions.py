# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

class Ui_SolutionsPage(object):
    def setupUi(self, SolutionsPage):
        if not SolutionsPage.objectName():
            SolutionsPage.setObjectName(u"SolutionsPage")
        SolutionsPage.resize(1100, 620)
        self.pageLayout = QVBoxLayout(SolutionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 8, 8, 8)
        self.solutionsSplitter = QSplitter(SolutionsPage)
        self.solutionsSplitter.setObjectName(u"solutionsSplitter")
        self.solutionsSplitter.setOrientation(Qt.Vertical)
        self.solutionsSplitter.setChildrenCollapsible(False)
        self.solutionsPanel = QWidget(self.solutionsSplitter)
        self.solutionsPanel.setObjectName(u"solutionsPanel")
        self.solutionsLayout = QVBoxLayout(self.solutionsPanel)
        self.solutionsLayout.setObjectName(u"solutionsLayout")
        self.solutionsLayout.setContentsMargins(0, 0, 0, 4)
        self.solutionsTitle = QLabel(self.solutionsPanel)
        self.solutionsTitle.setObjectName(u"solutionsTitle")

        self.solutionsLayout.addWidget(self.solutionsTitle)

        self.solutionsHost = QWidget(self.solutionsPanel)
        self.solutionsHost.setObjectName(u"solutionsHost")

        self.solutionsLayout.addWidget(self.solutionsHost)

        self.solutionsSplitter.addWidget(self.solutionsPanel)
        self.bottomPanel = QWidget(self.solutionsSplitter)
        self.bottomPanel.setObjectName(u"bottomPanel")
        self.bottomLayout = QHBoxLayout(self.bottomPanel)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomLayout.setContentsMargins(0, 4, 0, 0)
        self.detailTabs = QTabWidget(self.bottomPanel)
        self.detailTabs.setObjectName(u"detailTabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.detailTabs.sizePolicy().hasHeightForWidth())
        self.detailTabs.setSizePolicy(sizePolicy)
        self.savingsTab = QWidget()
        self.savingsTab.setObjectName(u"savingsTab")
        self.savingsLayout = QVBoxLayout(self.savingsTab)
        self.savingsLayout.setObjectName(u"savingsLayout")
        self.savingsHost = QWidget(self.savingsTab)
        self.savingsHost.setObjectName(u"savingsHost")

        self.savingsLayout.addWidget(self.savingsHost)

        self.savingsNote = QLabel(self.savingsTab)
        self.savingsNote.setObjectName(u"savingsNote")
        self.savingsNote.setWordWrap(True)

        self.savingsLayout.addWidget(self.savingsNote)

        self.detailTabs.addTab(self.savingsTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsGrid = QGridLayout()
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setVerticalSpacing(4)
        self.descriptionLabel = QLabel(self.detailsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.detailsGrid.addWidget(self.descriptionLabel, 0, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.detailsTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 54))
        self.descriptionEdit.setTabChangesFocus(True)

        self.detailsGrid.addWidget(self.descriptionEdit, 0, 1, 1, 3)

        self.stepLabel = QLabel(self.detailsTab)
        self.stepLabel.setObjectName(u"stepLabel")

        self.detailsGrid.addWidget(self.stepLabel, 1, 0, 1, 1)

        self.stepCombo = QComboBox(self.detailsTab)
        self.stepCombo.setObjectName(u"stepCombo")

        self.detailsGrid.addWidget(self.stepCombo, 1, 1, 1, 1)

        self.wasteLabel = QLabel(self.detailsTab)
        self.wasteLabel.setObjectName(u"wasteLabel")

        self.detailsGrid.addWidget(self.wasteLabel, 1, 2, 1, 1)

        self.wasteCombo = QComboBox(self.detailsTab)
        self.wasteCombo.setObjectName(u"wasteCombo")

        self.detailsGrid.addWidget(self.wasteCombo, 1, 3, 1, 1)

        self.causeLabel = QLabel(self.detailsTab)
        self.causeLabel.setObjectName(u"causeLabel")

        self.detailsGrid.addWidget(self.causeLabel, 2, 0, 1, 1)

        self.causeCombo = QComboBox(self.detailsTab)
        self.causeCombo.setObjectName(u"causeCombo")

        self.detailsGrid.addWidget(self.causeCombo, 2, 1, 1, 1)

        self.wasteReductionLabel = QLabel(self.detailsTab)
        self.wasteReductionLabel.setObjectName(u"wasteReductionLabel")

        self.detailsGrid.addWidget(self.wasteReductionLabel, 2, 2, 1, 1)

        self.wasteReductionEdit = QLineEdit(self.detailsTab)
        self.wasteReductionEdit.setObjectName(u"wasteReductionEdit")

        self.detailsGrid.addWidget(self.wasteReductionEdit, 2, 3, 1, 1)

        self.otherSavingsLabel = QLabel(self.detailsTab)
        self.otherSavingsLabel.setObjectName(u"otherSavingsLabel")

        self.detailsGrid.addWidget(self.otherSavingsLabel, 3, 0, 1, 1)

        self.otherSavingsEdit = QLineEdit(self.detailsTab)
        self.otherSavingsEdit.setObjectName(u"otherSavingsEdit")

        self.detailsGrid.addWidget(self.otherSavingsEdit, 3, 1, 1, 1)

        self.addedCostLabel = QLabel(self.detailsTab)
        self.addedCostLabel.setObjectName(u"addedCostLabel")

        self.detailsGrid.addWidget(self.addedCostLabel, 3, 2, 1, 1)

        self.addedCostEdit = QLineEdit(self.detailsTab)
        self.addedCostEdit.setObjectName(u"addedCostEdit")

        self.detailsGrid.addWidget(self.addedCostEdit, 3, 3, 1, 1)

        self.discountRateLabel = QLabel(self.detailsTab)
        self.discountRateLabel.setObjectName(u"discountRateLabel")

        self.detailsGrid.addWidget(self.discountRateLabel, 4, 0, 1, 1)

        self.discountRateEdit = QLineEdit(self.detailsTab)
        self.discountRateEdit.setObjectName(u"discountRateEdit")

        self.detailsGrid.addWidget(self.discountRateEdit, 4, 1, 1, 1)

        self.wasteReductionUnit = QLabel(self.detailsTab)
        self.wasteReductionUnit.setObjectName(u"wasteReductionUnit")

        self.detailsGrid.addWidget(self.wasteReductionUnit, 4, 2, 1, 2)

        self.detailsMessage = QLabel(self.detailsTab)
        self.detailsMessage.setObjectName(u"detailsMessage")

        self.detailsGrid.addWidget(self.detailsMessage, 5, 0, 1, 4)


        self.detailsLayout.addLayout(self.detailsGrid)

        self.detailTabs.addTab(self.detailsTab, "")
        self.followTab = QWidget()
        self.followTab.setObjectName(u"followTab")
        self.followLayout = QVBoxLayout(self.followTab)
        self.followLayout.setObjectName(u"followLayout")
        self.followGrid = QGridLayout()
        self.followGrid.setObjectName(u"followGrid")
        self.followGrid.setVerticalSpacing(4)
        self.responsibleLabel = QLabel(self.followTab)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.followGrid.addWidget(self.responsibleLabel, 0, 0, 1, 1)

        self.responsibleEdit = QLineEdit(self.followTab)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.followGrid.addWidget(self.responsibleEdit, 0, 1, 1, 1)

        self.plannedDateLabel = QLabel(self.followTab)
        self.plannedDateLabel.setObjectName(u"plannedDateLabel")

        self.followGrid.addWidget(self.plannedDateLabel, 0, 2, 1, 1)

        self.plannedDateEdit = QLineEdit(self.followTab)
        self.plannedDateEdit.setObjectName(u"plannedDateEdit")

        self.followGrid.addWidget(self.plannedDateEdit, 0, 3, 1, 1)

        self.statusLabel = QLabel(self.followTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.followGrid.addWidget(self.statusLabel, 1, 0, 1, 1)

        self.statusCombo = QComboBox(self.followTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.followGrid.addWidget(self.statusCombo, 1, 1, 1, 1)

        self.actualSavingsLabel = QLabel(self.followTab)
        self.actualSavingsLabel.setObjectName(u"actualSavingsLabel")

        self.followGrid.addWidget(self.actualSavingsLabel, 1, 2, 1, 1)

        self.actualSavingsEdit = QLineEdit(self.followTab)
        self.actualSavingsEdit.setObjectName(u"actualSavingsEdit")

        self.followGrid.addWidget(self.actualSavingsEdit, 1, 3, 1, 1)

        self.followUpLabel = QLabel(self.followTab)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.followGrid.addWidget(self.followUpLabel, 2, 0, 1, 1)

        self.followUpEdit = QPlainTextEdit(self.followTab)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setTabChangesFocus(True)

        self.followGrid.addWidget(self.followUpEdit, 2, 1, 1, 3)

        self.followMessage = QLabel(self.followTab)
        self.followMessage.setObjectName(u"followMessage")

        self.followGrid.addWidget(self.followMessage, 3, 0, 1, 4)


        self.followLayout.addLayout(self.followGrid)

        self.detailTabs.addTab(self.followTab, "")
        self.photosTab = QWidget()
        self.photosTab.setObjectName(u"photosTab")
        self.photosLayout = QVBoxLayout(self.photosTab)
        self.photosLayout.setObjectName(u"photosLayout")
        self.solutionPhotosHost = QWidget(self.photosTab)
        self.solutionPhotosHost.setObjectName(u"solutionPhotosHost")

        self.photosLayout.addWidget(self.solutionPhotosHost)

        self.detailTabs.addTab(self.photosTab, "")

        self.bottomLayout.addWidget(self.detailTabs)

        self.totalsGroup = QGroupBox(self.bottomPanel)
        self.totalsGroup.setObjectName(u"totalsGroup")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.totalsGroup.sizePolicy().hasHeightForWidth())
        self.totalsGroup.setSizePolicy(sizePolicy1)
        self.totalsGroup.setMinimumSize(QSize(330, 0))
        self.totalsGrid = QGridLayout(self.totalsGroup)
        self.totalsGrid.setObjectName(u"totalsGrid")
        self.totalsGrid.setVerticalSpacing(3)
        self.countLabel = QLabel(self.totalsGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.totalsGrid.addWidget(self.countLabel, 0, 0, 1, 1)

        self.countValue = QLabel(self.totalsGroup)
        self.countValue.setObjectName(u"countValue")
        self.countValue.setText(u"\u2014")
        self.countValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.countValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.countValue, 0, 1, 1, 1)

        self.investmentLabel = QLabel(self.totalsGroup)
        self.investmentLabel.setObjectName(u"investmentLabel")

        self.totalsGrid.addWidget(self.investmentLabel, 1, 0, 1, 1)

        self.investmentValue = QLabel(self.totalsGroup)
        self.investmentValue.setObjectName(u"investmentValue")
        self.investmentValue.setText(u"\u2014")
        self.investmentValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.investmentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.investmentValue, 1, 1, 1, 1)

        self.savingsLabel = QLabel(self.totalsGroup)
        self.savingsLabel.setObjectName(u"savingsLabel")

        self.totalsGrid.addWidget(self.savingsLabel, 2, 0, 1, 1)

        self.savingsValue = QLabel(self.totalsGroup)
        self.savingsValue.setObjectName(u"savingsValue")
        self.savingsValue.setText(u"\u2014")
        self.savingsValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.savingsValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.savingsValue, 2, 1, 1, 1)

        self.netLabel = QLabel(self.totalsGroup)
        self.netLabel.setObjectName(u"netLabel")

        self.totalsGrid.addWidget(self.netLabel, 3, 0, 1, 1)

        self.netValue = QLabel(self.totalsGroup)
        self.netValue.setObjectName(u"netValue")
        self.netValue.setText(u"\u2014")
        self.netValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.netValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.netValue, 3, 1, 1, 1)

        self.paybackLabel = QLabel(self.totalsGroup)
        self.paybackLabel.setObjectName(u"paybackLabel")

        self.totalsGrid.addWidget(self.paybackLabel, 4, 0, 1, 1)

        self.paybackValue = QLabel(self.totalsGroup)
        self.paybackValue.setObjectName(u"paybackValue")
        self.paybackValue.setText(u"\u2014")
        self.paybackValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.paybackValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.paybackValue, 4, 1, 1, 1)

        self.npvLabel = QLabel(self.totalsGroup)
        self.npvLabel.setObjectName(u"npvLabel")

        self.totalsGrid.addWidget(self.npvLabel, 5, 0, 1, 1)

        self.npvValue = QLabel(self.totalsGroup)
        self.npvValue.setObjectName(u"npvValue")
        self.npvValue.setText(u"\u2014")
        self.npvValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.npvValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.npvValue, 5, 1, 1, 1)

        self.co2Label = QLabel(self.totalsGroup)
        self.co2Label.setObjectName(u"co2Label")

        self.totalsGrid.addWidget(self.co2Label, 6, 0, 1, 1)

        self.co2Value = QLabel(self.totalsGroup)
        self.co2Value.setObjectName(u"co2Value")
        self.co2Value.setText(u"\u2014")
        self.co2Value.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.co2Value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.co2Value, 6, 1, 1, 1)

        self.nowLabel = QLabel(self.totalsGroup)
        self.nowLabel.setObjectName(u"nowLabel")

        self.totalsGrid.addWidget(self.nowLabel, 7, 0, 1, 1)

        self.nowValue = QLabel(self.totalsGroup)
        self.nowValue.setObjectName(u"nowValue")
        self.nowValue.setText(u"\u2014")
        self.nowValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.nowValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.nowValue, 7, 1, 1, 1)

        self.nowNetLabel = QLabel(self.totalsGroup)
        self.nowNetLabel.setObjectName(u"nowNetLabel")

        self.totalsGrid.addWidget(self.nowNetLabel, 8, 0, 1, 1)

        self.nowNetValue = QLabel(self.totalsGroup)
        self.nowNetValue.setObjectName(u"nowNetValue")
        self.nowNetValue.setText(u"\u2014")
        self.nowNetValue.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.nowNetValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.nowNetValue, 8, 1, 1, 1)


        self.bottomLayout.addWidget(self.totalsGroup)

        self.solutionsSplitter.addWidget(self.bottomPanel)

        self.pageLayout.addWidget(self.solutionsSplitter)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.stepLabel.setBuddy(self.stepCombo)
        self.wasteLabel.setBuddy(self.wasteCombo)
        self.causeLabel.setBuddy(self.causeCombo)
        self.wasteReductionLabel.setBuddy(self.wasteReductionEdit)
        self.otherSavingsLabel.setBuddy(self.otherSavingsEdit)
        self.addedCostLabel.setBuddy(self.addedCostEdit)
        self.discountRateLabel.setBuddy(self.discountRateEdit)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.plannedDateLabel.setBuddy(self.plannedDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.actualSavingsLabel.setBuddy(self.actualSavingsEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.detailTabs, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.stepCombo)
        QWidget.setTabOrder(self.stepCombo, self.wasteCombo)
        QWidget.setTabOrder(self.wasteCombo, self.causeCombo)
        QWidget.setTabOrder(self.causeCombo, self.wasteReductionEdit)
        QWidget.setTabOrder(self.wasteReductionEdit, self.otherSavingsEdit)
        QWidget.setTabOrder(self.otherSavingsEdit, self.addedCostEdit)
        QWidget.setTabOrder(self.addedCostEdit, self.discountRateEdit)
        QWidget.setTabOrder(self.discountRateEdit, self.responsibleEdit)
        QWidget.setTabOrder(self.responsibleEdit, self.plannedDateEdit)
        QWidget.setTabOrder(self.plannedDateEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.actualSavingsEdit)
        QWidget.setTabOrder(self.actualSavingsEdit, self.followUpEdit)

        self.retranslateUi(SolutionsPage)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SolutionsPage)
    # setupUi

    def retranslateUi(self, SolutionsPage):
        self.solutionsTitle.setText(QCoreApplication.translate("SolutionsPage", u"<b>Solutions</b> \u2014 payback, NPV, IRR and CO\u2082 are computed as you type", None))
        self.savingsNote.setText(QCoreApplication.translate("SolutionsPage", u"What the solution saves each year on the baseline lines; its value comes from the lines' unit prices.", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.savingsTab), QCoreApplication.translate("SolutionsPage", u"Sa&vings", None))
        self.descriptionLabel.setText(QCoreApplication.translate("SolutionsPage", u"Descri&ption", None))
        self.stepLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Step", None))
        self.wasteLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Waste stream", None))
        self.causeLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Cause", None))
        self.wasteReductionLabel.setText(QCoreApplication.translate("SolutionsPage", u"Waste &reduction", None))
#if QT_CONFIG(tooltip)
        self.wasteReductionEdit.setToolTip(QCoreApplication.translate("SolutionsPage", u"In the waste stream's unit and period", None))
#endif // QT_CONFIG(tooltip)
        self.otherSavingsLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Other savings (VND/year)", None))
#if QT_CONFIG(tooltip)
        self.otherSavingsEdit.setToolTip(QCoreApplication.translate("SolutionsPage", u"Savings not tied to a consumption line: labour, fees, treatment\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.addedCostLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Added operating cost (VND/year)", None))
        self.discountRateLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Discount rate (%)", None))
        self.discountRateEdit.setPlaceholderText(QCoreApplication.translate("SolutionsPage", u"the assessment's rate", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.detailsTab), QCoreApplication.translate("SolutionsPage", u"&Details", None))
        self.responsibleLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Responsible", None))
        self.plannedDateLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Planned date", None))
        self.statusLabel.setText(QCoreApplication.translate("SolutionsPage", u"S&tatus", None))
        self.actualSavingsLabel.setText(QCoreApplication.translate("SolutionsPage", u"Act&ual savings (VND/year)", None))
#if QT_CONFIG(tooltip)
        self.actualSavingsEdit.setToolTip(QCoreApplication.translate("SolutionsPage", u"Measured at follow-up", None))
#endif // QT_CONFIG(tooltip)
        self.followUpLabel.setText(QCoreApplication.translate("SolutionsPage", u"&Notes", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.followTab), QCoreApplication.translate("SolutionsPage", u"&Follow-up", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.photosTab), QCoreApplication.translate("SolutionsPage", u"P&hotos", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("SolutionsPage", u"Totals (solutions not rejected)", None))
        self.countLabel.setText(QCoreApplication.translate("SolutionsPage", u"Solutions counted", None))
        self.investmentLabel.setText(QCoreApplication.translate("SolutionsPage", u"Investment (VND)", None))
        self.savingsLabel.setText(QCoreApplication.translate("SolutionsPage", u"Savings (VND/year)", None))
        self.netLabel.setText(QCoreApplication.translate("SolutionsPage", u"Net savings (VND/year)", None))
        self.paybackLabel.setText(QCoreApplication.translate("SolutionsPage", u"Payback (years)", None))
        self.npvLabel.setText(QCoreApplication.translate("SolutionsPage", u"NPV (VND)", None))
        self.co2Label.setText(QCoreApplication.translate("SolutionsPage", u"Fossil CO\u2082 avoided (t/year)", None))
        self.nowLabel.setText(QCoreApplication.translate("SolutionsPage", u"Solutions to implement now", None))
        self.nowNetLabel.setText(QCoreApplication.translate("SolutionsPage", u"Their net savings (VND/year)", None))
        pass
    # retranslateUi

