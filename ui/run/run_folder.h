#pragma once
// Where a project's runs are written. A saved project keeps them in its output folder (beside the project
// unless it says otherwise). An unsaved one has no "beside": its runs go under the user's data location
// rather than into whatever folder the program was started from.
#include "project/project.h"

namespace ferry::ui {

QString runFolder(const Project& project);
// The project with options.outputDirectory set to runFolder(), as the engine and the resume lookup get it.
Project withRunFolder(Project project);

} // namespace ferry::ui
