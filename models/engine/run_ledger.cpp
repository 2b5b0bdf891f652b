#include "run_ledger.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <charconv>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::RunLedger", text);
}

// The records of a run-folder CSV file, without its header line.
bool readCsv(const QString& path, QList<csv::Record>* records, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    *records = csv::parse(QString::fromUtf8(f.readAll()));
    if (!records->isEmpty())
        records->removeFirst(); // the header
    return true;
}

std::optional<Value> decodeValue(const QJsonValue& j)
{
    if (j.isNull())
        return Value();
    const QJsonArray a = j.toArray();
    if (a.size() < 2 || !a[0].isString() || !a[1].isString())
        return std::nullopt;
    const QString kind = a[0].toString();
    const QByteArray text = a[1].toString().toUtf8();
    bool ok = true;
    if (kind == QLatin1String("text"))
        return Value::text(text);
    if (kind == QLatin1String("integer")) {
        const qint64 v = text.toLongLong(&ok);
        return ok ? std::optional(Value::integer(v)) : std::nullopt;
    }
    if (kind == QLatin1String("decimal")) {
        if (!isValidDecimal(text))
            return std::nullopt;
        return Value::decimal(text);
    }
    if (kind == QLatin1String("double")) {
        double d = 0;
        const auto r = std::from_chars(text.constData(), text.constData() + text.size(), d);
        return r.ec == std::errc() ? std::optional(Value::real(d)) : std::nullopt;
    }
    if (kind == QLatin1String("boolean")) {
        if (text != "true" && text != "false")
            return std::nullopt;
        return Value::boolean(text == "true");
    }
    if (kind == QLatin1String("binary"))
        return Value::binary(QByteArray::fromHex(text));
    if (kind == QLatin1String("time")) {
        const qint64 micros = text.toLongLong(&ok);
        return ok ? std::optional(Value::time(micros)) : std::nullopt;
    }
    const QDate date = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    if (kind == QLatin1String("date"))
        return Value::date(date);
    if (kind == QLatin1String("timestamp") && a.size() == 3 && a[2].isString()) {
        const qint64 micros = a[2].toString().toLongLong(&ok);
        return ok ? std::optional(Value::timestamp(date, micros)) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QString sourceKeyText(const TablePlan& plan, const Row& source)
{
    return plan.sourceKeyIndex >= 0 ? source[size_t(plan.sourceKeyIndex)].toString() : QString();
}

QString sourceValuesText(const Row& source)
{
    QStringList values;
    for (const Value& v : source)
        values << v.display();
    return values.join(QStringLiteral(" | "));
}

QString encodeRow(const Row& values)
{
    QJsonArray out;
    for (const Value& v : values) {
        switch (v.kind()) {
        case Value::Kind::Null:
            out.append(QJsonValue::Null);
            break;
        case Value::Kind::Time:
            out.append(QJsonArray{QStringLiteral("time"), QString::number(v.microsOfDay())});
            break;
        case Value::Kind::Timestamp:
            out.append(QJsonArray{QStringLiteral("timestamp"), v.toDate().toString(Qt::ISODate),
                                  QString::number(v.microsOfDay())});
            break;
        default:
            out.append(QJsonArray{QString::fromLatin1(Value::kindName(v.kind())), v.toString()});
            break;
        }
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

std::optional<Row> decodeRow(const QString& text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    Row row;
    for (const QJsonValue& j : doc.array()) {
        std::optional<Value> v = decodeValue(j);
        if (!v)
            return std::nullopt;
        row.push_back(std::move(*v));
    }
    return row;
}

TableLedger::Outcome TableLedger::take(const TablePlan& plan, const Row& source, Row* values)
{
    if (rejects_.isEmpty() && decisions_.isEmpty())
        return Outcome::Expected;
    const QString key = sourceKeyText(plan, source);
    const QString text = sourceValuesText(source);
    if (auto byKey = rejects_.find(key); byKey != rejects_.end()) {
        if (auto n = byKey->find(text); n != byKey->end() && *n > 0) {
            --*n;
            return Outcome::Rejected;
        }
    }
    auto byKey = decisions_.find(key);
    if (byKey == decisions_.end())
        return Outcome::Expected;
    auto queue = byKey->find(text);
    if (queue == byKey->end() || queue->empty())
        return Outcome::Expected;
    Decision d = std::move(queue->front());
    queue->pop_front();
    if (d.skipped)
        return Outcome::Skipped;
    *values = std::move(d.written);
    return Outcome::Rewritten;
}

bool RunLedger::load(const QString& runDirectory, QString* error)
{
    const QDir dir(runDirectory);
    QList<csv::Record> records;
    if (const QString path = dir.filePath(QStringLiteral("rejects.csv")); QFile::exists(path)) {
        if (!readCsv(path, &records, error))
            return false;
        // table,source_key,column,reason,sqlstate,source_values
        for (const auto& [line, r] : records)
            if (r.size() >= 6)
                tables_[r[0].toLower()].addReject(r[1], r[5]);
        rejectsFile_ = path;
    }
    if (const QString path = dir.filePath(QStringLiteral("dedupe.csv")); QFile::exists(path)) {
        if (!readCsv(path, &records, error))
            return false;
        // table,source_key,decision,source_values,written_values[,rules] (rules: added later, not needed here)
        for (const auto& [line, r] : records) {
            const bool skipped = r.value(2) == QLatin1String("skipped");
            std::optional<Row> written;
            if (!skipped)
                written = decodeRow(r.value(4));
            if (r.size() < 5 || (!skipped && (r[2] != QLatin1String("written") || !written))) {
                *error = tr("%1, line %2: not a decision a run writes").arg(QDir::toNativeSeparators(path)).arg(line);
                return false;
            }
            tables_[r[0].toLower()].addDecision(r[1], r[3], std::move(written));
        }
        dedupeFile_ = path;
    }
    return true;
}

} // namespace ferry
