# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWizard, QWizardPage

from equity_desktop.gui.column_mapping import ColumnMappingPanel

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 620)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileLayout.addLayout(self.fileRow)

        self.fileProblem = QLabel(self.filePage)
        self.fileProblem.setObjectName(u"fileProblem")
        self.fileProblem.setWordWrap(True)
        self.fileProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileLayout.addWidget(self.fileProblem)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        ImportWizard.addPage(self.filePage)
        self.sheetPage = QWizardPage()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetLayout = QVBoxLayout(self.sheetPage)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetLabel = QLabel(self.sheetPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetRow.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.sheetPage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumContentsLength(24)

        self.sheetRow.addWidget(self.sheetCombo)

        self.headerLabel = QLabel(self.sheetPage)
        self.headerLabel.setObjectName(u"headerLabel")

        self.sheetRow.addWidget(self.headerLabel)

        self.headerSpin = QSpinBox(self.sheetPage)
        self.headerSpin.setObjectName(u"headerSpin")
        self.headerSpin.setMinimum(1)
        self.headerSpin.setMaximum(40)

        self.sheetRow.addWidget(self.headerSpin)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetSpacer)


        self.sheetLayout.addLayout(self.sheetRow)

        self.previewTable = QTableWidget(self.sheetPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.sheetLayout.addWidget(self.previewTable)

        self.sheetProblem = QLabel(self.sheetPage)
        self.sheetProblem.setObjectName(u"sheetProblem")
        self.sheetProblem.setWordWrap(True)
        self.sheetProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sheetLayout.addWidget(self.sheetProblem)

        ImportWizard.addPage(self.sheetPage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.columnsPanel = ColumnMappingPanel(self.mappingPage)
        self.columnsPanel.setObjectName(u"columnsPanel")

        self.mappingLayout.addWidget(self.columnsPanel)

        ImportWizard.addPage(self.mappingPage)
        self.schoolPage = QWizardPage()
        self.schoolPage.setObjectName(u"schoolPage")
        self.schoolLayout = QFormLayout(self.schoolPage)
        self.schoolLayout.setObjectName(u"schoolLayout")
        self.schoolLabel = QLabel(self.schoolPage)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.schoolLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolCombo = QComboBox(self.schoolPage)
        self.schoolCombo.setObjectName(u"schoolCombo")
        self.schoolCombo.setMinimumContentsLength(40)

        self.schoolLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolCombo)

        self.yearLabel = QLabel(self.schoolPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.schoolLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.schoolPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setEditable(True)

        self.schoolLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.compareLabel = QLabel(self.schoolPage)
        self.compareLabel.setObjectName(u"compareLabel")

        self.schoolLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.compareLabel)

        self.referenceCombo = QComboBox(self.schoolPage)
        self.referenceCombo.setObjectName(u"referenceCombo")

        self.schoolLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceCombo)

        self.referenceLabel = QLabel(self.schoolPage)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setWordWrap(True)

        self.schoolLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.referenceLabel)

        self.outcomeBox = QGroupBox(self.schoolPage)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QVBoxLayout(self.outcomeBox)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeIntro = QLabel(self.outcomeBox)
        self.outcomeIntro.setObjectName(u"outcomeIntro")
        self.outcomeIntro.setWordWrap(True)

        self.outcomeLayout.addWidget(self.outcomeIntro)

        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.outcomeList = QListWidget(self.outcomeBox)
        self.outcomeList.setObjectName(u"outcomeList")
        self.outcomeList.setSpacing(3)
        self.outcomeList.setWordWrap(True)

        self.outcomeRow.addWidget(self.outcomeList)

        self.outcomeButtons = QVBoxLayout()
        self.outcomeButtons.setObjectName(u"outcomeButtons")
        self.addOutcomeButton = QPushButton(self.outcomeBox)
        self.addOutcomeButton.setObjectName(u"addOutcomeButton")

        self.outcomeButtons.addWidget(self.addOutcomeButton)

        self.removeOutcomeButton = QPushButton(self.outcomeBox)
        self.removeOutcomeButton.setObjectName(u"removeOutcomeButton")

        self.outcomeButtons.addWidget(self.removeOutcomeButton)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outcomeButtons.addItem(self.outcomeSpacer)


        self.outcomeRow.addLayout(self.outcomeButtons)


        self.outcomeLayout.addLayout(self.outcomeRow)


        self.schoolLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.outcomeBox)

        ImportWizard.addPage(self.schoolPage)
        self.reportPage = QWizardPage()
        self.reportPage.setObjectName(u"reportPage")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setObjectName(u"reportLayout")
        self.summaryLabel = QLabel(self.reportPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.summaryLabel)

        self.reportList = QListWidget(self.reportPage)
        self.reportList.setObjectName(u"reportList")
        self.reportList.setWordWrap(True)

        self.reportLayout.addWidget(self.reportList)

        ImportWizard.addPage(self.reportPage)
#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerLabel.setBuddy(self.headerSpin)
        self.schoolLabel.setBuddy(self.schoolCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.compareLabel.setBuddy(self.referenceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import Enrollment", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"1. Choose the file", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"The enrollment spreadsheet from the district or the state: Excel (.xlsx, .xls), OpenDocument (.ods) or text (.csv, .txt). It is read on this computer; nothing is sent anywhere.", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"No file chosen", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Enrollment file", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.fileProblem.setObjectName(QCoreApplication.translate("ImportWizard", u"fileProblem", None))
        self.sheetPage.setTitle(QCoreApplication.translate("ImportWizard", u"2. Choose the sheet and the header row", None))
        self.sheetPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"The first rows of the sheet as the spreadsheet shows them. The header row (highlighted) names the columns; change it if the program chose the wrong one.", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sheet:", None))
        self.headerLabel.setText(QCoreApplication.translate("ImportWizard", u"&Header row:", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"First rows of the sheet", None))
#endif // QT_CONFIG(accessibility)
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"3. Check what each column holds", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"The program's reading of each column, and why, is filled in; change any that is wrong. Columns marked \"not used\" are left out.", None))
        self.schoolPage.setTitle(QCoreApplication.translate("ImportWizard", u"4. Which school and which year", None))
        self.schoolPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Choose this review's school among the schools in the file, and the school year the numbers are for. Add outcome files if you have them.", None))
        self.schoolLabel.setText(QCoreApplication.translate("ImportWizard", u"S&chool:", None))
        self.yearLabel.setText(QCoreApplication.translate("ImportWizard", u"School &year:", None))
        self.compareLabel.setText(QCoreApplication.translate("ImportWizard", u"Compare &with:", None))
#if QT_CONFIG(accessibility)
        self.referenceCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Compare the school with", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeBox.setTitle(QCoreApplication.translate("ImportWizard", u"Outcome files (optional)", None))
        self.outcomeIntro.setText(QCoreApplication.translate("ImportWizard", u"An outcome file counts students with an outcome \u2014 gifted, AP, suspension \u2014 by group, for the same schools, such as the CRDC's \u201cGifted and Talented\u201d file. Each one adds its disproportionality to the Data & MGI page.", None))
#if QT_CONFIG(accessibility)
        self.outcomeList.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Outcome files", None))
#endif // QT_CONFIG(accessibility)
        self.addOutcomeButton.setText(QCoreApplication.translate("ImportWizard", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addOutcomeButton.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Add an outcome file", None))
#endif // QT_CONFIG(accessibility)
        self.removeOutcomeButton.setText(QCoreApplication.translate("ImportWizard", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeOutcomeButton.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Remove the outcome file", None))
#endif // QT_CONFIG(accessibility)
        self.reportPage.setTitle(QCoreApplication.translate("ImportWizard", u"5. Check the report, then import", None))
        self.reportPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Errors must be corrected in the file before it can be imported; warnings and notes are for your information.", None))
#if QT_CONFIG(accessibility)
        self.reportList.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What the reading found", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

