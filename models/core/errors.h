#pragma once
// Database and project errors travel as exceptions inside the engine and become user messages at the
// edges (CLI exit codes, wizard pages). Every error keeps the SQLSTATE so callers can classify it.
#include <QString>
#include <stdexcept>

namespace ferry {

class Error : public std::runtime_error {
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString())
        , message_(message)
    {
    }
    const QString& message() const { return message_; }

private:
    QString message_;
};

// What went wrong with a connection attempt, so the user is told which and what to do.
enum class ConnectFailure { None, DriverMissing, HostUnreachable, BadCredentials, DatabaseMissing, Other };

class DbError : public Error {
public:
    DbError(const QString& message, QString sqlState = {}, int nativeCode = 0)
        : Error(message)
        , sqlState_(std::move(sqlState))
        , nativeCode_(nativeCode)
    {
    }
    const QString& sqlState() const { return sqlState_; }
    int nativeCode() const { return nativeCode_; }
    // The connection is gone (08xxx link failures; PostgreSQL's 57P0x shutdown and termination): the
    // transaction in flight was rolled back by the server and nothing more can be done on this link.
    bool isConnectionLost() const
    {
        return sqlState_.startsWith(QLatin1String("08")) || sqlState_ == QLatin1String("57P01") ||
               sqlState_ == QLatin1String("57P02") || sqlState_ == QLatin1String("57P03");
    }

private:
    QString sqlState_;
    int nativeCode_;
};

class ConnectError : public DbError {
public:
    ConnectError(ConnectFailure kind, const QString& message, const QString& advice, QString sqlState = {})
        : DbError(message, std::move(sqlState))
        , kind_(kind)
        , advice_(advice)
    {
    }
    ConnectFailure kind() const { return kind_; }
    const QString& advice() const { return advice_; }

private:
    ConnectFailure kind_;
    QString advice_;
};

} // namespace ferry
