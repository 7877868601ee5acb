#include "app/gui/sync/sync_dialog.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <thread>

#include "app/gui/shell/buttons.hpp"
#include "app/gui/shell/caption.hpp"
#include "app/gui/shell/test_log.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/storage/device_identity.hpp"
#include "core/sync/curl_transport.hpp"
#include "core/util/text.hpp"

namespace hostspace::gui {
namespace {

const char* kPopup = "Sync with other laptops###sync-dialog";

sync::SyncSettings settings_of(const SyncUiState& ui) {
    sync::SyncSettings settings;
    settings.server_url = trim_space(ui.server);
    settings.user = trim_space(ui.user);
    settings.event_id = trim_space(ui.event);
    settings.ca_file = trim_space(ui.ca_file);
    settings.verify_tls = ui.verify_tls;
    return settings;
}

void start_check(SyncUiState& ui, const std::string& device_id) {
    auto job = std::make_shared<ServerCheckJob>();
    ui.check = job;
    ui.check_logged = false;
    const sync::SyncSettings settings = settings_of(ui);
    sync::TransportSettings transport = sync::transport_settings_for(settings, ui.password);
    transport.connect_timeout = std::chrono::seconds(8);
    // Detached: closing the dialog never waits for a slow server. The job outlives it.
    std::thread([job, settings, transport, device_id] {
        sync::CurlTransport connection(transport);
        const sync::SyncTarget target{sync::folder_url(settings.server_url), settings.event_id,
                                      device_id};
        sync::ServerCheck result = sync::check_server(connection, target, system_clock_ms());
        {
            std::lock_guard<std::mutex> lock(job->mutex);
            job->result = std::move(result);
        }
        job->done = true;
        glfwPostEmptyEvent();
    }).detach();
}

void label(const char* text, float width) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(width);
}

void coloured_wrapped(ImU32 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void draw_fields(const PanelFrame& frame, SyncUiState& ui) {
    const float s = frame.scale;
    const float label_width = 130 * s;
    const float field = ImGui::GetContentRegionAvail().x - label_width;
    label("Server", label_width);
    if (ui.focus_server) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_server = false;
    }
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("##sync-server", "https://cloud.example.org/remote.php/dav/files/you/",
                             &ui.server);
    ImGui::Dummy(ImVec2(label_width - ImGui::GetStyle().ItemSpacing.x, 0));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field);
    muted_caption(frame.fonts,
                  "A WebDAV folder every laptop can reach. Nextcloud: "
                  "https://HOST/remote.php/dav/files/USER/ with an app password (Nextcloud → "
                  "Settings → Security → Devices & sessions), not your login password.");
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();

    label("User", label_width);
    ImGui::SetNextItemWidth(field * 0.4f);
    ImGui::InputTextWithHint("##sync-user", "user name", &ui.user);
    ImGui::SameLine();
    ImGui::TextUnformatted("Password");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field * 0.3f);
    ImGui::InputTextWithHint("##sync-password", "password", &ui.password,
                             ImGuiInputTextFlags_Password);
    ImGui::Dummy(ImVec2(label_width - ImGui::GetStyle().ItemSpacing.x, 0));
    ImGui::SameLine();
    ImGui::Checkbox("Remember the password on this laptop (a file only you can read)",
                    &ui.remember_password);

    label("Event", label_width);
    ImGui::SetNextItemWidth(field * 0.5f);
    ImGui::InputTextWithHint("##sync-event", "cyp-board-2026", &ui.event);
    ImGui::SameLine();
    muted_caption(frame.fonts, "the same name on every laptop");

    label("Certificate", label_width);
    ImGui::Checkbox("Check the server's certificate", &ui.verify_tls);
    if (ui.verify_tls) {
        ImGui::Dummy(ImVec2(label_width - ImGui::GetStyle().ItemSpacing.x, 0));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field);
        ImGui::InputTextWithHint("##sync-ca", "CA file, only for a server with its own certificate",
                                 &ui.ca_file);
    } else {
        coloured_wrapped(colours::error_edge,
                         "Certificate checking is OFF: anyone between this laptop and the server "
                         "could read and change the session. Turn it on again unless this is a "
                         "test server.");
    }
}

void draw_state(const PanelFrame& frame, const SessionController& controller) {
    if (controller.sync_link()) {
        const sync::SyncPhrase phrase = controller.sync_phrase();
        ImGui::PushFont(frame.fonts.caption);
        coloured_wrapped(phrase.alarming ? colours::error_text : colours::saved,
                         "Now: " + phrase.short_text);
        ImGui::PopFont();
        if (!phrase.detail.empty() && phrase.detail.rfind("Synced with", 0) != 0) {
            muted_caption(frame.fonts, phrase.detail.c_str());
        }
    } else if (!controller.sync_notice().empty()) {
        coloured_wrapped(colours::error_text, controller.sync_notice());
    } else if (controller.sync_settings() && !controller.sync_settings()->enabled) {
        muted_caption(frame.fonts, "Sync is stopped: this laptop keeps its changes to itself.");
    } else {
        muted_caption(frame.fonts,
                      "Every laptop that syncs the same event on the same server shows the same "
                      "board. Changes are saved here first and go to the server when it answers, "
                      "so the Wi-Fi may drop.");
    }
}

void draw_check(SyncUiState& ui) {
    if (!ui.check) return;
    if (!ui.check->done) {
        ImGui::TextUnformatted("Checking the server…");
        return;
    }
    sync::ServerCheck result;
    {
        std::lock_guard<std::mutex> lock(ui.check->mutex);
        result = ui.check->result;
    }
    if (!ui.check_logged) {
        ui.check_logged = true;
        note_for_tests(std::string("sync check ") + (result.ok ? "ok: " : "failed: ") +
                       result.verdict);
    }
    coloured_wrapped(result.ok ? colours::saved : colours::error_text,
                     (result.ok ? "✓ " : "✗ ") + result.verdict);
}

}  // namespace

void open_sync_dialog(SyncUiState& ui, const SessionController& controller) {
    ui.open_requested = true;
    ui.focus_server = true;
    ui.error.clear();
    ui.check.reset();
    const Document* doc = controller.document();
    if (const auto& saved = controller.sync_settings()) {
        ui.server = saved->server_url;
        ui.user = saved->user;
        ui.event = saved->event_id;
        ui.ca_file = saved->ca_file;
        ui.verify_tls = saved->verify_tls;
        try {
            if (!saved->user.empty()) {
                ui.password = sync::load_password(config_folder(), saved->server_url, saved->user)
                                  .value_or(ui.password);
            }
        } catch (const std::exception&) {
        }
    } else if (doc && trim_space(ui.event).empty()) {
        ui.event = sync::event_id_from(doc->state().meta.title.value);
    }
}

void draw_sync_dialog(const PanelFrame& frame, const SessionController& controller, SyncUiState& ui,
                      FrameRequests& out) {
    const Document* doc = controller.document();
    if (!doc) return;
    if (ui.open_requested) {
        ui.open_requested = false;
        ImGui::OpenPopup(kPopup);
        note_for_tests("sync-dialog opened");
    }
    const float s = frame.scale;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y * 0.1f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.0f));
    if (!ImGui::BeginPopupModal(
            kPopup, nullptr,
            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    ImGui::Dummy(ImVec2(std::min(780 * s, display.x * 0.9f), 0));  // a steady width
    const ImGuiIO& io = ImGui::GetIO();
    draw_state(frame, controller);
    ImGui::Spacing();
    draw_fields(frame, ui);
    ImGui::Spacing();
    draw_check(ui);
    if (!ui.error.empty()) coloured_wrapped(colours::error_text, ui.error);

    // Secondary actions on their own row: Check, Sync now, Stop.
    ImGui::Spacing();
    const bool running = controller.sync_link() != nullptr;
    const bool checking = ui.check && !ui.check->done;
    ImGui::BeginDisabled(checking);
    const bool check =
        ImGui::Button("Check server") || (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_K, false));
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("Write, list and read back a small file in the event's folder (Ctrl+K)");
    }
    if (running) {
        ImGui::SameLine();
        if (ImGui::Button("Sync now") || (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_R, false))) {
            out.sync = SyncRequest{SyncAction::now, {}, {}, true};
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Try again at once, after a pause (Ctrl+R)");
        ImGui::SameLine();
        if (ImGui::Button("Stop syncing")) {
            out.sync = SyncRequest{SyncAction::stop, *controller.sync_settings(), {}, true};
        }
    }
    if (check && !checking) {
        const std::string problem = sync::check_sync_settings(settings_of(ui));
        ui.error = problem;
        if (problem.empty()) start_check(ui, doc->device_id());
    }

    // Esc closes even from a field: the dialog opens with the keyboard in one, and nothing
    // typed here counts before Start syncing.
    const bool esc = ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false);
    const bool enter =
        ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false);
    const char* start_label = running ? "Save and restart" : "Start syncing";
    const FooterClicks clicked = footer_row(
        frame.fonts, frame.scale, "Enter starts syncing; Ctrl+K checks the server; Esc closes.",
        "Close", start_label);
    bool close = clicked.plain || esc;
    if ((clicked.primary || enter) && !close) {
        const sync::SyncSettings settings = settings_of(ui);
        ui.error = sync::check_sync_settings(settings);
        if (ui.error.empty()) {
            out.sync = SyncRequest{SyncAction::start, settings, ui.password, ui.remember_password};
            note_for_tests("sync-dialog start event=" + settings.event_id);
            close = true;
        }
    }
    if (close) {
        ui.just_closed = true;
        note_for_tests("sync-dialog closed");
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace hostspace::gui
