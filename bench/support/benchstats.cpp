#include "benchstats.h"

#include <algorithm>

namespace MrAuth::Bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(fraction * double(values.size()));
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double minimum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

QStringList rotated(const QStringList &peers, int round)
{
    if (peers.isEmpty())
        return peers;
    const qsizetype shift = round % peers.size();
    return peers.mid(shift) + peers.mid(0, shift);
}

} // namespace MrAuth::Bench
