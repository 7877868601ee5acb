#pragma once
// The GUI tests' hooks into the running app, off unless their variables are set.
// HOSTSPACE_DRAW_LOG=FILE: lines the GUI tests read while the app runs (what the projector
// shows, when the chime would ring), because a picture alone cannot say "the chime rang" or
// "these digits are 194 px high". Unset, nothing is written and nothing is opened.
#include <string>

namespace hostspace::gui {

// Whether HOSTSPACE_DRAW_LOG names a file: callers skip building lines nobody reads.
bool test_log_enabled();

// Appends `line` and a newline to the log, flushed at once; does nothing when it is unset.
void note_for_tests(const std::string& line);

// HOSTSPACE_TEST_SLOW_FRAMES_MS=N: every frame of the control window takes N ms more, so a GUI
// test can act a slow laptop (input piling up between frames) without loading the machine.
// 0 when unset.
int test_frame_delay_ms();

}  // namespace hostspace::gui
