#include "accountdialog.h"

#include "appicons.h"
#include "requestlog.h"
#include "secretstore.h"
#include "statestyle.h"
#include "timeformat.h"

#include <mrauth/accountdomain.h>
#include <mrauth/mixedrealitystsclientoptions.h>
#include <mrauth/tokenreply.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <memory>

namespace MrAuth {

namespace {

template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

constexpr int customRegionIndexData = -1;

} // namespace

AccountDialog::AccountDialog(Mode mode, const Account &account, const Context &context,
                             QWidget *parent)
    : QDialog(parent), m_mode(mode), m_original(account), m_context(context)
{
    setObjectName(QStringLiteral("accountDialog"));
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Account"));
        m_uuid = QUuid::createUuid();
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Account — %1").arg(account.displayName()));
        m_uuid = account.uuid();
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Account — %1").arg(account.displayName()));
        m_uuid = QUuid::createUuid();
        break;
    }
    setAccessibleName(windowTitle());
    setMinimumWidth(620);
    buildForm();
    if (mode == Mode::Add) {
        Account defaults = Account::create();
        defaults.setAccountDomain(AccountDomain::forRegion(QStringLiteral("eastus")));
        defaults.setAutoRefresh(context.autoRefreshDefault);
        load(defaults);
    } else {
        Account source = account;
        if (mode == Mode::Duplicate)
            source.setDisplayName(tr("%1 (copy)").arg(account.displayName()));
        load(source);
        loadSecrets(account.uuid());
    }
    m_name->setFocus();
}

AccountDialog::~AccountDialog()
{
    if (m_testReply) {
        m_testReply->disconnect(this);
        m_testReply->abort();
        delete m_testReply;
    }
    // Overwrite the keys and the client secret before their memory is released: once the
    // field lets go of its text, this copy is the only owner and fill() writes over it.
    for (QLineEdit *edit : {m_primaryKey, m_secondaryKey, m_clientSecret}) {
        if (!edit)
            continue;
        const QSignalBlocker quiet(edit);
        QString secret = edit->text();
        edit->setText(QString());
        secret.fill(u'\0');
    }
}

QLineEdit *AccountDialog::secretEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = named(new QLineEdit(this), objectName, accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    QAction *reveal = edit->addAction(AppIcons::action(QStringLiteral("reveal"), {}, palette()),
                                      QLineEdit::TrailingPosition);
    reveal->setObjectName(objectName + QStringLiteral("RevealAction"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show %1").arg(accessibleName));
    reveal->setToolTip(tr("Show or hide %1").arg(accessibleName));
    connect(reveal, &QAction::toggled, edit, [edit](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    return edit;
}

void AccountDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);

    // Account.
    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(accountBox);
    m_name = named(new QLineEdit(accountBox), QStringLiteral("nameEdit"), tr("Name"));
    m_name->setPlaceholderText(tr("How the account appears in MrAuth"));
    form->addRow(tr("&Name:"), m_name);

    m_service = named(new QComboBox(accountBox), QStringLiteral("serviceCombo"), tr("Service"));
    for (Account::Service service :
         {Account::Service::SpatialAnchors, Account::Service::RemoteRendering,
          Account::Service::ObjectAnchors, Account::Service::Custom}) {
        Account sample;
        sample.setService(service);
        m_service->addItem(service == Account::Service::Custom ? tr("Custom…")
                                                               : sample.serviceDisplayName(),
                           int(service));
    }
    form->addRow(tr("&Service:"), m_service);
    m_customServiceName = named(new QLineEdit(accountBox), QStringLiteral("customServiceNameEdit"),
                                tr("Custom service name"));
    form->addRow(tr("Service na&me:"), m_customServiceName);
    m_customServiceUrl = named(new QLineEdit(accountBox), QStringLiteral("customServiceUrlEdit"),
                               tr("Custom service URL"));
    m_customServiceUrl->setPlaceholderText(
        tr("https://service.example.com/ (for the curl command)"));
    form->addRow(tr("Service &URL:"), m_customServiceUrl);

    m_accountId =
        named(new QLineEdit(accountBox), QStringLiteral("accountIdEdit"), tr("Account ID"));
    m_accountId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_accountIdHint = hintLabel(QStringLiteral("accountIdHintLabel"), accountBox);
    form->addRow(tr("Account &ID:"), m_accountId);
    form->addRow(QString(), m_accountIdHint);

    m_region = named(new QComboBox(accountBox), QStringLiteral("regionCombo"), tr("Region"));
    const QStringList regions = AccountDomain::knownRegions();
    for (const QString &region : regions)
        m_region->addItem(QStringLiteral("%1 — %2").arg(region, AccountDomain::forRegion(region)),
                          region);
    m_region->addItem(tr("Custom domain"), customRegionIndexData);
    form->addRow(tr("&Region:"), m_region);
    m_domain =
        named(new QLineEdit(accountBox), QStringLiteral("accountDomainEdit"), tr("Account domain"));
    m_domain->setPlaceholderText(tr("eastus.mixedreality.azure.com"));
    m_domainHint = hintLabel(QStringLiteral("accountDomainHintLabel"), accountBox);
    form->addRow(tr("Account &domain:"), m_domain);
    form->addRow(QString(), m_domainHint);
    layout->addWidget(accountBox);

    // Authentication.
    auto *authBox = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(authBox);
    auto *modeForm = new QFormLayout;
    m_authMode =
        named(new QComboBox(authBox), QStringLiteral("authModeCombo"), tr("Authentication"));
    for (Account::AuthMode mode :
         {Account::AuthMode::AccountKey, Account::AuthMode::ClientSecret,
          Account::AuthMode::DeviceCode, Account::AuthMode::InteractiveBrowser,
          Account::AuthMode::AzureCli}) {
        m_authMode->addItem(Account::authModeName(mode), int(mode));
    }
    modeForm->addRow(tr("&Sign in with:"), m_authMode);
    authLayout->addLayout(modeForm);

    m_authPages = new QStackedWidget(authBox);
    m_authPages->setObjectName(QStringLiteral("authPages"));
    auto *keyPage = new QWidget(m_authPages);
    auto *keyForm = new QFormLayout(keyPage);
    keyForm->setContentsMargins(0, 0, 0, 0);
    m_primaryKey = secretEdit(QStringLiteral("primaryKeyEdit"), tr("Primary key"));
    m_secondaryKey = secretEdit(QStringLiteral("secondaryKeyEdit"), tr("Secondary key"));
    keyForm->addRow(tr("&Primary key:"), m_primaryKey);
    keyForm->addRow(tr("S&econdary key:"), m_secondaryKey);
    auto *slotRow = new QHBoxLayout;
    m_usePrimary = named(new QRadioButton(tr("Use pr&imary"), keyPage),
                         QStringLiteral("usePrimaryKeyRadio"), tr("Use the primary key"));
    m_useSecondary = named(new QRadioButton(tr("Use secon&dary"), keyPage),
                           QStringLiteral("useSecondaryKeyRadio"), tr("Use the secondary key"));
    slotRow->addWidget(m_usePrimary);
    slotRow->addWidget(m_useSecondary);
    slotRow->addStretch();
    auto *slotLabel = new QLabel(tr("Key in use:"), keyPage);
    slotLabel->setBuddy(m_usePrimary);
    keyForm->addRow(slotLabel, slotRow);
    m_authPages->addWidget(keyPage);

    auto *aadPage = new QWidget(m_authPages);
    m_aadForm = new QFormLayout(aadPage);
    m_aadForm->setContentsMargins(0, 0, 0, 0);
    m_tenantId = named(new QLineEdit(aadPage), QStringLiteral("tenantIdEdit"), tr("Tenant ID"));
    m_tenantId->setPlaceholderText(tr("GUID or contoso.onmicrosoft.com"));
    m_clientId = named(new QLineEdit(aadPage), QStringLiteral("clientIdEdit"), tr("Client ID"));
    m_clientId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    m_clientSecret = secretEdit(QStringLiteral("clientSecretEdit"), tr("Client secret"));
    m_authorityHost =
        named(new QComboBox(aadPage), QStringLiteral("authorityHostCombo"), tr("Authority host"));
    m_authorityHost->setEditable(true);
    m_authorityHost->addItems({QStringLiteral("https://login.microsoftonline.com"),
                               QStringLiteral("https://login.microsoftonline.us"),
                               QStringLiteral("https://login.chinacloudapi.cn")});
    m_aadScope = named(new QLineEdit(aadPage), QStringLiteral("aadScopeEdit"), tr("Scope"));
    m_aadScope->setPlaceholderText(MixedRealityStsClientOptions::defaultAadScope());
    m_aadHint = hintLabel(QStringLiteral("aadHintLabel"), aadPage);
    m_aadForm->addRow(tr("&Tenant ID:"), m_tenantId);
    m_aadForm->addRow(tr("C&lient ID:"), m_clientId);
    m_aadForm->addRow(tr("Client se&cret:"), m_clientSecret);
    m_aadForm->addRow(tr("Au&thority host:"), m_authorityHost);
    m_aadForm->addRow(tr("Sc&ope:"), m_aadScope);
    m_aadForm->addRow(QString(), m_aadHint);
    m_authPages->addWidget(aadPage);
    authLayout->addWidget(m_authPages);
    m_secretsStatus = hintLabel(QStringLiteral("secretsStatusLabel"), authBox);
    authLayout->addWidget(m_secretsStatus);
    layout->addWidget(authBox);

    // Connection.
    auto *connectionBox = new QGroupBox(tr("Connection (optional)"), this);
    auto *connectionForm = new QFormLayout(connectionBox);
    m_endpoint = named(new QLineEdit(connectionBox), QStringLiteral("stsEndpointEdit"),
                       tr("Custom STS endpoint"));
    m_endpoint->setPlaceholderText(tr("https://sts.<account domain> (default)"));
    m_endpointHint = hintLabel(QStringLiteral("stsEndpointHintLabel"), connectionBox);
    connectionForm->addRow(tr("STS end&point:"), m_endpoint);
    connectionForm->addRow(QString(), m_endpointHint);
    auto *caRow = new QHBoxLayout;
    m_caFile = named(new QLineEdit(connectionBox), QStringLiteral("caCertificateEdit"),
                     tr("Extra CA certificate file"));
    m_caFile->setPlaceholderText(tr("PEM file of a private CA to trust (optional)"));
    auto *browse =
        named(new QPushButton(tr("&Browse…"), connectionBox),
              QStringLiteral("caCertificateBrowseButton"), tr("Browse for a CA certificate"));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("C&A certificate:"), connectionBox);
    caLabel->setBuddy(m_caFile);
    connectionForm->addRow(caLabel, caRow);
    m_autoRefresh = named(
        new QCheckBox(tr("Refresh the token &automatically before it expires"), connectionBox),
        QStringLiteral("autoRefreshCheck"), tr("Refresh automatically"));
    connectionForm->addRow(m_autoRefresh);
    layout->addWidget(connectionBox);

    // Test and buttons.
    auto *testRow = new QHBoxLayout;
    m_test = named(new QPushButton(tr("&Test Connection"), this),
                   QStringLiteral("testConnectionButton"), tr("Test connection"));
    m_test->setAutoDefault(false);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    m_testResult = hintLabel(QStringLiteral("testResultLabel"), this);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);

    m_problems = hintLabel(QStringLiteral("problemsLabel"), this);
    m_problems->setAccessibleName(tr("Problems"));
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_mode == Mode::Edit ? tr("&Save") : tr("&Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_service, &QComboBox::currentIndexChanged, this, &AccountDialog::onServiceChanged);
    connect(m_accountId, &QLineEdit::textChanged, this, &AccountDialog::validateAccountId);
    connect(m_region, &QComboBox::activated, this, &AccountDialog::onRegionChanged);
    connect(m_domain, &QLineEdit::textChanged, this, &AccountDialog::onDomainEdited);
    connect(m_endpoint, &QLineEdit::textChanged, this, &AccountDialog::validateEndpoint);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &AccountDialog::onAuthModeChanged);
    connect(m_tenantId, &QLineEdit::textChanged, this, &AccountDialog::validateAzureAd);
    connect(m_clientId, &QLineEdit::textChanged, this, &AccountDialog::validateAzureAd);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(path));
    });
}

void AccountDialog::load(const Account &account)
{
    m_name->setText(account.displayName());
    m_service->setCurrentIndex(m_service->findData(int(account.service())));
    m_customServiceName->setText(account.customServiceName());
    m_customServiceUrl->setText(account.customServiceUrl().toString());
    m_accountId->setText(account.accountId());
    m_domain->setText(account.accountDomain());
    m_endpoint->setText(account.customEndpoint().toString());
    m_caFile->setText(QDir::toNativeSeparators(account.caCertificateFile()));
    m_authMode->setCurrentIndex(m_authMode->findData(int(account.authMode())));
    m_usePrimary->setChecked(account.keySlot() == Account::KeySlot::Primary);
    m_useSecondary->setChecked(account.keySlot() == Account::KeySlot::Secondary);
    m_tenantId->setText(account.tenantId());
    m_clientId->setText(account.clientId());
    m_authorityHost->setCurrentText(account.authorityHost().isEmpty()
                                        ? QStringLiteral("https://login.microsoftonline.com")
                                        : account.authorityHost().toString());
    m_aadScope->setText(account.aadScope());
    m_autoRefresh->setChecked(account.isAutoRefresh());
    onServiceChanged();
    onDomainEdited(m_domain->text());
    onAuthModeChanged();
    validateAccountId();
    validateEndpoint();
}

void AccountDialog::loadSecrets(const QUuid &account)
{
    if (!m_context.secrets)
        return;
    m_secretsStatus->setText(
        tr("Reading the stored secrets from %1…").arg(m_context.secrets->location()));
    struct Pending
    {
        int remaining = 3;
        SecretError error;
    };
    auto pending = std::make_shared<Pending>();
    const QList<QPair<SecretKind, QLineEdit *>> fields{{SecretKind::PrimaryKey, m_primaryKey},
                                                       {SecretKind::SecondaryKey, m_secondaryKey},
                                                       {SecretKind::ClientSecret, m_clientSecret}};
    for (const auto &[kind, edit] : fields) {
        SecretJob *job = m_context.secrets->readSecret(account, kind);
        connect(job, &SecretJob::finished, this, [this, pending, edit = edit](SecretJob *finished) {
            --pending->remaining;
            if (finished->error().isError()) {
                if (finished->error().code() != SecretError::Code::NotFound)
                    pending->error = finished->error();
            } else if (edit->text().isEmpty()) {
                // Only where the user has not typed already.
                edit->setText(finished->secret());
            }
            if (pending->remaining > 0)
                return;
            if (pending->error.isError()) {
                m_secretsStatus->setText(
                    tr("The stored secrets could not be read: %1 Enter them again, or cancel and "
                       "retry once the keychain is available.")
                        .arg(pending->error.message()));
            } else {
                m_secretsStatus->clear();
            }
            Q_EMIT secretsLoaded();
        });
    }
}

Account AccountDialog::account() const
{
    Account account = m_mode == Mode::Edit ? m_original : Account();
    account.setUuid(m_uuid);
    account.setDisplayName(m_name->text().trimmed());
    account.setService(Account::Service(m_service->currentData().toInt()));
    const bool custom = account.service() == Account::Service::Custom;
    account.setCustomServiceName(custom ? m_customServiceName->text().trimmed() : QString());
    account.setCustomServiceUrl(
        custom ? QUrl(m_customServiceUrl->text().trimmed(), QUrl::StrictMode) : QUrl());
    account.setAccountId(m_accountId->text().trimmed().toLower());
    account.setAccountDomain(m_domain->text().trimmed().toLower());
    const QString endpoint = m_endpoint->text().trimmed();
    account.setCustomEndpoint(endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode));
    account.setCaCertificateFile(QDir::fromNativeSeparators(m_caFile->text().trimmed()));
    account.setAuthMode(Account::AuthMode(m_authMode->currentData().toInt()));
    account.setKeySlot(m_useSecondary->isChecked() ? Account::KeySlot::Secondary
                                                   : Account::KeySlot::Primary);
    const bool aad = account.usesAzureAd();
    account.setTenantId(aad ? m_tenantId->text().trimmed() : QString());
    account.setClientId(aad && account.authMode() != Account::AuthMode::AzureCli
                            ? m_clientId->text().trimmed().toLower()
                            : QString());
    const QString authority = m_authorityHost->currentText().trimmed();
    account.setAuthorityHost(!aad || authority.isEmpty() ||
                                     authority == QLatin1String("https://login.microsoftonline.com")
                                 ? QUrl()
                                 : QUrl(authority, QUrl::StrictMode));
    account.setAadScope(aad ? m_aadScope->text().trimmed() : QString());
    account.setAutoRefresh(m_autoRefresh->isChecked());
    return account;
}

AccountConnection::Secrets AccountDialog::secrets() const
{
    AccountConnection::Secrets secrets;
    const Account current = account();
    if (current.authMode() == Account::AuthMode::AccountKey) {
        secrets.accountKey = current.keySlot() == Account::KeySlot::Primary
                                 ? m_primaryKey->text().trimmed()
                                 : m_secondaryKey->text().trimmed();
    }
    if (current.authMode() == Account::AuthMode::ClientSecret)
        secrets.clientSecret = m_clientSecret->text();
    return secrets;
}

QStringList AccountDialog::problems() const
{
    const Account current = account();
    QStringList problems = current.problems();
    if (current.authMode() == Account::AuthMode::AccountKey) {
        if (current.keySlot() == Account::KeySlot::Primary &&
            m_primaryKey->text().trimmed().isEmpty())
            problems << tr("Enter the primary key, or use the secondary key.");
        if (current.keySlot() == Account::KeySlot::Secondary &&
            m_secondaryKey->text().trimmed().isEmpty())
            problems << tr("Enter the secondary key, or use the primary key.");
    }
    if (current.authMode() == Account::AuthMode::ClientSecret && m_clientSecret->text().isEmpty())
        problems << tr("Enter the client secret.");
    if (!current.caCertificateFile().isEmpty()) {
        Error error;
        AccountConnection::sslConfigurationFor(current, {}, &error);
        if (error)
            problems << error.message();
    }
    return problems;
}

void AccountDialog::setHint(QLabel *hint, QLineEdit *edit, const QString &problem,
                            const QString &ok)
{
    const QString text = problem.isEmpty() ? ok : problem;
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
    QPalette colours = hint->palette();
    colours.setColor(
        QPalette::WindowText,
        StateStyle::color(problem.isEmpty() ? TokenEntry::State::Valid : TokenEntry::State::Error,
                          edit->palette()));
    hint->setPalette(colours);
    edit->setAccessibleDescription(problem);
}

void AccountDialog::validateAccountId()
{
    const QString text = m_accountId->text();
    // While typing the first characters, say what is wanted rather than that it is wrong.
    const QString problem = Account::accountIdProblem(text);
    setHint(m_accountIdHint, m_accountId, problem,
            text.isEmpty() ? QString() : tr("✓ A valid account ID."));
}

void AccountDialog::onRegionChanged(int index)
{
    const QVariant region = m_region->itemData(index);
    if (region.typeId() == QMetaType::QString) {
        QSignalBlocker blocker(m_domain);
        m_domain->setText(AccountDomain::forRegion(region.toString()));
        m_domain->setReadOnly(false);
    } else {
        m_domain->setFocus();
        m_domain->selectAll();
    }
    validateDomain();
}

void AccountDialog::onDomainEdited(const QString &domain)
{
    // The pick-list follows what is typed: a known domain selects its region.
    const QString region = AccountDomain::regionOf(domain);
    const int index = region.isEmpty() ? m_region->count() - 1 : m_region->findData(region);
    m_region->setCurrentIndex(index);
    validateDomain();
}

void AccountDialog::validateDomain()
{
    const QString domain = m_domain->text().trimmed();
    const QString problem = Account::accountDomainProblem(domain);
    QString ok;
    if (problem.isEmpty()) {
        const QString region = AccountDomain::regionOf(domain);
        ok = region.isEmpty() ? tr("A custom domain: the STS is https://sts.%1").arg(domain)
                              : tr("✓ Region %1; the STS is https://sts.%2").arg(region, domain);
    }
    setHint(m_domainHint, m_domain, problem, ok);
}

void AccountDialog::validateEndpoint()
{
    const QString text = m_endpoint->text().trimmed();
    const QUrl url = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    setHint(m_endpointHint, m_endpoint, Account::endpointProblem(url), QString());
}

void AccountDialog::validateAzureAd()
{
    const auto mode = Account::AuthMode(m_authMode->currentData().toInt());
    if (mode == Account::AuthMode::AccountKey) {
        m_aadHint->hide();
        return;
    }
    QString problem;
    if (mode != Account::AuthMode::AzureCli || !m_tenantId->text().trimmed().isEmpty())
        problem = Account::tenantIdProblem(m_tenantId->text());
    if (problem.isEmpty() && mode != Account::AuthMode::AzureCli)
        problem = Account::clientIdProblem(m_clientId->text());
    QString ok;
    switch (mode) {
    case Account::AuthMode::DeviceCode:
        ok = tr("You will be shown a code to enter at the sign-in page on any device.");
        break;
    case Account::AuthMode::InteractiveBrowser:
        ok = tr("Your browser opens for the sign-in; the app must allow the redirect URI "
                "http://localhost.");
        break;
    case Account::AuthMode::AzureCli:
        ok = tr("Uses the account signed in with 'az login' (az must be on PATH).");
        break;
    default:
        break;
    }
    setHint(m_aadHint, m_tenantId, problem, ok);
}

void AccountDialog::onAuthModeChanged()
{
    const auto mode = Account::AuthMode(m_authMode->currentData().toInt());
    const int page = mode == Account::AuthMode::AccountKey ? 0 : 1;
    m_authPages->setCurrentIndex(page);
    // The stack is as tall as its current page, not as its tallest.
    for (int i = 0; i < m_authPages->count(); ++i) {
        m_authPages->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_authPages->adjustSize();
    m_aadForm->setRowVisible(m_clientSecret, mode == Account::AuthMode::ClientSecret);
    m_aadForm->setRowVisible(m_clientId, mode != Account::AuthMode::AzureCli);
    m_aadForm->setRowVisible(m_authorityHost, mode != Account::AuthMode::AzureCli);
    m_tenantId->setPlaceholderText(mode == Account::AuthMode::AzureCli
                                       ? tr("optional: the CLI's tenant by default")
                                       : tr("GUID or contoso.onmicrosoft.com"));
    validateAzureAd();
}

void AccountDialog::onServiceChanged()
{
    const bool custom =
        Account::Service(m_service->currentData().toInt()) == Account::Service::Custom;
    auto *form = qobject_cast<QFormLayout *>(m_customServiceName->parentWidget()->layout());
    if (form) {
        form->setRowVisible(m_customServiceName, custom);
        form->setRowVisible(m_customServiceUrl, custom);
    }
}

void AccountDialog::setBusy(bool busy, const QString &message)
{
    for (QWidget *widget : findChildren<QGroupBox *>())
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_test->setEnabled(!busy);
    if (!message.isEmpty())
        m_problems->setText(message);
}

void AccountDialog::testConnection()
{
    if (m_testReply) {
        m_testReply->abort(); // "Cancel Test"
        return;
    }
    const Account current = account();
    QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        m_testResult->setText(tr("Fix the form first: %1").arg(problems.join(u' ')));
        return;
    }
    AccountConnection::Options options = m_context.connectionOptions;
    options.clock = nullptr;
    delete m_testConnection;
    m_testConnection = new AccountConnection(current, secrets(), options, this);
    if (m_testConnection->configurationError()) {
        finishTest(m_testConnection->configurationError(), {}, 0, {}, {}, 0, 0);
        return;
    }
    connect(m_testConnection, &AccountConnection::deviceCodeReceived, this,
            [this](const DeviceCodeInfo &info) {
                m_testResult->setText(tr("Sign in: open %1 and enter the code %2. Waiting…")
                                          .arg(info.verificationUri().toString(), info.userCode()));
            });
    connect(m_testConnection, &AccountConnection::browserSignInStarted, this,
            [this](const QUrl &url) {
                m_testResult->setText(
                    tr("Waiting for the sign-in in your browser (%1)…").arg(url.host()));
            });
    m_testResult->setText(tr("Getting a token from the STS…"));
    m_test->setText(tr("Cancel &Test"));
    auto latency = std::make_shared<QElapsedTimer>();
    latency->start();
    TokenReply *reply = m_testConnection->credential()->getToken();
    m_testReply = reply;
    connect(reply, &TokenReply::finished, this, [this, reply, latency] {
        reply->deleteLater();
        m_testReply = nullptr;
        finishTest(reply->errorInfo(), reply->accessToken(), reply->httpStatus(),
                   reply->requestCorrelationVector(), reply->responseCorrelationVector(),
                   latency->elapsed(), reply->attempts());
    });
}

void AccountDialog::finishTest(const Error &error, const AccessToken &token, int httpStatus,
                               const QString &requestCv, const QString &responseCv,
                               qint64 latencyMs, int attempts)
{
    m_test->setText(tr("&Test Connection"));
    const QString cvs =
        tr("X-MRC-CV: %1\nMS-CV: %2")
            .arg(requestCv.isEmpty() ? error.requestCorrelationVector() : requestCv,
                 responseCv.isEmpty() ? error.responseCorrelationVector() : responseCv);
    QPalette colours = m_testResult->palette();
    if (!error.isError()) {
        m_testResult->setText(tr("✓ The STS issued a token, valid until %1 (%2 ms).\n%3")
                                  .arg(TimeFormat::localDateTime(token.expiresOn()))
                                  .arg(latencyMs)
                                  .arg(cvs));
        colours.setColor(QPalette::WindowText,
                         StateStyle::color(TokenEntry::State::Valid, palette()));
    } else if (error.code() == Error::Code::Canceled) {
        m_testResult->setText(tr("The test was cancelled."));
        colours = palette();
    } else {
        QString text = tr("✗ %1: %2").arg(Error::codeName(error.code()), error.message());
        if (error.httpStatus() != 0)
            text += tr("\nHTTP status: %1").arg(error.httpStatus());
        if (!error.wwwAuthenticate().isEmpty() &&
            !error.message().contains(error.wwwAuthenticate()))
            text += tr("\nWWW-Authenticate: %1").arg(error.wwwAuthenticate());
        text += u'\n' + cvs;
        m_testResult->setText(text);
        colours.setColor(QPalette::WindowText,
                         StateStyle::color(TokenEntry::State::Error, palette()));
    }
    m_testResult->setPalette(colours);
    if (m_context.log && (attempts > 0 || error.code() != Error::Code::InvalidArgument)) {
        m_context.log->append(RequestLogEntry::fromResult(
            m_uuid, m_name->text().trimmed(), tr("test connection"), error, httpStatus, requestCv,
            responseCv, latencyMs, attempts, QDateTime::currentDateTimeUtc()));
    }
    Q_EMIT connectionTested(error);
}

void AccountDialog::accept()
{
    const QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        QPalette colours = m_problems->palette();
        colours.setColor(QPalette::WindowText,
                         StateStyle::color(TokenEntry::State::Error, palette()));
        m_problems->setPalette(colours);
        // Put the cursor where the first problem is.
        const Account current = account();
        if (current.displayName().isEmpty())
            m_name->setFocus();
        else if (!Account::accountIdProblem(current.accountId()).isEmpty())
            m_accountId->setFocus();
        else if (!Account::accountDomainProblem(current.accountDomain()).isEmpty())
            m_domain->setFocus();
        return;
    }
    if (!m_context.secrets) {
        QDialog::accept();
        return;
    }
    writeSecrets();
}

void AccountDialog::writeSecrets()
{
    const Account current = account();
    struct Change
    {
        SecretKind kind;
        QString value; // empty: delete
    };
    QList<Change> changes;
    const bool keys = current.authMode() == Account::AuthMode::AccountKey;
    changes << Change{SecretKind::PrimaryKey, keys ? m_primaryKey->text().trimmed() : QString()};
    changes << Change{SecretKind::SecondaryKey,
                      keys ? m_secondaryKey->text().trimmed() : QString()};
    changes << Change{SecretKind::ClientSecret,
                      current.authMode() == Account::AuthMode::ClientSecret ? m_clientSecret->text()
                                                                            : QString()};
    // A user sign-in belongs to its tenant and application.
    if (m_mode != Mode::Edit || !current.sameConnectionAs(m_original))
        changes << Change{SecretKind::RefreshToken, QString()};

    setBusy(true, tr("Storing the secrets in %1…").arg(m_context.secrets->location()));
    m_pendingWrites = int(changes.size());
    m_writeFailed = false;
    for (const Change &change : changes) {
        SecretJob *job = change.value.isEmpty()
                             ? m_context.secrets->deleteSecret(m_uuid, change.kind)
                             : m_context.secrets->writeSecret(m_uuid, change.kind, change.value);
        connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
            --m_pendingWrites;
            if (finished->error().isError() && !m_writeFailed) {
                m_writeFailed = true;
                setBusy(false);
                m_problems->setText(tr("The secrets could not be stored, so the account was not "
                                       "saved: %1")
                                        .arg(finished->error().message()));
                QPalette colours = m_problems->palette();
                colours.setColor(QPalette::WindowText,
                                 StateStyle::color(TokenEntry::State::Error, palette()));
                m_problems->setPalette(colours);
            }
            if (m_pendingWrites == 0 && !m_writeFailed)
                QDialog::accept();
        });
    }
}

void AccountDialog::reject()
{
    if (m_testReply)
        m_testReply->abort();
    QDialog::reject();
}

} // namespace MrAuth
