# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, QSize, Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from equity_desktop.gui.navigator import Navigator

class Ui_Workspace(object):
    def setupUi(self, Workspace):
        if not Workspace.objectName():
            Workspace.setObjectName(u"Workspace")
        Workspace.resize(1100, 700)
        self.workspaceLayout = QVBoxLayout(Workspace)
        self.workspaceLayout.setSpacing(4)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.workspaceLayout.setContentsMargins(6, 4, 6, 0)
        self.stripHost = QWidget(Workspace)
        self.stripHost.setObjectName(u"stripHost")
        self.stripLayout = QVBoxLayout(self.stripHost)
        self.stripLayout.setObjectName(u"stripLayout")
        self.stripLayout.setContentsMargins(0, 0, 0, 0)

        self.workspaceLayout.addWidget(self.stripHost)

        self.splitter = QSplitter(Workspace)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigator = Navigator(self.splitter)
        self.navigator.setObjectName(u"navigator")
        self.navigator.setMinimumSize(QSize(190, 0))
        self.navigator.setMaximumSize(QSize(320, 16777215))
        self.splitter.addWidget(self.navigator)
        self.pageStack = QStackedWidget(self.splitter)
        self.pageStack.setObjectName(u"pageStack")
        self.splitter.addWidget(self.pageStack)

        self.workspaceLayout.addWidget(self.splitter)

        self.workspaceLayout.setStretch(1, 1)

        self.retranslateUi(Workspace)

        QMetaObject.connectSlotsByName(Workspace)
    # setupUi

    def retranslateUi(self, Workspace):
        pass
    # retranslateUi

