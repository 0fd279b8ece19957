# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(480, 460)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setSpacing(14)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(20, 20, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(16)
        self.formLayout.setVerticalSpacing(12)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.textSizeLabel = QLabel(SettingsDialog)
        self.textSizeLabel.setObjectName(u"textSizeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textSizeLabel)

        self.textSizeSpin = QSpinBox(SettingsDialog)
        self.textSizeSpin.setObjectName(u"textSizeSpin")
        self.textSizeSpin.setMinimum(80)
        self.textSizeSpin.setMaximum(200)
        self.textSizeSpin.setSingleStep(10)
        self.textSizeSpin.setValue(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textSizeSpin)

        self.bodiesLabel = QLabel(SettingsDialog)
        self.bodiesLabel.setObjectName(u"bodiesLabel")
        self.bodiesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodiesLabel)

        self.bodiesList = QListWidget(SettingsDialog)
        self.bodiesList.setObjectName(u"bodiesList")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodiesList)


        self.verticalLayout.addLayout(self.formLayout)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.verticalLayout.addWidget(self.restartNote)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.textSizeLabel.setBuddy(self.textSizeSpin)
        self.bodiesLabel.setBuddy(self.bodiesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.textSizeSpin)
        QWidget.setTabOrder(self.textSizeSpin, self.bodiesList)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Inst\u00e4llningar", None))
#if QT_CONFIG(accessibility)
        SettingsDialog.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Inst\u00e4llningar", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Spr\u00e5k", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Spr\u00e5k", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Programmets spr\u00e5k. G\u00e4ller efter omstart.", None))
#endif // QT_CONFIG(accessibility)
        self.textSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Textstorlek", None))
#if QT_CONFIG(accessibility)
        self.textSizeSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Textstorlek i procent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textSizeSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"F\u00f6rstorar eller f\u00f6rminskar all text. Samma som Ctrl+plus och Ctrl+minus.", None))
#endif // QT_CONFIG(accessibility)
        self.textSizeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" %", None))
        self.bodiesLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Organ jag f\u00f6ljer", None))
#if QT_CONFIG(accessibility)
        self.bodiesList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Organ jag f\u00f6ljer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodiesList.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Kryssa i de n\u00e4mnder och styrelser vars sammantr\u00e4den ska visas. Inget ikryssat visar alla.", None))
#endif // QT_CONFIG(accessibility)
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"Byte av spr\u00e5k g\u00e4ller n\u00e4sta g\u00e5ng du startar N\u00e4mndklient.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Spara eller avbryt", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

