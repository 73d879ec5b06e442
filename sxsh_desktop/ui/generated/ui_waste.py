# Generated from forms/ by `python -m sxsh_desktop.ui.build_forms`: edit the .ui file.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

class Ui_WastePage(object):
    def setupUi(self, WastePage):
        if not WastePage.objectName():
            WastePage.setObjectName(u"WastePage")
        WastePage.resize(1100, 620)
        self.pageLayout = QVBoxLayout(WastePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 8, 8, 8)
        self.wasteSplitter = QSplitter(WastePage)
        self.wasteSplitter.setObjectName(u"wasteSplitter")
        self.wasteSplitter.setOrientation(Qt.Vertical)
        self.wasteSplitter.setChildrenCollapsible(False)
        self.streamsPanel = QWidget(self.wasteSplitter)
        self.streamsPanel.setObjectName(u"streamsPanel")
        self.streamsLayout = QVBoxLayout(self.streamsPanel)
        self.streamsLayout.setObjectName(u"streamsLayout")
        self.streamsLayout.setContentsMargins(0, 0, 0, 4)
        self.streamsTitle = QLabel(self.streamsPanel)
        self.streamsTitle.setObjectName(u"streamsTitle")

        self.streamsLayout.addWidget(self.streamsTitle)

        self.streamsHost = QWidget(self.streamsPanel)
        self.streamsHost.setObjectName(u"streamsHost")

        self.streamsLayout.addWidget(self.streamsHost)

        self.wasteTotals = QLabel(self.streamsPanel)
        self.wasteTotals.setObjectName(u"wasteTotals")
        self.wasteTotals.setText(u"\u2014")

        self.streamsLayout.addWidget(self.wasteTotals)

        self.wasteSplitter.addWidget(self.streamsPanel)
        self.detailSplitter = QSplitter(self.wasteSplitter)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Horizontal)
        self.detailSplitter.setChildrenCollapsible(False)
        self.causesPanel = QWidget(self.detailSplitter)
        self.causesPanel.setObjectName(u"causesPanel")
        self.causesLayout = QVBoxLayout(self.causesPanel)
        self.causesLayout.setObjectName(u"causesLayout")
        self.causesLayout.setContentsMargins(0, 0, 4, 0)
        self.causesTitle = QLabel(self.causesPanel)
        self.causesTitle.setObjectName(u"causesTitle")
        self.causesTitle.setText(u"\u2014")
        self.causesTitle.setWordWrap(True)

        self.causesLayout.addWidget(self.causesTitle)

        self.causesHost = QWidget(self.causesPanel)
        self.causesHost.setObjectName(u"causesHost")

        self.causesLayout.addWidget(self.causesHost)

        self.detailSplitter.addWidget(self.causesPanel)
        self.suggestionsPanel = QWidget(self.detailSplitter)
        self.suggestionsPanel.setObjectName(u"suggestionsPanel")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsPanel)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsLayout.setContentsMargins(4, 0, 4, 0)
        self.suggestionsTitle = QLabel(self.suggestionsPanel)
        self.suggestionsTitle.setObjectName(u"suggestionsTitle")
        self.suggestionsTitle.setText(u"\u2014")
        self.suggestionsTitle.setWordWrap(True)

        self.suggestionsLayout.addWidget(self.suggestionsTitle)

        self.suggestionsHost = QWidget(self.suggestionsPanel)
        self.suggestionsHost.setObjectName(u"suggestionsHost")

        self.suggestionsLayout.addWidget(self.suggestionsHost)

        self.suggestionButtons = QHBoxLayout()
        self.suggestionButtons.setObjectName(u"suggestionButtons")
        self.addSuggestionButton = QPushButton(self.suggestionsPanel)
        self.addSuggestionButton.setObjectName(u"addSuggestionButton")

        self.suggestionButtons.addWidget(self.addSuggestionButton)

        self.suggestionMessage = QLabel(self.suggestionsPanel)
        self.suggestionMessage.setObjectName(u"suggestionMessage")
        self.suggestionMessage.setWordWrap(True)

        self.suggestionButtons.addWidget(self.suggestionMessage)


        self.suggestionsLayout.addLayout(self.suggestionButtons)

        self.detailSplitter.addWidget(self.suggestionsPanel)
        self.photosPanel = QWidget(self.detailSplitter)
        self.photosPanel.setObjectName(u"photosPanel")
        self.photosLayout = QVBoxLayout(self.photosPanel)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosLayout.setContentsMargins(4, 0, 0, 0)
        self.photosTitle = QLabel(self.photosPanel)
        self.photosTitle.setObjectName(u"photosTitle")

        self.photosLayout.addWidget(self.photosTitle)

        self.wastePhotosHost = QWidget(self.photosPanel)
        self.wastePhotosHost.setObjectName(u"wastePhotosHost")

        self.photosLayout.addWidget(self.wastePhotosHost)

        self.detailSplitter.addWidget(self.photosPanel)
        self.wasteSplitter.addWidget(self.detailSplitter)

        self.pageLayout.addWidget(self.wasteSplitter)


        self.retranslateUi(WastePage)

        QMetaObject.connectSlotsByName(WastePage)
    # setupUi

    def retranslateUi(self, WastePage):
        self.streamsTitle.setText(QCoreApplication.translate("WastePage", u"<b>Waste streams</b> \u2014 quantity, cost per year; tick the focus streams to work on", None))
        self.addSuggestionButton.setText(QCoreApplication.translate("WastePage", u"&Add as a solution", None))
        self.photosTitle.setText(QCoreApplication.translate("WastePage", u"<b>Photos of the waste stream</b>", None))
        pass
    # retranslateUi

