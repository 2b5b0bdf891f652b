#include "sqlite_script.h"

#include <QStringList>

namespace ferry::sqlite {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Collects the statement being scanned: its significant tokens decide whether it is a trigger and
// whether a ';' ends it.
class Splitter {
public:
    explicit Splitter(const QString& text)
        : s_(text)
    {
    }

    QList<ScriptStatement> run()
    {
        const qsizetype n = s_.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = s_[i];
            if (c == QLatin1Char('\n')) {
                ++line_;
                ++i;
            } else if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('-') && i + 1 < n && s_[i + 1] == QLatin1Char('-')) {
                while (i < n && s_[i] != QLatin1Char('\n'))
                    ++i;
            } else if (c == QLatin1Char('/') && i + 1 < n && s_[i + 1] == QLatin1Char('*')) {
                i += 2;
                while (i < n && !(s_[i] == QLatin1Char('*') && i + 1 < n && s_[i + 1] == QLatin1Char('/'))) {
                    if (s_[i] == QLatin1Char('\n'))
                        ++line_;
                    ++i;
                }
                i = qMin(n, i + 2);
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
                       c == QLatin1Char('[')) {
                token(i, QString());
                const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
                ++i;
                while (i < n) {
                    if (s_[i] == QLatin1Char('\n'))
                        ++line_;
                    if (s_[i] == close) {
                        // A doubled quote is an escaped quote, not the end ([…] has no escape).
                        if (close != QLatin1Char(']') && i + 1 < n && s_[i + 1] == close) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    ++i;
                }
                i = qMin(n, i + 1);
            } else if (c == QLatin1Char(';')) {
                semicolon(i);
                ++i;
            } else if (isWordStart(c)) {
                const qsizetype start = i;
                while (i < n && isWordPart(s_[i]))
                    ++i;
                token(start, s_.mid(start, i - start).toUpper());
            } else {
                token(i, QString());
                ++i;
            }
        }
        finish(n);
        return out_;
    }

private:
    void token(qsizetype at, const QString& word)
    {
        if (start_ < 0) {
            start_ = at;
            startLine_ = line_;
        }
        if (words_.size() < 3 && !word.isEmpty() && tokens_ == words_.size())
            words_ << word;
        ++tokens_;
        if (words_.size() >= 2 && tokens_ == words_.size() && words_[0] == QLatin1String("CREATE")) {
            const QString& second = words_[1];
            if (second == QLatin1String("TRIGGER") ||
                (words_.size() == 3 && words_[2] == QLatin1String("TRIGGER") &&
                 (second == QLatin1String("TEMP") || second == QLatin1String("TEMPORARY"))))
                inTrigger_ = true;
        }
        if (word == QLatin1String("TO"))
            sawTo_ = true;
        beforePrevious_ = previous_;
        previous_ = word.isEmpty() ? QStringLiteral("?") : word;
    }

    void semicolon(qsizetype at)
    {
        if (start_ < 0)
            return; // an empty statement such as ";;"
        // Inside a trigger body ';' separates the body's statements; "; END ;" ends the trigger.
        if (inTrigger_ && !(previous_ == QLatin1String("END") && beforePrevious_ == QLatin1String(";"))) {
            beforePrevious_ = previous_;
            previous_ = QStringLiteral(";");
            return;
        }
        finish(at);
    }

    void finish(qsizetype end)
    {
        if (start_ >= 0) {
            ScriptStatement st;
            st.sql = s_.mid(start_, end - start_).trimmed();
            st.number = int(out_.size()) + 1;
            st.line = startLine_;
            const QString first = words_.value(0);
            if (tokens_ > 0 && !words_.isEmpty()) {
                if (first == QLatin1String("BEGIN"))
                    st.control = ScriptStatement::Control::Begin;
                else if (first == QLatin1String("COMMIT") || first == QLatin1String("END"))
                    st.control = ScriptStatement::Control::Commit;
                else if (first == QLatin1String("ROLLBACK") && !sawTo_)
                    st.control = ScriptStatement::Control::Rollback;
            }
            out_ << st;
        }
        start_ = -1;
        tokens_ = 0;
        words_.clear();
        inTrigger_ = false;
        sawTo_ = false;
        previous_.clear();
        beforePrevious_.clear();
    }

    const QString& s_;
    QList<ScriptStatement> out_;
    int line_ = 1;
    qsizetype start_ = -1;
    int startLine_ = 1;
    int tokens_ = 0;
    QStringList words_; // leading words of the statement, upper-case
    bool inTrigger_ = false;
    bool sawTo_ = false;
    QString previous_, beforePrevious_;
};

} // namespace

QList<ScriptStatement> splitSqlScript(const QString& script)
{
    return Splitter(script).run();
}

} // namespace ferry::sqlite
