#pragma once

#include <QLoggingCategory>

// One category per module. Nothing logged in any of them carries a secret: Authorization
// headers and tokens are redacted where requests and responses are logged.
Q_DECLARE_LOGGING_CATEGORY(lcMrAuthSts)
Q_DECLARE_LOGGING_CATEGORY(lcMrAuthCredential)
Q_DECLARE_LOGGING_CATEGORY(lcMrAuthAad)
