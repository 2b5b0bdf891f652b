#include "check_constraints.h"

#include <QSet>

namespace ferry {

namespace {

// A word of SQL text: a bare word, or a quoted identifier without its quotes; string literals and
// comments are skipped, punctuation is returned one character at a time.
struct Token {
    enum class Kind { Word, Quoted, Punct, End } kind = Kind::End;
    QString text;
    qsizetype start = 0, end = 0;
};

class Lexer {
public:
    explicit Lexer(const QString& sql)
        : s_(sql)
    {
    }

    Token next()
    {
        skipSpaceAndComments();
        Token t;
        t.start = i_;
        if (i_ >= s_.size())
            return t;
        const QChar c = s_[i_];
        if (c == QLatin1Char('\'')) { // string literal, '' inside
            for (++i_; i_ < s_.size(); ++i_) {
                if (s_[i_] == QLatin1Char('\'')) {
                    if (i_ + 1 < s_.size() && s_[i_ + 1] == QLatin1Char('\'')) {
                        ++i_;
                        continue;
                    }
                    ++i_;
                    break;
                }
            }
            t.kind = Token::Kind::Punct; // a literal is never a name
            t.text = QStringLiteral("'");
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            for (++i_; i_ < s_.size(); ++i_) {
                if (s_[i_] == close) {
                    if (close != QLatin1Char(']') && i_ + 1 < s_.size() && s_[i_ + 1] == close) {
                        t.text += close;
                        ++i_;
                        continue;
                    }
                    ++i_;
                    break;
                }
                t.text += s_[i_];
            }
            t.kind = Token::Kind::Quoted;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            while (i_ < s_.size() &&
                   (s_[i_].isLetterOrNumber() || s_[i_] == QLatin1Char('_') || s_[i_] == QLatin1Char('$')))
                t.text += s_[i_++];
            t.kind = Token::Kind::Word;
        } else if (c.isDigit()) {
            while (i_ < s_.size() && (s_[i_].isLetterOrNumber() || s_[i_] == QLatin1Char('.')))
                ++i_;
            t.kind = Token::Kind::Punct;
            t.text = QStringLiteral("0");
        } else {
            t.kind = Token::Kind::Punct;
            t.text = c;
            ++i_;
        }
        t.end = i_;
        return t;
    }

private:
    void skipSpaceAndComments()
    {
        for (;;) {
            while (i_ < s_.size() && s_[i_].isSpace())
                ++i_;
            if (s_.mid(i_, 2) == QLatin1String("--")) {
                while (i_ < s_.size() && s_[i_] != QLatin1Char('\n'))
                    ++i_;
            } else if (s_.mid(i_, 2) == QLatin1String("/*")) {
                const qsizetype close = s_.indexOf(QLatin1String("*/"), i_ + 2);
                i_ = close < 0 ? s_.size() : close + 2;
            } else {
                return;
            }
        }
    }

    const QString& s_;
    qsizetype i_ = 0;
};

bool isWord(const Token& t, const char* word)
{
    return t.kind == Token::Kind::Word && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

} // namespace

QStringList columnsReferenced(const QString& expression, const QList<ColumnInfo>& columns)
{
    QSet<QString> named;
    Lexer lex(expression);
    for (Token t = lex.next(); t.kind != Token::Kind::End; t = lex.next())
        if (t.kind == Token::Kind::Word || t.kind == Token::Kind::Quoted)
            named.insert(t.text.toLower());
    QStringList out;
    for (const ColumnInfo& c : columns)
        if (named.contains(c.name.toLower()))
            out << c.name;
    return out;
}

QList<CheckConstraint> sqliteChecks(const QString& createTableSql, const QList<ColumnInfo>& columns)
{
    QList<CheckConstraint> out;
    Lexer lex(createTableSql);
    QString pendingName; // CONSTRAINT name, until the constraint it names
    bool afterConstraint = false;
    for (Token t = lex.next(); t.kind != Token::Kind::End; t = lex.next()) {
        if (afterConstraint) {
            pendingName = t.text;
            afterConstraint = false;
            continue;
        }
        if (isWord(t, "CONSTRAINT")) {
            afterConstraint = true;
            continue;
        }
        if (!isWord(t, "CHECK")) {
            if (t.kind == Token::Kind::Punct && t.text == QLatin1String(","))
                pendingName.clear();
            else if (t.kind == Token::Kind::Word && !pendingName.isEmpty() &&
                     (isWord(t, "UNIQUE") || isWord(t, "PRIMARY") || isWord(t, "FOREIGN") || isWord(t, "NOT") ||
                      isWord(t, "DEFAULT") || isWord(t, "REFERENCES") || isWord(t, "COLLATE")))
                pendingName.clear(); // it named another kind of constraint
            continue;
        }
        const Token open = lex.next();
        if (open.text != QLatin1String("("))
            continue;
        int depth = 1;
        qsizetype end = open.end;
        for (Token inner = lex.next(); inner.kind != Token::Kind::End; inner = lex.next()) {
            if (inner.kind == Token::Kind::Punct && inner.text == QLatin1String("("))
                ++depth;
            else if (inner.kind == Token::Kind::Punct && inner.text == QLatin1String(")") && --depth == 0) {
                end = inner.start;
                break;
            }
        }
        CheckConstraint c;
        c.name = pendingName;
        c.expression = createTableSql.mid(open.end, end - open.end).trimmed();
        c.columns = columnsReferenced(c.expression, columns);
        out << c;
        pendingName.clear();
    }
    return out;
}

} // namespace ferry
