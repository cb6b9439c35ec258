#include "benchreport.h"

#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace MrAuth::Bench {

BenchReport::BenchReport(const QString &benchmark)
{
    m_json.insert(QStringLiteral("benchmark"), benchmark);
}

void BenchReport::beginTable(const QString &title, const QStringList &columns)
{
    m_sections.append(Section{title, columns, {}, {}});
}

void BenchReport::addRow(const QStringList &cells)
{
    if (!m_sections.isEmpty())
        m_sections.last().rows.append(cells);
}

void BenchReport::addNote(const QString &note)
{
    if (!m_sections.isEmpty())
        m_sections.last().notes.append(note);
}

void BenchReport::setValue(const QString &key, const QJsonValue &value)
{
    m_json.insert(key, value);
}

void BenchReport::print() const
{
    QString text;
    for (const Section &section : m_sections) {
        text += QStringLiteral("### ") + section.title + QStringLiteral("\n\n| ") +
                section.columns.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (qsizetype i = 0; i < section.columns.size(); ++i)
            text += QStringLiteral("---|");
        text += QLatin1Char('\n');
        for (const QStringList &row : section.rows)
            text += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        text += QLatin1Char('\n');
        for (const QString &note : section.notes)
            text += note + QStringLiteral("\n\n");
    }
    std::fputs(text.toUtf8().constData(), stdout);
    std::printf("%s\n", QJsonDocument(m_json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QString BenchReport::number(double value, int decimals)
{
    QLocale locale(QLocale::English);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', decimals);
}

QJsonArray BenchReport::jsonArray(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

QString BenchReport::ratio(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("×");
}

} // namespace MrAuth::Bench
