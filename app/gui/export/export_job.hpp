#pragma once
// An export of the harvest's documents on a thread of its own, so the window stays live while
// the PDF and the board picture are made. The job works on its own copy of the session: the
// room can go on typing, and the documents are what the session was when Export was pressed.
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/export/harvest_files.hpp"

namespace hostspace::gui {

struct ExportProgress {
    std::string making;  // the file being made now ("" when none)
    int done = 0, total = 0;
    bool finished = false;
    std::vector<std::filesystem::path> written;
    std::string error;  // why it stopped, when it failed
};

class ExportJob {
  public:
    // `wake` is called from the job's thread after each step (glfwPostEmptyEvent), so the window
    // draws the progress without polling.
    ExportJob(Session session, doc::ExportRequest request, std::filesystem::path folder,
              std::function<void()> wake);
    ~ExportJob();  // waits for the job: files are never left half-written
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    ExportProgress progress() const;

  private:
    void run(const Session& session, const doc::ExportRequest& request,
             const std::filesystem::path& folder);
    void update(const std::function<void(ExportProgress&)>& change);

    mutable std::mutex mutex_;
    ExportProgress progress_;
    std::function<void()> wake_;
    std::thread thread_;
};

}  // namespace hostspace::gui
