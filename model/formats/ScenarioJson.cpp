// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder so the library has a translation unit until the format is implemented.
#include "ScenarioJson.h"
