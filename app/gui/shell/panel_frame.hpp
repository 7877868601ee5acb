#pragma once
// What every part of the side panel reads in one frame: the session, the timer's reading at
// the frame's one "now", the fonts and the scale. Built once per frame by the control window.
#include <cstdint>

#include "app/gui/shell/fonts.hpp"
#include "core/session/session.hpp"
#include "core/timer/timer_reading.hpp"

namespace hostspace::gui {

struct PanelFrame {
    const Session& session;
    const TimerReading& reading;
    const Fonts& fonts;
    float scale;          // pixels per logical pixel
    std::int64_t now_ms;  // wall_clock_ms() at the start of the frame
};

}  // namespace hostspace::gui
