#pragma once

// What the security tests share: a list of secrets to look for, in every form a careless
// program might write them (raw, percent-encoded, base64, a token's signature alone), and a
// search of text and files for them and for anything that looks like a JWT.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace MrAuth {

class SecretScan
{
public:
    //! Looks for \a value (at least 8 characters) under \a name from now on.
    void addSecret(const QString &name, const QString &value);
    //! Adds every JWT found in \a text as a token to look for; returns how many were new.
    int addTokensFrom(const QByteArray &text, const QString &namePrefix);
    int secretCount() const { return int(m_needles.size()); }

    //! The hits in \a data, one line each: "<name> (<form>) in <where>: …context…". Any JWT
    //! counts as a hit too when \a jwtsAreHits is set.
    QStringList scan(const QString &where, const QByteArray &data, bool jwtsAreHits = true) const;
    //! scan() over every regular file below \a directory.
    QStringList scanDirectory(const QString &directory, bool jwtsAreHits = true) const;
    //! The JWTs (three base64url parts, the first two JSON objects) in \a text.
    static QList<QByteArray> jwtsIn(const QByteArray &text);
    //! The NUL-separated command line of process \a pid, or empty when it is gone.
    static QByteArray commandLineOf(qint64 pid);
    //! The process ids whose parent chain leads to \a pid (not \a pid itself).
    static QList<qint64> descendantsOf(qint64 pid);

private:
    struct Needle
    {
        QString name;
        QString form;
        QByteArray bytes;
    };
    QList<Needle> m_needles;
};

} // namespace MrAuth
