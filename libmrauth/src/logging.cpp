#include "logging_p.h"

Q_LOGGING_CATEGORY(lcMrAuthSts, "mrauth.sts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMrAuthCredential, "mrauth.credential", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMrAuthAad, "mrauth.aad", QtWarningMsg)
