#pragma once
// The window's buttons that are not plain ImGui buttons: the one primary action of a dialog
// (filled with the accent colour), so every dialog shows which button Enter presses.
#include <imgui.h>

#include "app/gui/shell/fonts.hpp"

namespace hostspace::gui {

// A button filled with the accent colour; true when clicked.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0));

struct FooterClicks {
    bool plain = false, primary = false;
};

// A dialog's last row, under a rule: a hint on the left, a plain and a primary button on the
// right.
FooterClicks footer_row(const Fonts& fonts, float scale, const char* hint, const char* plain,
                        const char* primary);

// The width a button with `label` takes at the current font, padding included.
float button_width(const char* label);

}  // namespace hostspace::gui
