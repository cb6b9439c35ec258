#include "logging_p.h"

Q_LOGGING_CATEGORY(lcMrAuthSts, "mrauth.sts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMrAuthCredential, "mrauth.credential", QtInfoMsg)
