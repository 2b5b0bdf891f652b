#pragma once
// Saving a project for the command line: a login whose password only the wizard's memory holds gets an
// environment variable named in the project (FERRY_<PROJECT>_SOURCE_PASSWORD), so that ferry-cli knows
// where to look instead of connecting without one.
#include "project_document.h"

#include <QStringList>

namespace ferry {

// FERRY_<PROJECT>_<SIDE>_PASSWORD, the project's name in upper-case letters, digits and underscores.
QString proposedPasswordVariable(const QString& projectName, Side side);

// Names a variable on each side that needs one (loginNeedsPassword() and no passwordEnv), as an
// undoable edit; returns a line per side changed, e.g. "source: FERRY_CRM_SOURCE_PASSWORD".
QStringList proposePasswordVariables(ProjectDocument& document);

} // namespace ferry
