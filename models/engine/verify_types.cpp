#include "verify_types.h"

#include <QJsonArray>

namespace ferry {

QString VerifySample::kindName(Kind k)
{
    switch (k) {
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Extra:
        return QStringLiteral("extra");
    case Kind::Different:
        return QStringLiteral("different");
    }
    return {};
}

QJsonObject VerifySample::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("key"), key}};
    if (!columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    if (!expected.isEmpty())
        o.insert(QStringLiteral("expected"), QJsonArray::fromStringList(expected));
    if (!actual.isEmpty())
        o.insert(QStringLiteral("actual"), QJsonArray::fromStringList(actual));
    return o;
}

QJsonObject VerifyTableResult::toJson() const
{
    QJsonObject columns;
    for (auto it = differentColumns.cbegin(); it != differentColumns.cend(); ++it)
        columns.insert(it.key(), double(it.value()));
    QJsonArray sampleList;
    for (const VerifySample& s : samples)
        sampleList << s.toJson();
    QJsonObject o{{QStringLiteral("mapping"), mapping},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("keyColumns"), QJsonArray::fromStringList(keyColumns)},
                  {QStringLiteral("expected"), double(expected)},
                  {QStringLiteral("targetRows"), double(targetRows)},
                  {QStringLiteral("matched"), double(matched)},
                  {QStringLiteral("missing"), double(missing)},
                  {QStringLiteral("extra"), double(extra)},
                  {QStringLiteral("different"), double(different)},
                  {QStringLiteral("excluded"), double(excluded)},
                  {QStringLiteral("excludedInTarget"), double(excludedInTarget)},
                  {QStringLiteral("otherMappings"), double(otherMappings)},
                  {QStringLiteral("differentColumns"), columns},
                  {QStringLiteral("samples"), sampleList},
                  {QStringLiteral("seconds"), seconds}};
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

bool VerifyResult::clean() const
{
    if (failure != VerifyFailure::None)
        return false;
    for (const VerifyTableResult& t : tables)
        if (!t.clean())
            return false;
    return true;
}

QJsonObject VerifyResult::toJson() const
{
    QJsonArray list;
    for (const VerifyTableResult& t : tables)
        list << t.toJson();
    QJsonObject o{
        {QStringLiteral("tables"), list}, {QStringLiteral("clean"), clean()}, {QStringLiteral("seconds"), seconds}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!rejectsFile.isEmpty())
        o.insert(QStringLiteral("rejectsFile"), rejectsFile);
    if (!decisionsFile.isEmpty())
        o.insert(QStringLiteral("decisionsFile"), decisionsFile);
    return o;
}

} // namespace ferry
