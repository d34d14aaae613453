// SPDX-License-Identifier: GPL-3.0-or-later
// The spec's lookup tables for disaster recovery (RTO by data size) and full-backup frequency.
#pragma once

namespace ecw {

struct RtoClass {
    double coldStart; // seconds
    double warmStart;
    double hotStandby;
};

// "Recovery Time Objectives (RTO) by Scale": <1GB, 1-10GB, 10-100GB, 100GB-1TB, >1TB (GB read as GiB).
RtoClass rtoClassFor(double dataBytes);

// "Full Backup Frequency": <10GB weekly, 10-100GB bi-weekly, >100GB monthly (30 days).
double fullBackupIntervalDays(double dataBytes);

} // namespace ecw
