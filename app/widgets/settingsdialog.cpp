#include "settingsdialog.h"
#include "translations.h"

#include "appsettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace MrAuth {

namespace {
template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, const QString &accountsFile,
                               const QString &keychainLocation, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    auto *tokens = new QGroupBox(tr("Tokens and clipboard"), this);
    auto *tokenForm = new QFormLayout(tokens);
    m_clipboardTimeout = named(new QSpinBox(tokens), QStringLiteral("clipboardTimeoutSpin"),
                               tr("Clear the clipboard after, in seconds"));
    m_clipboardTimeout->setRange(0, 3600);
    //: Unit after the number of seconds in a spin box; keep the space if your language uses one.
    m_clipboardTimeout->setSuffix(tr(" s"));
    m_clipboardTimeout->setSpecialValueText(tr("Never"));
    m_clipboardTimeout->setValue(int(settings->clipboardTimeout().count()));
    tokenForm->addRow(tr("&Clear clipboard after:"), m_clipboardTimeout);

    m_expiryWarning = named(new QSpinBox(tokens), QStringLiteral("expiryWarningSpin"),
                            tr("Warn when a token expires within, in minutes"));
    m_expiryWarning->setRange(0, 24 * 60);
    //: Unit after the number of minutes in a spin box; keep the space if your language uses one.
    m_expiryWarning->setSuffix(tr(" min"));
    m_expiryWarning->setValue(int(settings->expiryWarningThreshold().count() / 60));
    tokenForm->addRow(tr("&Warn when expiring within:"), m_expiryWarning);

    m_autoRefresh =
        named(new QCheckBox(tr("&Refresh tokens automatically for new accounts"), tokens),
              QStringLiteral("autoRefreshDefaultCheck"),
              tr("Refresh tokens automatically for new accounts"));
    m_autoRefresh->setChecked(settings->autoRefreshDefault());
    tokenForm->addRow(m_autoRefresh);

    m_autoRefreshMargin = named(new QSpinBox(tokens), QStringLiteral("autoRefreshMarginSpin"),
                                tr("Refresh this long before expiry, in minutes"));
    m_autoRefreshMargin->setRange(1, 12 * 60);
    //: Unit after the number of minutes in a spin box; keep the space if your language uses one.
    m_autoRefreshMargin->setSuffix(tr(" min"));
    m_autoRefreshMargin->setValue(int(qMax<qint64>(1, settings->autoRefreshMargin().count() / 60)));
    tokenForm->addRow(tr("Refresh &before expiry:"), m_autoRefreshMargin);
    layout->addWidget(tokens);

    auto *network = new QGroupBox(tr("Network proxy"), this);
    auto *networkLayout = new QVBoxLayout(network);
    m_proxySystem = named(new QRadioButton(tr("Use the &system proxy settings"), network),
                          QStringLiteral("proxySystemRadio"), tr("System proxy"));
    m_proxyNone = named(new QRadioButton(tr("&No proxy"), network),
                        QStringLiteral("proxyNoneRadio"), tr("No proxy"));
    m_proxyManual = named(new QRadioButton(tr("&Manual HTTP proxy:"), network),
                          QStringLiteral("proxyManualRadio"), tr("Manual proxy"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_proxySystem);
    group->addButton(m_proxyNone);
    group->addButton(m_proxyManual);
    networkLayout->addWidget(m_proxySystem);
    networkLayout->addWidget(m_proxyNone);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(m_proxyManual);
    m_proxyHost = named(new QLineEdit(settings->proxyHost(), network),
                        QStringLiteral("proxyHostEdit"), tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = named(new QSpinBox(network), QStringLiteral("proxyPortSpin"), tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(settings->proxyPort());
    manualRow->addWidget(m_proxyHost, 1);
    manualRow->addWidget(m_proxyPort);
    networkLayout->addLayout(manualRow);
    switch (settings->proxyMode()) {
    case AppSettings::ProxyMode::System:
        m_proxySystem->setChecked(true);
        break;
    case AppSettings::ProxyMode::None:
        m_proxyNone->setChecked(true);
        break;
    case AppSettings::ProxyMode::Manual:
        m_proxyManual->setChecked(true);
        break;
    }
    connect(group, &QButtonGroup::buttonToggled, this, &SettingsDialog::updateProxyFields);
    layout->addWidget(network);

    auto *appearance = new QGroupBox(tr("Application"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = named(new QComboBox(appearance), QStringLiteral("languageCombo"), tr("Language"));
    m_language->addItem(tr("System default"), QString());
    const QStringList languages = Translations::available();
    for (const QString &language : languages) {
        const QLocale locale(language);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), language),
                            language);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    appearanceForm->addRow(tr("&Language:"), m_language);
    auto *languageNote =
        new QLabel(tr("A new language applies when the app starts again."), appearance);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    appearanceForm->addRow(QString(), languageNote);
    m_startMinimized =
        named(new QCheckBox(tr("Start &minimised (in the tray when there is one)"), appearance),
              QStringLiteral("startMinimizedCheck"), tr("Start minimised"));
    m_startMinimized->setChecked(settings->startMinimized());
    appearanceForm->addRow(m_startMinimized);
    layout->addWidget(appearance);

    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("storageLocationsLabel"));
    where->setAccessibleName(tr("Where MrAuth keeps its data"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    where->setText(tr("Settings: %1\nAccounts (no secrets): %2\nKeys and secrets: %3")
                       .arg(QDir::toNativeSeparators(settings->filePath()),
                            QDir::toNativeSeparators(accountsFile), keychainLocation));
    layout->addWidget(where);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateProxyFields();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateProxyFields()
{
    m_proxyHost->setEnabled(m_proxyManual->isChecked());
    m_proxyPort->setEnabled(m_proxyManual->isChecked());
}

void SettingsDialog::accept()
{
    using std::chrono::seconds;
    m_settings->setClipboardTimeout(seconds(m_clipboardTimeout->value()));
    m_settings->setExpiryWarningThreshold(seconds(m_expiryWarning->value() * 60));
    m_settings->setAutoRefreshDefault(m_autoRefresh->isChecked());
    m_settings->setAutoRefreshMargin(seconds(m_autoRefreshMargin->value() * 60));
    m_settings->setProxyMode(m_proxyManual->isChecked() ? AppSettings::ProxyMode::Manual
                             : m_proxyNone->isChecked() ? AppSettings::ProxyMode::None
                                                        : AppSettings::ProxyMode::System);
    m_settings->setProxyHost(m_proxyHost->text());
    m_settings->setProxyPort(quint16(m_proxyPort->value()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setStartMinimized(m_startMinimized->isChecked());
    m_settings->sync();
    QDialog::accept();
}

} // namespace MrAuth
