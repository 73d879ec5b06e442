# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStatusBar,
    QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionNewEnterprise = QAction(MainWindow)
        self.actionNewEnterprise.setObjectName(u"actionNewEnterprise")
#if QT_CONFIG(shortcut)
        self.actionNewEnterprise.setShortcut(u"Ctrl+Shift+N")
#endif // QT_CONFIG(shortcut)
        self.actionEditEnterprise = QAction(MainWindow)
        self.actionEditEnterprise.setObjectName(u"actionEditEnterprise")
#if QT_CONFIG(shortcut)
        self.actionEditEnterprise.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionNewAssessment = QAction(MainWindow)
        self.actionNewAssessment.setObjectName(u"actionNewAssessment")
#if QT_CONFIG(shortcut)
        self.actionNewAssessment.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionOpenAssessment = QAction(MainWindow)
        self.actionOpenAssessment.setObjectName(u"actionOpenAssessment")
#if QT_CONFIG(shortcut)
        self.actionOpenAssessment.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionDuplicateAssessment = QAction(MainWindow)
        self.actionDuplicateAssessment.setObjectName(u"actionDuplicateAssessment")
#if QT_CONFIG(shortcut)
        self.actionDuplicateAssessment.setShortcut(u"Ctrl+D")
#endif // QT_CONFIG(shortcut)
        self.actionDeleteAssessment = QAction(MainWindow)
        self.actionDeleteAssessment.setObjectName(u"actionDeleteAssessment")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.registryGroup = QGroupBox(self.splitter)
        self.registryGroup.setObjectName(u"registryGroup")
        self.registryLayout = QVBoxLayout(self.registryGroup)
        self.registryLayout.setObjectName(u"registryLayout")
        self.searchEdit = QLineEdit(self.registryGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.registryLayout.addWidget(self.searchEdit)

        self.registryView = QTableView(self.registryGroup)
        self.registryView.setObjectName(u"registryView")
        self.registryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registryView.setAlternatingRowColors(True)
        self.registryView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registryView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registryView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.registryView.setWordWrap(False)
        self.registryView.horizontalHeader().setHighlightSections(False)
        self.registryView.verticalHeader().setVisible(False)

        self.registryLayout.addWidget(self.registryView)

        self.registryButtons = QHBoxLayout()
        self.registryButtons.setObjectName(u"registryButtons")
        self.countLabel = QLabel(self.registryGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.registryButtons.addWidget(self.countLabel)

        self.registrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registryButtons.addItem(self.registrySpacer)

        self.newEnterpriseButton = QPushButton(self.registryGroup)
        self.newEnterpriseButton.setObjectName(u"newEnterpriseButton")

        self.registryButtons.addWidget(self.newEnterpriseButton)

        self.editEnterpriseButton = QPushButton(self.registryGroup)
        self.editEnterpriseButton.setObjectName(u"editEnterpriseButton")

        self.registryButtons.addWidget(self.editEnterpriseButton)


        self.registryLayout.addLayout(self.registryButtons)

        self.splitter.addWidget(self.registryGroup)
        self.assessmentsGroup = QGroupBox(self.splitter)
        self.assessmentsGroup.setObjectName(u"assessmentsGroup")
        self.assessmentsLayout = QVBoxLayout(self.assessmentsGroup)
        self.assessmentsLayout.setObjectName(u"assessmentsLayout")
        self.enterpriseTitle = QLabel(self.assessmentsGroup)
        self.enterpriseTitle.setObjectName(u"enterpriseTitle")
        self.enterpriseTitle.setWordWrap(True)
        self.enterpriseTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assessmentsLayout.addWidget(self.enterpriseTitle)

        self.enterpriseDetails = QLabel(self.assessmentsGroup)
        self.enterpriseDetails.setObjectName(u"enterpriseDetails")
        self.enterpriseDetails.setWordWrap(True)
        self.enterpriseDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assessmentsLayout.addWidget(self.enterpriseDetails)

        self.assessmentsView = QTableView(self.assessmentsGroup)
        self.assessmentsView.setObjectName(u"assessmentsView")
        self.assessmentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assessmentsView.setAlternatingRowColors(True)
        self.assessmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assessmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessmentsView.setWordWrap(False)
        self.assessmentsView.verticalHeader().setVisible(False)

        self.assessmentsLayout.addWidget(self.assessmentsView)

        self.assessmentButtons = QGridLayout()
        self.assessmentButtons.setObjectName(u"assessmentButtons")
        self.newAssessmentButton = QPushButton(self.assessmentsGroup)
        self.newAssessmentButton.setObjectName(u"newAssessmentButton")

        self.assessmentButtons.addWidget(self.newAssessmentButton, 0, 0, 1, 1)

        self.openAssessmentButton = QPushButton(self.assessmentsGroup)
        self.openAssessmentButton.setObjectName(u"openAssessmentButton")

        self.assessmentButtons.addWidget(self.openAssessmentButton, 0, 1, 1, 1)

        self.duplicateAssessmentButton = QPushButton(self.assessmentsGroup)
        self.duplicateAssessmentButton.setObjectName(u"duplicateAssessmentButton")

        self.assessmentButtons.addWidget(self.duplicateAssessmentButton, 1, 0, 1, 1)

        self.deleteAssessmentButton = QPushButton(self.assessmentsGroup)
        self.deleteAssessmentButton.setObjectName(u"deleteAssessmentButton")

        self.assessmentButtons.addWidget(self.deleteAssessmentButton, 1, 1, 1, 1)


        self.assessmentsLayout.addLayout(self.assessmentButtons)

        self.splitter.addWidget(self.assessmentsGroup)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.assessmentMenu = QMenu(self.menuBar)
        self.assessmentMenu.setObjectName(u"assessmentMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.searchEdit, self.registryView)
        QWidget.setTabOrder(self.registryView, self.newEnterpriseButton)
        QWidget.setTabOrder(self.newEnterpriseButton, self.editEnterpriseButton)
        QWidget.setTabOrder(self.editEnterpriseButton, self.assessmentsView)
        QWidget.setTabOrder(self.assessmentsView, self.newAssessmentButton)
        QWidget.setTabOrder(self.newAssessmentButton, self.openAssessmentButton)
        QWidget.setTabOrder(self.openAssessmentButton, self.duplicateAssessmentButton)
        QWidget.setTabOrder(self.duplicateAssessmentButton, self.deleteAssessmentButton)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.assessmentMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionNewEnterprise)
        self.fileMenu.addAction(self.actionEditEnterprise)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionOpenDatabase)
        self.fileMenu.addAction(self.actionSettings)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.assessmentMenu.addAction(self.actionNewAssessment)
        self.assessmentMenu.addAction(self.actionOpenAssessment)
        self.assessmentMenu.addAction(self.actionDuplicateAssessment)
        self.assessmentMenu.addAction(self.actionDeleteAssessment)
        self.viewMenu.addAction(self.actionFind)
        self.viewMenu.addAction(self.actionRefresh)
        self.helpMenu.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"SXSH Desktop", None))
        self.actionNewEnterprise.setText(QCoreApplication.translate("MainWindow", u"&New enterprise\u2026", None))
        self.actionEditEnterprise.setText(QCoreApplication.translate("MainWindow", u"&Edit enterprise\u2026", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"Open &database file\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionNewAssessment.setText(QCoreApplication.translate("MainWindow", u"&New assessment", None))
        self.actionOpenAssessment.setText(QCoreApplication.translate("MainWindow", u"&Open assessment", None))
        self.actionDuplicateAssessment.setText(QCoreApplication.translate("MainWindow", u"D&uplicate assessment", None))
        self.actionDeleteAssessment.setText(QCoreApplication.translate("MainWindow", u"&Delete assessment\u2026", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find enterprise", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About SXSH Desktop", None))
        self.registryGroup.setTitle(QCoreApplication.translate("MainWindow", u"Enterprise registry", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search by name, short name, tax code or commune (diacritics optional)", None))
        self.newEnterpriseButton.setText(QCoreApplication.translate("MainWindow", u"New enterprise\u2026", None))
        self.editEnterpriseButton.setText(QCoreApplication.translate("MainWindow", u"Edit enterprise\u2026", None))
        self.assessmentsGroup.setTitle(QCoreApplication.translate("MainWindow", u"Assessments", None))
        self.newAssessmentButton.setText(QCoreApplication.translate("MainWindow", u"New assessment", None))
        self.openAssessmentButton.setText(QCoreApplication.translate("MainWindow", u"Open", None))
        self.duplicateAssessmentButton.setText(QCoreApplication.translate("MainWindow", u"Duplicate", None))
        self.deleteAssessmentButton.setText(QCoreApplication.translate("MainWindow", u"Delete\u2026", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.assessmentMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Assessment", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

