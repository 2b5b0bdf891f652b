#pragma once
// The typed description of one transform parameter: the JSON a project file may hold under its name,
// what the transform assumes when it is absent, and how the transform editor presents it. Written
// once per parameter in its transform's class; TransformChain::compile checks values against it
// (Params::get), the editor builds its widgets from it, and a test checks docs/transforms.md by it.
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ferry::transforms {

enum class ParamKind {
    Text,         // a string; not empty when required
    Choice,       // one of `choices`, by value
    Flag,         // true or false
    WholeNumber,  // an integral number of at least `minimum`
    Value,        // a JSON scalar written as a value: text, a number, true, false or null
    TextList,     // an array of one or more non-empty strings
    ValueMap,     // an object of JSON scalars; its keys are compared without case when the `linked` flag is true
    Formats,      // one non-empty string; several go into the `linked` TextList parameter instead
    TargetTable,  // a table of the target database; not empty when required
    TargetColumn, // a column of the table named by the `linked` parameter; not empty when required
};

struct ParamChoice {
    const char* value;
    const char* label; // QT_TRANSLATE_NOOP("ferry::TransformParams", …)
    QString labelText() const;
};

struct ParamSpec {
    const char* name;
    ParamKind kind;
    const char* label; // short, for a form; QT_TRANSLATE_NOOP("ferry::TransformParams", …)
    const char* help;  // one sentence; idem
    bool required = false;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined); // what an absent parameter means
    qint64 minimum = 0;                                          // WholeNumber
    QList<ParamChoice> choices = {};                             // Choice
    const char* placeholder = nullptr;                           // hint in an empty editor; idem
    QJsonValue initial = QJsonValue(QJsonValue::Undefined);      // written into a step the editor adds
    bool initialIsTargetLength = false; // a new step starts at the target column's length when it has one
    const char* linked = nullptr;       // the parameter this one works with (see ParamKind)

    QString labelText() const; // translated
    QString helpText() const;
    QString placeholderText() const; // empty when there is none
};

} // namespace ferry::transforms
