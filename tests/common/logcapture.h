#pragma once

#include <QStringList>
#include <QtGlobal>

namespace MrAuth {

//! Collects every Qt log message while it exists, as `category type: message` lines.
//!
//! Installs a message handler and restores the previous one when destroyed. Warnings and worse
//! are also passed on to the previous handler (QtTest's, so that QTest::failOnWarning still
//! works); debug and info lines too with Forwarding::All. One at a time; messages from any
//! thread are collected.
class LogCapture
{
public:
    enum class Forwarding { WarningsAndWorse, All };

    explicit LogCapture(Forwarding forwarding = Forwarding::WarningsAndWorse);
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const;
    //! The lines that contain \a text.
    QStringList linesContaining(const QString &text) const;
    void clear();

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);

    QtMessageHandler m_previous = nullptr;
};

} // namespace MrAuth
