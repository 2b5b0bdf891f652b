#pragma once
// A single database value as Ferry carries it from reader to writer. Values keep the exact form the
// source gave: decimals stay digit strings, timestamps stay wall-clock fields with microseconds and no
// time zone, text stays UTF-8 bytes. Nothing is routed through double or QDateTime on the data path.
#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>
#include <vector>

namespace ferry {

class Value {
public:
    // Special: a date, timestamp or decimal that has no ordinary value — PostgreSQL's infinity and
    // -infinity, its numeric NaN, MariaDB's zero dates such as 0000-00-00 or 2024-00-00 — kept as the
    // database's own token, so that only a database that knows it receives it and every other refuses it.
    enum class Kind : quint8 { Null, Text, Int, Decimal, Double, Bool, Date, Time, Timestamp, Binary, Special };

    Value() = default;
    static Value null() { return {}; }
    static Value text(QByteArray utf8);
    static Value text(const QString& s) { return text(s.toUtf8()); }
    static Value integer(qint64 v);
    // Digits with optional sign and '.', e.g. "-123.4500". Returns Null for malformed input, so callers
    // holding text they did not produce check isValidDecimal() first and say why it is refused.
    static Value decimal(QByteArray digits);
    static Value real(double v);
    static Value boolean(bool v);
    static Value date(QDate d);
    static Value time(qint64 microsOfDay);
    static Value timestamp(QDate d, qint64 microsOfDay);
    static Value binary(QByteArray bytes);
    // base is Date, Timestamp or Decimal; token as the source database spells it, e.g. "infinity".
    static Value special(Kind base, QByteArray token);

    Kind kind() const { return kind_; }
    bool isNull() const { return kind_ == Kind::Null; }
    bool isText() const { return kind_ == Kind::Text; }

    // Raw payloads; valid only for the matching kind.
    const QByteArray& bytes() const { return bytes_; } // Text (UTF-8), Decimal (ASCII), Binary
    qint64 toInt() const { return num_; }
    double toDouble() const;
    bool toBool() const { return num_ != 0; }
    QDate toDate() const;       // Date, Timestamp
    qint64 microsOfDay() const; // Time (may be negative or beyond a day: MariaDB TIME), Timestamp
    Kind specialBase() const { return kind_ == Kind::Special ? Kind(num_) : Kind::Null; }
    bool isInfinity() const { return kind_ == Kind::Special && bytes_.endsWith("infinity"); } // dates

    // Canonical text: what a text column receives and what transforms work on.
    // Date yyyy-MM-dd (years before 1 as "0044-03-15 BC", after 9999 with more digits), Time
    // [-]HH:mm:ss[.ffffff] (hours beyond 23 for durations), Timestamp yyyy-MM-dd HH:mm:ss[.ffffff][ BC],
    // Bool true/false, Double shortest round-trip form, Binary lower-case hex, Special its token.
    // Null gives an empty string.
    QByteArray toUtf8() const;
    QString toString() const { return QString::fromUtf8(toUtf8()); }
    // For logs, reports and reject files: like toString() but Null reads NULL and text is quoted.
    QString display() const;

    static const char* kindName(Kind k);

    friend bool operator==(const Value& a, const Value& b);
    friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

private:
    Kind kind_ = Kind::Null;
    qint64 num_ = 0; // Int, Bool, Double (bit pattern), Date (julian day), Time/Timestamp (see .cpp)
    QByteArray bytes_;
};

using Row = std::vector<Value>;

// Helpers shared by readers, writers and transforms.
bool isValidDecimal(const QByteArray& digits);
// Counts digits before and after the point of a valid decimal string, ignoring sign and leading zeros.
void decimalShape(const QByteArray& digits, int* integerDigits, int* fractionDigits);
// One spelling per decimal value: no '+', no leading or trailing fraction zeros, "0.5" for ".5", "-0" is "0".
QByteArray canonicalDecimal(QByteArray digits);
QByteArray formatMicrosOfDay(qint64 micros); // [-]HH:mm:ss[.ffffff] (fraction trimmed of trailing zeros)
QByteArray formatDate(QDate d);              // yyyy-MM-dd; years before 1 as "yyyy-MM-dd BC"
bool isValidUtf8(const QByteArray& bytes, qsizetype* badOffset = nullptr);
bool containsSupplementaryPlane(const QByteArray& utf8); // 4-byte UTF-8 sequences (emoji etc.)
qsizetype utf8CodePoints(const QByteArray& utf8);

} // namespace ferry

Q_DECLARE_METATYPE(ferry::Value)
