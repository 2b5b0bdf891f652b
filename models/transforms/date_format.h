#pragma once
// A Qt date/time format string ("dd/MM/yyyy", "yyyy-MM-ddTHH:mm:ss.zzz") compiled once into a list of
// fields, then matched strictly against the bytes of each value. Qt's own QDate::fromString parses
// the format again on every call and stops at milliseconds; this keeps microseconds and never
// involves a time zone.
//
// Fields: d dd ddd dddd, M MM MMM MMMM, yy yyyy, H HH, h hh (12-hour with AP/ap, else 0-23), m mm,
// s ss, z (1 to 6 fraction digits), zzz (exactly 3), zzzzzz (exactly 6), AP/A/ap/a (AM/PM, any case),
// '...' quoted text ('' is a quote). Any other character, letters included, must appear as written.
// Names (MMM, dddd...) are English as in Qt's C locale. yy means 1900-1999, as in Qt. Single-letter
// numbers take one or two digits, doubled letters exactly two, yyyy exactly four.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace ferry::transforms {

class DateFormat {
public:
    // The format must name a year, a month and a day. On error returns nullopt and sets *error to a
    // translated message that quotes the format.
    static std::optional<DateFormat> compile(const QString& format, QString* error);

    // Matches the whole text; false when it does not match or names an impossible date or time.
    bool parse(const QByteArray& text, QDate* date, qint64* microsOfDay) const;

    const QString& pattern() const { return pattern_; }

private:
    enum class Field : quint8 {
        Literal,
        Day,
        DayName,
        Month,
        MonthName,
        Year2,
        Year4,
        Hour24,
        Hour12,
        Minute,
        Second,
        Fraction,
        AmPm
    };
    struct Token {
        Field field;
        quint8 minDigits = 0;
        quint8 maxDigits = 0;
        bool longName = false; // dddd / MMMM
        QByteArray literal;
    };
    // Which of the fields a format needs it names.
    struct Named {
        bool year = false;
        bool month = false;
        bool day = false;
    };
    // What parse() has read so far.
    struct Fields {
        int year = 0, month = 0, day = 0, weekday = 0, hour = 0, minute = 0, second = 0, ampm = -1;
        bool twelveHour = false;
        qint64 micros = 0;
        bool toDate(QDate* date, qint64* microsOfDay) const;
    };

    void addLiteral(const QByteArray& bytes);
    void addNumber(Field field, int minDigits, int maxDigits);
    // One run of a letter ("dd", "yyyy", "z"); false when it is not a field Ferry reads.
    bool addRun(QChar c, qsizetype run, Named& named);
    // Reads one token at p and moves past it; false when the text does not match.
    bool readToken(const Token& t, const char*& p, const char* end, Fields& fields) const;
    void storeNumber(const Token& t, qint64 n, int digits, Fields& fields) const;
    std::vector<Token> tokens_;
    QString pattern_;
    bool hasAmPm_ = false;
};

} // namespace ferry::transforms
