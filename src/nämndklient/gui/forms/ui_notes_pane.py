# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NotesPane(object):
    def setupUi(self, NotesPane):
        if not NotesPane.objectName():
            NotesPane.setObjectName(u"NotesPane")
        NotesPane.resize(340, 560)
        self.verticalLayout = QVBoxLayout(NotesPane)
        self.verticalLayout.setSpacing(10)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(16, 12, 16, 12)
        self.headingLabel = QLabel(NotesPane)
        self.headingLabel.setObjectName(u"headingLabel")

        self.verticalLayout.addWidget(self.headingLabel)

        self.notesEdit = QPlainTextEdit(NotesPane)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.verticalLayout.addWidget(self.notesEdit)

        self.saveStatusLabel = QLabel(NotesPane)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")

        self.verticalLayout.addWidget(self.saveStatusLabel)

        self.markReadButton = QPushButton(NotesPane)
        self.markReadButton.setObjectName(u"markReadButton")
        self.markReadButton.setCheckable(True)

        self.verticalLayout.addWidget(self.markReadButton)

        self.line = QFrame(NotesPane)
        self.line.setObjectName(u"line")
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.line.setFrameShadow(QFrame.Shadow.Sunken)

        self.verticalLayout.addWidget(self.line)

        self.flagCheck = QCheckBox(NotesPane)
        self.flagCheck.setObjectName(u"flagCheck")

        self.verticalLayout.addWidget(self.flagCheck)

        self.questionEdit = QPlainTextEdit(NotesPane)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)
        self.questionEdit.setMaximumSize(QSize(16777215, 120))

        self.verticalLayout.addWidget(self.questionEdit)

        self.prepButton = QPushButton(NotesPane)
        self.prepButton.setObjectName(u"prepButton")

        self.verticalLayout.addWidget(self.prepButton)

#if QT_CONFIG(shortcut)
        self.headingLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.notesEdit, self.markReadButton)
        QWidget.setTabOrder(self.markReadButton, self.flagCheck)
        QWidget.setTabOrder(self.flagCheck, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.prepButton)

        self.retranslateUi(NotesPane)

        QMetaObject.connectSlotsByName(NotesPane)
    # setupUi

    def retranslateUi(self, NotesPane):
#if QT_CONFIG(accessibility)
        NotesPane.setAccessibleName(QCoreApplication.translate("NotesPane", u"Anteckningar och fr\u00e5gor", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("NotesPane", u"<h3>Mina anteckningar</h3>", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("NotesPane", u"Mina anteckningar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleDescription(QCoreApplication.translate("NotesPane", u"Anteckningarna sparas automatiskt medan du skriver.", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("NotesPane", u"Skriv dina anteckningar h\u00e4r. De sparas medan du skriver.", None))
#if QT_CONFIG(accessibility)
        self.saveStatusLabel.setAccessibleName(QCoreApplication.translate("NotesPane", u"Sparstatus", None))
#endif // QT_CONFIG(accessibility)
        self.saveStatusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.markReadButton.setAccessibleName(QCoreApplication.translate("NotesPane", u"Markera som l\u00e4st", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.markReadButton.setAccessibleDescription(QCoreApplication.translate("NotesPane", u"Markerar \u00e4rendet som l\u00e4st. Tryck igen f\u00f6r att \u00e5ngra.", None))
#endif // QT_CONFIG(accessibility)
        self.markReadButton.setText(QCoreApplication.translate("NotesPane", u"Markera som l\u00e4st", None))
#if QT_CONFIG(accessibility)
        self.flagCheck.setAccessibleName(QCoreApplication.translate("NotesPane", u"Fr\u00e5ga p\u00e5 m\u00f6tet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flagCheck.setAccessibleDescription(QCoreApplication.translate("NotesPane", u"Flaggar \u00e4rendet; fr\u00e5gan hamnar p\u00e5 listan Mina fr\u00e5gor inf\u00f6r m\u00f6tet.", None))
#endif // QT_CONFIG(accessibility)
        self.flagCheck.setText(QCoreApplication.translate("NotesPane", u"Fr\u00e5ga p\u00e5 m\u00f6tet", None))
#if QT_CONFIG(accessibility)
        self.questionEdit.setAccessibleName(QCoreApplication.translate("NotesPane", u"Min fr\u00e5ga", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionEdit.setAccessibleDescription(QCoreApplication.translate("NotesPane", u"Fr\u00e5gan du vill st\u00e4lla om \u00e4rendet p\u00e5 m\u00f6tet.", None))
#endif // QT_CONFIG(accessibility)
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("NotesPane", u"Vad vill du fr\u00e5ga om p\u00e5 m\u00f6tet?", None))
#if QT_CONFIG(accessibility)
        self.prepButton.setAccessibleName(QCoreApplication.translate("NotesPane", u"Mina fr\u00e5gor inf\u00f6r m\u00f6tet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prepButton.setAccessibleDescription(QCoreApplication.translate("NotesPane", u"Visar alla flaggade fr\u00e5gor f\u00f6r sammantr\u00e4det.", None))
#endif // QT_CONFIG(accessibility)
        self.prepButton.setText(QCoreApplication.translate("NotesPane", u"Mina fr\u00e5gor inf\u00f6r m\u00f6tet", None))
    # retranslateUi

