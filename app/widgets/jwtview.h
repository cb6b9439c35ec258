#pragma once

#include "tokeninspection.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace MrAuth {

//! Shows a decoded JWT: whether it is valid now, its header and claims with what each means,
//! and `iat`, `nbf` and `exp` as local and UTC times with the relative time.
class JwtView : public QWidget
{
    Q_OBJECT
public:
    explicit JwtView(QWidget *parent = nullptr);
    ~JwtView() override;

    //! Decodes and shows \a token as of \a now (UTC).
    void setToken(const QString &token, const QDateTime &now);
    void clear();
    TokenInspection inspection() const { return m_inspection; }

private:
    void fill(QTreeWidget *view, const QList<TokenInspection::Field> &fields);

    TokenInspection m_inspection;
    QDateTime m_now;
    QLabel *m_validityLabel = nullptr;
    QTreeWidget *m_headerView = nullptr;
    QTreeWidget *m_claimsView = nullptr;
};

} // namespace MrAuth
