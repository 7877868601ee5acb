#pragma once
// Transient state of the "Export harvest…" dialog: the formats, sections and folder chosen, the
// export running in the background, and the notice it leaves above the board.
#include <array>
#include <memory>
#include <string>

#include "app/gui/export/export_job.hpp"
#include "core/export/harvest_files.hpp"

namespace hostspace::gui {

struct ExportUiState {
    bool open_requested = false;
    bool focus_folder = false;
    bool enter_in_folder = false;  // Enter pressed while typing the folder: export
    std::string folder;  // as typed; filled in with the session's own folder's parent on open
    // Per doc::kAllFormats and doc::kAllSections.
    std::array<bool, doc::kAllFormats.size()> formats{true, true, true, true, true, true, true};
    std::array<bool, doc::kAllSections.size()> sections{};
    bool anonymous = false;
    std::string error;               // why the last Export did not start or did not finish
    std::shared_ptr<ExportJob> job;  // running, or finished and shown until the dialog closes
    bool finish_logged = false;      // the draw log has had the end of the running export
    bool close_requested = false;
    std::string notice;  // "Exported 7 files to …", above the board until dismissed
};

}  // namespace hostspace::gui
