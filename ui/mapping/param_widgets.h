#pragma once
// The transform editor's widget for one parameter, chosen by its kind: a combo for choices, a check
// box for flags, a spin box for whole numbers, text with a NULL box for values, the From → To table
// for value maps, "a | b" for formats, editable combos of the target's tables and columns for lookups.
// Labels, placeholders, defaults and limits come from the parameter's spec; a value equal to the
// default is left out of the step, as if the user had never touched it.
#include "transforms/transform.h"

#include <QJsonObject>
#include <functional>
#include <utility>

class QWidget;

namespace ferry {
struct SchemaSnapshot;
}

namespace ferry::ui {

// Parameter name → new value; an undefined value removes the parameter.
using ParamChanges = QList<std::pair<QString, QJsonValue>>;

struct ParamWidgetContext {
    QJsonObject params;                           // the step's parameters as they are now
    const SchemaSnapshot* targetSchema = nullptr; // tables and columns offered to lookups
    std::function<void(const ParamChanges&)> write;
    std::function<void()> rebuild; // the form shows what a written value changed (a lookup's table)
};

QWidget* makeParamWidget(const transforms::ParamSpec& spec, const ParamWidgetContext& context, QWidget* parent);

// False for a parameter that another one's widget edits ("formats" is edited with "format").
bool hasOwnWidget(const transforms::Transform& transform, const transforms::ParamSpec& spec);

} // namespace ferry::ui
