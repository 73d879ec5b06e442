# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

class Ui_GeneralPage(object):
    def setupUi(self, GeneralPage):
        if not GeneralPage.objectName():
            GeneralPage.setObjectName(u"GeneralPage")
        GeneralPage.resize(1100, 620)
        self.pageLayout = QVBoxLayout(GeneralPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 8, 8, 8)
        self.enterpriseLabel = QLabel(GeneralPage)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")
        self.enterpriseLabel.setText(u"\u2014")
        self.enterpriseLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.enterpriseLabel)

        self.assessmentGroup = QGroupBox(GeneralPage)
        self.assessmentGroup.setObjectName(u"assessmentGroup")
        self.assessmentGrid = QGridLayout(self.assessmentGroup)
        self.assessmentGrid.setObjectName(u"assessmentGrid")
        self.assessmentGrid.setVerticalSpacing(4)
        self.titleLabel = QLabel(self.assessmentGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.assessmentGrid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.assessmentGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.assessmentGrid.addWidget(self.titleEdit, 0, 1, 1, 3)

        self.consultantsLabel = QLabel(self.assessmentGroup)
        self.consultantsLabel.setObjectName(u"consultantsLabel")

        self.assessmentGrid.addWidget(self.consultantsLabel, 0, 4, 1, 1)

        self.consultantsEdit = QLineEdit(self.assessmentGroup)
        self.consultantsEdit.setObjectName(u"consultantsEdit")

        self.assessmentGrid.addWidget(self.consultantsEdit, 0, 5, 1, 3)

        self.startDateLabel = QLabel(self.assessmentGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.assessmentGrid.addWidget(self.startDateLabel, 1, 0, 1, 1)

        self.startDateEdit = QLineEdit(self.assessmentGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.assessmentGrid.addWidget(self.startDateEdit, 1, 1, 1, 1)

        self.endDateLabel = QLabel(self.assessmentGroup)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.assessmentGrid.addWidget(self.endDateLabel, 1, 2, 1, 1)

        self.endDateEdit = QLineEdit(self.assessmentGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.assessmentGrid.addWidget(self.endDateEdit, 1, 3, 1, 1)

        self.baselineYearLabel = QLabel(self.assessmentGroup)
        self.baselineYearLabel.setObjectName(u"baselineYearLabel")

        self.assessmentGrid.addWidget(self.baselineYearLabel, 1, 4, 1, 1)

        self.baselineYearEdit = QLineEdit(self.assessmentGroup)
        self.baselineYearEdit.setObjectName(u"baselineYearEdit")

        self.assessmentGrid.addWidget(self.baselineYearEdit, 1, 5, 1, 1)

        self.gridYearLabel = QLabel(self.assessmentGroup)
        self.gridYearLabel.setObjectName(u"gridYearLabel")

        self.assessmentGrid.addWidget(self.gridYearLabel, 1, 6, 1, 1)

        self.gridYearCombo = QComboBox(self.assessmentGroup)
        self.gridYearCombo.setObjectName(u"gridYearCombo")

        self.assessmentGrid.addWidget(self.gridYearCombo, 1, 7, 1, 1)

        self.workingDaysLabel = QLabel(self.assessmentGroup)
        self.workingDaysLabel.setObjectName(u"workingDaysLabel")

        self.assessmentGrid.addWidget(self.workingDaysLabel, 2, 0, 1, 1)

        self.workingDaysEdit = QLineEdit(self.assessmentGroup)
        self.workingDaysEdit.setObjectName(u"workingDaysEdit")

        self.assessmentGrid.addWidget(self.workingDaysEdit, 2, 1, 1, 1)

        self.shiftsLabel = QLabel(self.assessmentGroup)
        self.shiftsLabel.setObjectName(u"shiftsLabel")

        self.assessmentGrid.addWidget(self.shiftsLabel, 2, 2, 1, 1)

        self.shiftsEdit = QLineEdit(self.assessmentGroup)
        self.shiftsEdit.setObjectName(u"shiftsEdit")

        self.assessmentGrid.addWidget(self.shiftsEdit, 2, 3, 1, 1)

        self.staffLabel = QLabel(self.assessmentGroup)
        self.staffLabel.setObjectName(u"staffLabel")

        self.assessmentGrid.addWidget(self.staffLabel, 2, 4, 1, 1)

        self.staffEdit = QLineEdit(self.assessmentGroup)
        self.staffEdit.setObjectName(u"staffEdit")

        self.assessmentGrid.addWidget(self.staffEdit, 2, 5, 1, 1)

        self.discountRateLabel = QLabel(self.assessmentGroup)
        self.discountRateLabel.setObjectName(u"discountRateLabel")

        self.assessmentGrid.addWidget(self.discountRateLabel, 2, 6, 1, 1)

        self.discountRateEdit = QLineEdit(self.assessmentGroup)
        self.discountRateEdit.setObjectName(u"discountRateEdit")

        self.assessmentGrid.addWidget(self.discountRateEdit, 2, 7, 1, 1)

        self.formMessage = QLabel(self.assessmentGroup)
        self.formMessage.setObjectName(u"formMessage")

        self.assessmentGrid.addWidget(self.formMessage, 3, 0, 1, 8)


        self.pageLayout.addWidget(self.assessmentGroup)

        self.baselineTabs = QTabWidget(GeneralPage)
        self.baselineTabs.setObjectName(u"baselineTabs")
        self.productsTab = QWidget()
        self.productsTab.setObjectName(u"productsTab")
        self.productsLayout = QVBoxLayout(self.productsTab)
        self.productsLayout.setObjectName(u"productsLayout")
        self.productsHost = QWidget(self.productsTab)
        self.productsHost.setObjectName(u"productsHost")

        self.productsLayout.addWidget(self.productsHost)

        self.baselineTabs.addTab(self.productsTab, "")
        self.consumptionTab = QWidget()
        self.consumptionTab.setObjectName(u"consumptionTab")
        self.consumptionLayout = QVBoxLayout(self.consumptionTab)
        self.consumptionLayout.setObjectName(u"consumptionLayout")
        self.consumptionHost = QWidget(self.consumptionTab)
        self.consumptionHost.setObjectName(u"consumptionHost")

        self.consumptionLayout.addWidget(self.consumptionHost)

        self.baselineTabs.addTab(self.consumptionTab, "")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamLayout = QVBoxLayout(self.teamTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamHost = QWidget(self.teamTab)
        self.teamHost.setObjectName(u"teamHost")

        self.teamLayout.addWidget(self.teamHost)

        self.baselineTabs.addTab(self.teamTab, "")

        self.pageLayout.addWidget(self.baselineTabs)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.consultantsLabel.setBuddy(self.consultantsEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.baselineYearLabel.setBuddy(self.baselineYearEdit)
        self.gridYearLabel.setBuddy(self.gridYearCombo)
        self.workingDaysLabel.setBuddy(self.workingDaysEdit)
        self.shiftsLabel.setBuddy(self.shiftsEdit)
        self.staffLabel.setBuddy(self.staffEdit)
        self.discountRateLabel.setBuddy(self.discountRateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.consultantsEdit)
        QWidget.setTabOrder(self.consultantsEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.baselineYearEdit)
        QWidget.setTabOrder(self.baselineYearEdit, self.gridYearCombo)
        QWidget.setTabOrder(self.gridYearCombo, self.workingDaysEdit)
        QWidget.setTabOrder(self.workingDaysEdit, self.shiftsEdit)
        QWidget.setTabOrder(self.shiftsEdit, self.staffEdit)
        QWidget.setTabOrder(self.staffEdit, self.discountRateEdit)
        QWidget.setTabOrder(self.discountRateEdit, self.baselineTabs)

        self.retranslateUi(GeneralPage)

        self.baselineTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GeneralPage)
    # setupUi

    def retranslateUi(self, GeneralPage):
        self.assessmentGroup.setTitle(QCoreApplication.translate("GeneralPage", u"Assessment", None))
        self.titleLabel.setText(QCoreApplication.translate("GeneralPage", u"&Title", None))
        self.consultantsLabel.setText(QCoreApplication.translate("GeneralPage", u"C&onsultants", None))
        self.consultantsEdit.setPlaceholderText(QCoreApplication.translate("GeneralPage", u"Names, separated by commas", None))
        self.startDateLabel.setText(QCoreApplication.translate("GeneralPage", u"&Start date", None))
        self.endDateLabel.setText(QCoreApplication.translate("GeneralPage", u"&End date", None))
        self.baselineYearLabel.setText(QCoreApplication.translate("GeneralPage", u"&Baseline year", None))
        self.gridYearLabel.setText(QCoreApplication.translate("GeneralPage", u"&Grid factor", None))
#if QT_CONFIG(tooltip)
        self.gridYearCombo.setToolTip(QCoreApplication.translate("GeneralPage", u"Grid emission factor used for the CO\u2082 of electricity", None))
#endif // QT_CONFIG(tooltip)
        self.workingDaysLabel.setText(QCoreApplication.translate("GeneralPage", u"&Working days/year", None))
        self.shiftsLabel.setText(QCoreApplication.translate("GeneralPage", u"S&hifts/day", None))
        self.staffLabel.setText(QCoreApplication.translate("GeneralPage", u"Staf&f", None))
        self.discountRateLabel.setText(QCoreApplication.translate("GeneralPage", u"&Discount rate (%)", None))
#if QT_CONFIG(tooltip)
        self.discountRateEdit.setToolTip(QCoreApplication.translate("GeneralPage", u"Used for the NPV of solutions that have no rate of their own", None))
#endif // QT_CONFIG(tooltip)
        self.baselineTabs.setTabText(self.baselineTabs.indexOf(self.productsTab), QCoreApplication.translate("GeneralPage", u"&Products", None))
        self.baselineTabs.setTabText(self.baselineTabs.indexOf(self.consumptionTab), QCoreApplication.translate("GeneralPage", u"Yearly &consumption", None))
        self.baselineTabs.setTabText(self.baselineTabs.indexOf(self.teamTab), QCoreApplication.translate("GeneralPage", u"CP &team", None))
        pass
    # retranslateUi

