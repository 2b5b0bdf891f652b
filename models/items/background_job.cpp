#include "items/background_job.h"

#include "core/errors.h"

#include <QCoreApplication>
#include <exception>

namespace ferry::detail {

QString currentExceptionMessage()
{
    try {
        throw;
    } catch (const ConnectError& e) {
        return e.advice().isEmpty() ? e.message() : e.message() + QLatin1Char(' ') + e.advice();
    } catch (const Error& e) {
        return e.message();
    } catch (const std::exception& e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return QCoreApplication::translate("ferry::BackgroundJob", "An unexpected error stopped the work.");
    }
}

} // namespace ferry::detail
