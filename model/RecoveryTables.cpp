// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryTables.h"

#include "Units.h"

namespace ecw {

RtoClass rtoClassFor(double dataBytes)
{
    if (dataBytes < kGiB)
        return { 30, 10, 1 };
    if (dataBytes < 10 * kGiB)
        return { 120, 30, 5 };
    if (dataBytes < 100 * kGiB)
        return { 600, 120, 30 };
    if (dataBytes < kTiB)
        return { 3600, 600, 120 };
    return { 14400, 1800, 300 };
}

double fullBackupIntervalDays(double dataBytes)
{
    if (dataBytes < 10 * kGiB)
        return 7;
    if (dataBytes <= 100 * kGiB)
        return 14;
    return 30;
}

} // namespace ecw
