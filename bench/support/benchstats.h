#pragma once

#include <QList>
#include <QStringList>

namespace MrAuth::Bench {

//! The median of \a values (the mean of the middle two for an even count); 0 when empty.
double median(QList<double> values);
//! The value below which \a fraction (0…1) of \a values lie (nearest rank); 0 when empty.
double percentile(QList<double> values, double fraction);
double minimum(const QList<double> &values);
double maximum(const QList<double> &values);

//! \a peers rotated left by \a round, so that each peer goes first in turn (peers alternate
//! within a run on a noisy machine).
QStringList rotated(const QStringList &peers, int round);

} // namespace MrAuth::Bench
