#include "rate_window.h"

#include <algorithm>

namespace ferry::ui {

double RateWindow::add(double seconds, qint64 totalRead)
{
    const double window = std::clamp(seconds / 4, kMinWindow, kMaxWindow);
    // Before the first sample the run stood at zero rows at time zero.
    if (samples_.empty())
        samples_.push_back(Sample{0, 0});
    // Keep one sample at or before the window's start, so the rate always spans the whole window.
    while (samples_.size() > 1 && samples_[1].seconds <= seconds - window)
        samples_.pop_front();
    const Sample from = samples_.front();
    samples_.push_back(Sample{seconds, totalRead});
    const double span = seconds - from.seconds;
    return span > 0 ? double(totalRead - from.read) / span : 0.0;
}

} // namespace ferry::ui
