# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pack_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PackDialog(object):
    def setupUi(self, PackDialog):
        if not PackDialog.objectName():
            PackDialog.setObjectName(u"PackDialog")
        PackDialog.resize(600, 700)
        self.verticalLayout = QVBoxLayout(PackDialog)
        self.verticalLayout.setSpacing(12)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(20, 18, 20, 16)
        self.meetingLabel = QLabel(PackDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setTextFormat(Qt.TextFormat.RichText)
        self.meetingLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.meetingLabel)

        self.contentGroup = QGroupBox(PackDialog)
        self.contentGroup.setObjectName(u"contentGroup")
        self.contentLayout = QVBoxLayout(self.contentGroup)
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setSpacing(20)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.wholeRadio = QRadioButton(self.contentGroup)
        self.wholeRadio.setObjectName(u"wholeRadio")
        self.wholeRadio.setChecked(True)

        self.scopeLayout.addWidget(self.wholeRadio)

        self.chosenRadio = QRadioButton(self.contentGroup)
        self.chosenRadio.setObjectName(u"chosenRadio")

        self.scopeLayout.addWidget(self.chosenRadio)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeLayout.addItem(self.scopeSpacer)


        self.contentLayout.addLayout(self.scopeLayout)

        self.itemsList = QListWidget(self.contentGroup)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setEnabled(False)
        self.itemsList.setMinimumSize(QSize(0, 120))
        self.itemsList.setAlternatingRowColors(True)
        self.itemsList.setWordWrap(True)

        self.contentLayout.addWidget(self.itemsList)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesForm.setHorizontalSpacing(12)
        self.notesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.notesLabel = QLabel(self.contentGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesCombo = QComboBox(self.contentGroup)
        self.notesCombo.setObjectName(u"notesCombo")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesCombo)


        self.contentLayout.addLayout(self.notesForm)

        self.appendixCheck = QCheckBox(self.contentGroup)
        self.appendixCheck.setObjectName(u"appendixCheck")

        self.contentLayout.addWidget(self.appendixCheck)

        self.confidentialCheck = QCheckBox(self.contentGroup)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.contentLayout.addWidget(self.confidentialCheck)

        self.confidentialWarning = QLabel(self.contentGroup)
        self.confidentialWarning.setObjectName(u"confidentialWarning")
        self.confidentialWarning.setTextFormat(Qt.TextFormat.RichText)
        self.confidentialWarning.setWordWrap(True)

        self.contentLayout.addWidget(self.confidentialWarning)


        self.verticalLayout.addWidget(self.contentGroup)

        self.markingGroup = QGroupBox(PackDialog)
        self.markingGroup.setObjectName(u"markingGroup")
        self.markingLayout = QVBoxLayout(self.markingGroup)
        self.markingLayout.setSpacing(8)
        self.markingLayout.setObjectName(u"markingLayout")
        self.memberLayout = QHBoxLayout()
        self.memberLayout.setSpacing(10)
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberCheck = QCheckBox(self.markingGroup)
        self.memberCheck.setObjectName(u"memberCheck")

        self.memberLayout.addWidget(self.memberCheck)

        self.memberEdit = QLineEdit(self.markingGroup)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setClearButtonEnabled(True)

        self.memberLayout.addWidget(self.memberEdit)


        self.markingLayout.addLayout(self.memberLayout)

        self.draftCheck = QCheckBox(self.markingGroup)
        self.draftCheck.setObjectName(u"draftCheck")

        self.markingLayout.addWidget(self.draftCheck)

        self.duplexCheck = QCheckBox(self.markingGroup)
        self.duplexCheck.setObjectName(u"duplexCheck")

        self.markingLayout.addWidget(self.duplexCheck)


        self.verticalLayout.addWidget(self.markingGroup)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setSpacing(10)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(PackDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(160, 16777215))
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.progressLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(PackDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progressLayout.addWidget(self.statusLabel)


        self.verticalLayout.addLayout(self.progressLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveButton = QPushButton(PackDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(PackDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openButton)

        self.printButton = QPushButton(PackDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PackDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.verticalLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.notesLabel.setBuddy(self.notesCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wholeRadio, self.chosenRadio)
        QWidget.setTabOrder(self.chosenRadio, self.itemsList)
        QWidget.setTabOrder(self.itemsList, self.notesCombo)
        QWidget.setTabOrder(self.notesCombo, self.appendixCheck)
        QWidget.setTabOrder(self.appendixCheck, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.memberCheck)
        QWidget.setTabOrder(self.memberCheck, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.draftCheck)
        QWidget.setTabOrder(self.draftCheck, self.duplexCheck)
        QWidget.setTabOrder(self.duplexCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(PackDialog)
        self.closeButton.clicked.connect(PackDialog.reject)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(PackDialog)
    # setupUi

    def retranslateUi(self, PackDialog):
        PackDialog.setWindowTitle(QCoreApplication.translate("PackDialog", u"Skriv ut m\u00f6teshandlingar", None))
#if QT_CONFIG(accessibility)
        PackDialog.setAccessibleName(QCoreApplication.translate("PackDialog", u"Skriv ut m\u00f6teshandlingar", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText("")
        self.contentGroup.setTitle(QCoreApplication.translate("PackDialog", u"Inneh\u00e5ll", None))
#if QT_CONFIG(accessibility)
        self.contentGroup.setAccessibleName(QCoreApplication.translate("PackDialog", u"Inneh\u00e5ll", None))
#endif // QT_CONFIG(accessibility)
        self.wholeRadio.setText(QCoreApplication.translate("PackDialog", u"&Hela sammantr\u00e4det", None))
#if QT_CONFIG(accessibility)
        self.wholeRadio.setAccessibleName(QCoreApplication.translate("PackDialog", u"Hela sammantr\u00e4det", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.wholeRadio.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Ta med alla \u00e4renden p\u00e5 f\u00f6redragningslistan.", None))
#endif // QT_CONFIG(accessibility)
        self.chosenRadio.setText(QCoreApplication.translate("PackDialog", u"&Valda \u00e4renden", None))
#if QT_CONFIG(accessibility)
        self.chosenRadio.setAccessibleName(QCoreApplication.translate("PackDialog", u"Valda \u00e4renden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chosenRadio.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Ta bara med de \u00e4renden som \u00e4r ikryssade i listan.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemsList.setAccessibleName(QCoreApplication.translate("PackDialog", u"\u00c4renden att ta med", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemsList.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Mellanslag kryssar i eller ur det markerade \u00e4rendet.", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("PackDialog", u"&Anteckningar och flaggade fr\u00e5gor", None))
#if QT_CONFIG(accessibility)
        self.notesCombo.setAccessibleName(QCoreApplication.translate("PackDialog", u"Anteckningar och flaggade fr\u00e5gor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesCombo.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Om och var dina egna anteckningar och fr\u00e5gor ska st\u00e5.", None))
#endif // QT_CONFIG(accessibility)
        self.appendixCheck.setText(QCoreApplication.translate("PackDialog", u"&Bilaga med nyckeltal och budget", None))
#if QT_CONFIG(accessibility)
        self.appendixCheck.setAccessibleName(QCoreApplication.translate("PackDialog", u"Bilaga med nyckeltal och budget", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appendixCheck.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"L\u00e4gger till organets nyckeltal och budgettabeller sist.", None))
#endif // QT_CONFIG(accessibility)
        self.confidentialCheck.setText(QCoreApplication.translate("PackDialog", u"Ta med s&ekretess\u00e4renden", None))
#if QT_CONFIG(accessibility)
        self.confidentialCheck.setAccessibleName(QCoreApplication.translate("PackDialog", u"Ta med sekretess\u00e4renden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confidentialCheck.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"D\u00e5 m\u00e4rks varje sida SEKRETESS.", None))
#endif // QT_CONFIG(accessibility)
        self.confidentialWarning.setText("")
#if QT_CONFIG(accessibility)
        self.confidentialWarning.setAccessibleName(QCoreApplication.translate("PackDialog", u"Varning om sekretess", None))
#endif // QT_CONFIG(accessibility)
        self.markingGroup.setTitle(QCoreApplication.translate("PackDialog", u"M\u00e4rkning och utskrift", None))
#if QT_CONFIG(accessibility)
        self.markingGroup.setAccessibleName(QCoreApplication.translate("PackDialog", u"M\u00e4rkning och utskrift", None))
#endif // QT_CONFIG(accessibility)
        self.memberCheck.setText(QCoreApplication.translate("PackDialog", u"&Personligt exemplar f\u00f6r", None))
#if QT_CONFIG(accessibility)
        self.memberCheck.setAccessibleName(QCoreApplication.translate("PackDialog", u"Personligt exemplar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.memberCheck.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Varje sida f\u00e5r vattenst\u00e4mpeln \u201dPersonligt exemplar\u201d med ditt namn.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.memberEdit.setAccessibleName(QCoreApplication.translate("PackDialog", u"Namn p\u00e5 personligt exemplar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.memberEdit.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Namnet som st\u00e5r i vattenst\u00e4mpeln.", None))
#endif // QT_CONFIG(accessibility)
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("PackDialog", u"Ditt namn", None))
        self.draftCheck.setText(QCoreApplication.translate("PackDialog", u"Vattenst\u00e4mpel \u201dUT&KAST\u201d", None))
#if QT_CONFIG(accessibility)
        self.draftCheck.setAccessibleName(QCoreApplication.translate("PackDialog", u"Vattenst\u00e4mpel UTKAST", None))
#endif // QT_CONFIG(accessibility)
        self.duplexCheck.setText(QCoreApplication.translate("PackDialog", u"\u00c4renden b\u00f6rjar p\u00e5 udda sida (f\u00f6r &dubbelsidig utskrift)", None))
#if QT_CONFIG(accessibility)
        self.duplexCheck.setAccessibleName(QCoreApplication.translate("PackDialog", u"\u00c4renden b\u00f6rjar p\u00e5 udda sida", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplexCheck.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"L\u00e4gger in tomma sidor s\u00e5 att varje \u00e4rende b\u00f6rjar p\u00e5 en framsida.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("PackDialog", u"F\u00f6rlopp", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("PackDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PackDialog", u"&Spara som PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PackDialog", u"Spara som PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Skapar m\u00f6teshandlingarna och sparar dem som en PDF-fil.", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("PackDialog", u"\u00d6ppna i PDF-&l\u00e4sare", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("PackDialog", u"\u00d6ppna i PDF-l\u00e4sare", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Skapar m\u00f6teshandlingarna och \u00f6ppnar dem i datorns PDF-l\u00e4sare.", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PackDialog", u"Skriv &ut\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("PackDialog", u"Skriv ut", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleDescription(QCoreApplication.translate("PackDialog", u"Skapar m\u00f6teshandlingarna och skriver ut dem p\u00e5 en skrivare.", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("PackDialog", u"S&t\u00e4ng", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("PackDialog", u"St\u00e4ng", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

