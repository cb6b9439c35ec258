#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace MrAuth {

class AppSettings;

//! The preferences: clipboard timeout, expiry warning, auto-refresh, proxy, language and start
//! minimised; and where settings, accounts and keychain entries live. Writes to AppSettings
//! when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    //! \a accountsFile and \a keychainLocation are shown so that users know where things are.
    SettingsDialog(AppSettings *settings, const QString &accountsFile,
                   const QString &keychainLocation, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void updateProxyFields();

    AppSettings *m_settings;
    QSpinBox *m_clipboardTimeout = nullptr;
    QSpinBox *m_expiryWarning = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QSpinBox *m_autoRefreshMargin = nullptr;
    QRadioButton *m_proxySystem = nullptr;
    QRadioButton *m_proxyNone = nullptr;
    QRadioButton *m_proxyManual = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startMinimized = nullptr;
};

} // namespace MrAuth
