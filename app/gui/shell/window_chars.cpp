#include "app/gui/shell/window_chars.hpp"

#include <imgui.h>

#include "app/gui/text/session_chars.hpp"
#include "app/gui/text/shaped_glyphs.hpp"

namespace hostspace::gui {
namespace {

struct Clipboard {
    const char* (*read)(void*) = nullptr;
    void* user_data = nullptr;
    std::string pasted;
};

Clipboard& clipboard() {
    static Clipboard c;
    return c;
}

const char* read_clipboard(void*) {
    Clipboard& c = clipboard();
    const char* text = c.read ? c.read(c.user_data) : nullptr;
    if (text) c.pasted += text;
    return text;
}

}  // namespace

const CharSet& WindowChars::update(const SessionController& controller, const ControlUiState& ui,
                                   const std::string& typed) {
    const Document* doc = controller.document();
    const Session* session = doc ? &doc->state() : nullptr;
    const SessionVersion version = version_of(session);
    if (session != session_ || version != version_) {
        // Characters of a session closed or edited away stay: the atlas only ever grows while
        // the app runs, so nothing flickers back to boxes.
        if (session) add_session_text(*session, chars_);
        session_ = session;
        version_ = version;
    }
    for (const RecentSession& recent : controller.recent()) {
        chars_.add_text(recent.title);
        chars_.add_text(recent.folder.string());
    }
    chars_.add_text(controller.message());
    chars_.add_text(controller.save_error());
    chars_.add_text(ui.start.open_path);
    chars_.add_text(ui.start.create_path);
    chars_.add_text(ui.start.create_title);
    chars_.add_text(ui.start.create_problem);
    chars_.add_text(ui.import.path);
    chars_.add_text(ui.import.check.error);
    chars_.add_text(ui.import.check.summary);
    for (const std::string& warning : ui.import.check.warnings) chars_.add_text(warning);
    chars_.add_text(ui.import.notice);
    for (const std::string& warning : ui.import.notice_warnings) chars_.add_text(warning);
    chars_.add_text(ui.export_dialog.folder);
    chars_.add_text(ui.export_dialog.error);
    chars_.add_text(ui.export_dialog.notice);
    chars_.add_text(typed);
    chars_.add_text(take_pasted());
    shaped_seen_ = add_shaped_glyphs_since(shaped_seen_, chars_);
    return chars_;
}

void watch_clipboard(ImGuiIO& io) {
    Clipboard& c = clipboard();
    c.read = io.GetClipboardTextFn;
    c.user_data = io.ClipboardUserData;
    io.GetClipboardTextFn = read_clipboard;
}

std::string take_pasted() {
    std::string pasted = std::move(clipboard().pasted);
    clipboard().pasted.clear();
    return pasted;
}

}  // namespace hostspace::gui
