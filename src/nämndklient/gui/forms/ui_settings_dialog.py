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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 680)
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

        self.securityGroup = QGroupBox(SettingsDialog)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setHorizontalSpacing(16)
        self.securityForm.setVerticalSpacing(10)
        self.securityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.encryptionStateLabel = QLabel(self.securityGroup)
        self.encryptionStateLabel.setObjectName(u"encryptionStateLabel")
        self.encryptionStateLabel.setWordWrap(True)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.encryptionStateLabel)

        self.encryptionButtons = QHBoxLayout()
        self.encryptionButtons.setObjectName(u"encryptionButtons")
        self.encryptButton = QPushButton(self.securityGroup)
        self.encryptButton.setObjectName(u"encryptButton")

        self.encryptionButtons.addWidget(self.encryptButton)

        self.changePassphraseButton = QPushButton(self.securityGroup)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.encryptionButtons.addWidget(self.changePassphraseButton)

        self.encryptionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.encryptionButtons.addItem(self.encryptionButtonsSpacer)


        self.securityForm.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.encryptionButtons)

        self.rememberKeyCheck = QCheckBox(self.securityGroup)
        self.rememberKeyCheck.setObjectName(u"rememberKeyCheck")

        self.securityForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.rememberKeyCheck)

        self.idleLabel = QLabel(self.securityGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.securityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleMinutesSpin = QSpinBox(self.securityGroup)
        self.idleMinutesSpin.setObjectName(u"idleMinutesSpin")
        self.idleMinutesSpin.setMinimum(0)
        self.idleMinutesSpin.setMaximum(480)
        self.idleMinutesSpin.setValue(10)

        self.securityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleMinutesSpin)

        self.securityProgress = QProgressBar(self.securityGroup)
        self.securityProgress.setObjectName(u"securityProgress")
        self.securityProgress.setVisible(False)
        self.securityProgress.setMinimum(0)
        self.securityProgress.setMaximum(0)
        self.securityProgress.setTextVisible(False)

        self.securityForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.securityProgress)

        self.securityMessage = QLabel(self.securityGroup)
        self.securityMessage.setObjectName(u"securityMessage")
        self.securityMessage.setWordWrap(True)
        self.securityMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.securityForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.securityMessage)


        self.verticalLayout.addWidget(self.securityGroup)

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
        self.idleLabel.setBuddy(self.idleMinutesSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.textSizeSpin)
        QWidget.setTabOrder(self.textSizeSpin, self.bodiesList)
        QWidget.setTabOrder(self.bodiesList, self.encryptButton)
        QWidget.setTabOrder(self.encryptButton, self.changePassphraseButton)
        QWidget.setTabOrder(self.changePassphraseButton, self.rememberKeyCheck)
        QWidget.setTabOrder(self.rememberKeyCheck, self.idleMinutesSpin)

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
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"S\u00e4kerhet", None))
#if QT_CONFIG(accessibility)
        self.securityGroup.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"S\u00e4kerhet", None))
#endif // QT_CONFIG(accessibility)
        self.encryptionStateLabel.setText(QCoreApplication.translate("SettingsDialog", u"Databasen \u00e4r inte krypterad.", None))
        self.encryptButton.setText(QCoreApplication.translate("SettingsDialog", u"&Kryptera databasen\u2026", None))
#if QT_CONFIG(accessibility)
        self.encryptButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Kryptera databasen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.encryptButton.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Krypterar databasen med en l\u00f6senfras. En krypterad s\u00e4kerhetskopia tas f\u00f6rst.", None))
#endif // QT_CONFIG(accessibility)
        self.changePassphraseButton.setText(QCoreApplication.translate("SettingsDialog", u"&Byt l\u00f6senfras\u2026", None))
#if QT_CONFIG(accessibility)
        self.changePassphraseButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Byt l\u00f6senfras", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changePassphraseButton.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Krypterar om databasen och dess s\u00e4kerhetskopior med en ny l\u00f6senfras.", None))
#endif // QT_CONFIG(accessibility)
        self.rememberKeyCheck.setText(QCoreApplication.translate("SettingsDialog", u"Kom ih\u00e5g nyckeln i &nyckelringen", None))
#if QT_CONFIG(accessibility)
        self.rememberKeyCheck.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Kom ih\u00e5g nyckeln i nyckelringen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rememberKeyCheck.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"Sparar den h\u00e4rledda nyckeln i operativsystemets nyckelring s\u00e5 att l\u00f6senfrasen inte beh\u00f6vs vid varje start.", None))
#endif // QT_CONFIG(accessibility)
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&L\u00e5s efter", None))
#if QT_CONFIG(accessibility)
        self.idleMinutesSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"L\u00e5s efter s\u00e5 h\u00e4r m\u00e5nga minuter utan aktivitet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idleMinutesSpin.setAccessibleDescription(QCoreApplication.translate("SettingsDialog", u"N\u00e4mndklient d\u00f6ljer allt inneh\u00e5ll och ber om l\u00f6senfrasen efter s\u00e5 h\u00e4r l\u00e5ng tid utan aktivitet. 0 betyder aldrig.", None))
#endif // QT_CONFIG(accessibility)
        self.idleMinutesSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"Aldrig", None))
        self.idleMinutesSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minuter utan aktivitet", None))
#if QT_CONFIG(accessibility)
        self.securityProgress.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"F\u00f6rlopp f\u00f6r krypteringen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.securityMessage.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Meddelande om krypteringen", None))
#endif // QT_CONFIG(accessibility)
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"Byte av spr\u00e5k g\u00e4ller n\u00e4sta g\u00e5ng du startar N\u00e4mndklient.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Spara eller avbryt", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

