#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace MrAuth::Bench {

//! What a benchmark program prints: markdown sections (a heading, a table, notes) and, as the
//! very last line of stdout, one compact JSON object. scripts/bench.sh relies on that shape.
class BenchReport
{
public:
    //! \a benchmark names the program in the JSON (`"benchmark": …`).
    explicit BenchReport(const QString &benchmark);

    //! Starts a new section with a `### ` heading and a table of \a columns.
    void beginTable(const QString &title, const QStringList &columns);
    void addRow(const QStringList &cells);
    //! A paragraph under the current table.
    void addNote(const QString &note);
    //! A value of the JSON object.
    void setValue(const QString &key, const QJsonValue &value);
    QJsonObject json() const { return m_json; }

    //! Prints the markdown, then the JSON line, to stdout.
    void print() const;

    //! \a value with \a decimals decimals and thousands separators ("12,345.6").
    static QString number(double value, int decimals = 0);
    //! \a values as a JSON array.
    static QJsonArray jsonArray(const QList<double> &values);
    //! "1.23×".
    static QString ratio(double value);

private:
    struct Section
    {
        QString title;
        QStringList columns;
        QList<QStringList> rows;
        QStringList notes;
    };
    QList<Section> m_sections;
    QJsonObject m_json;
};

} // namespace MrAuth::Bench
