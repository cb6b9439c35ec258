#pragma once

#include "recordedrequest.h"

#include <QString>

namespace MrAuth {

//! The first way \a request differs from the token request MrAuth must send for \a accountId
//! with the exact \a authorization header (protocol document, section 1; conformance case R6),
//! or an empty string when it is right. The problem text quotes no header value, so it is
//! safe to print.
QString stsRequestProblem(const RecordedRequest &request, const QString &accountId,
                          const QByteArray &authorization);

//! True when \a cv is 22 characters of the standard base64 alphabet, checked independently of
//! the library's own CorrelationVector::isValid().
bool looksLikeCorrelationVector(const QByteArray &cv);

} // namespace MrAuth
