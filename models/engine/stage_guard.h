#pragma once
// Every pipeline stage runs its body through guarded(): whatever it throws becomes a message, so no
// exception ever leaves a thread (which would end in std::terminate) and the run stops cleanly.
#include "core/errors.h"

#include <QCoreApplication>
#include <exception>
#include <new>

namespace ferry {

// Runs body(); returns an empty string, or the message of what it threw.
template <typename Body> QString guarded(Body&& body)
{
    try {
        body();
        return {};
    } catch (const Error& e) {
        return e.message();
    } catch (const std::bad_alloc&) {
        return QCoreApplication::translate("ferry::Migration", "out of memory");
    } catch (const std::exception& e) {
        return QCoreApplication::translate("ferry::Migration", "unexpected error: %1")
            .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return QCoreApplication::translate("ferry::Migration", "unexpected error of unknown kind");
    }
}

} // namespace ferry
